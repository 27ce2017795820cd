/** More multiple-response questions ("Choose two/three"), as AWS exams mix them in, across modules. */
import type { Question } from '@/quiz/types';
import { builders } from './build';

const env = builders('envelope-encryption');
const rot = builders('key-rotation');
const api = builders('kms-api-calls');
const sum = builders('cmk-summary');
const acm = builders('acm');
const mk = builders('creating-a-cmk');

export const MULTIPLE_RESPONSE: Question[] = [
  env.multiple(
    'mr-env-stored',
    { f: ['env-store-with-data', 'env-kms-no-store', 'env-erase-plaintext'], s: 'Encrypting with a data key', lab: 'lab-4' },
    'After envelope encryption of a file, which statements are true? (Choose two.)',
    [
      ['The encrypted data key is stored next to the encrypted file', 'Right: it is needed to decrypt later.'],
      ['No copy of the plaintext data key should remain anywhere', 'Right: it is erased from memory after use.'],
    ],
    [
      ['KMS keeps the data key so it can be retrieved by ID', 'Wrong: KMS does not store data keys.'],
      ['The KMS key material is stored in the file header', 'Wrong: KMS key material never leaves KMS.'],
      ['The file can be decrypted without calling KMS', 'Wrong: the data key must first be decrypted by KMS.'],
    ],
    'Only the encrypted data key lives on, with the data.',
  ),
  rot.multiple(
    'mr-rotation-facts',
    { f: ['rot-annual', 'rot-keeps-old', 'cur-rotation-period'], s: 'What rotation changes', lab: 'lab-6' },
    'A customer managed KMS key has automatic rotation enabled with default settings. Which statements are true? (Choose three.)',
    [
      ['The key material rotates every 365 days', 'Right: the default period.'],
      ['Data encrypted before a rotation still decrypts', 'Right: previous material is kept.'],
      ['The period could be set anywhere from 90 to 2560 days', 'Right: configurable since 2024.'],
    ],
    [
      ['The key gets a new key ID at each rotation', 'Wrong: the key ID and ARN stay the same.'],
      ['Existing ciphertext is re-encrypted automatically', 'Wrong: KMS never re-encrypts your data.'],
    ],
    'Yearly by default, configurable, old material kept.',
  ),
  api.multiple(
    'mr-api-no-plaintext',
    { f: ['api-reencrypt', 'env-gdk'], s: 'Exam tips: which call when' },
    'Which KMS calls never return plaintext to the caller? (Choose two.)',
    [
      ['ReEncrypt', 'Right: decryption and encryption happen inside KMS.'],
      ['GenerateDataKeyWithoutPlaintext', 'Right: it returns only the encrypted data key.'],
    ],
    [
      ['Decrypt', 'Wrong: its purpose is to return the plaintext.'],
      ['GenerateDataKey', 'Wrong: it returns the plaintext data key too.'],
      ['GenerateRandom', 'Wrong: it returns random bytes in plaintext.'],
    ],
    'ReEncrypt and GenerateDataKeyWithoutPlaintext keep plaintext away from the caller.',
  ),
  api.multiple(
    'mr-api-large-data',
    { f: ['tip-when-gdk', 'tip-env-4kb', 'cmk-4kb'], s: 'Exam tips: which call when', lab: 'lab-4' },
    'A team encrypts 200 MB database dumps with a CMK. Which statements are correct? (Choose two.)',
    [
      ['Call GenerateDataKey and encrypt the dump locally with the data key', 'Right: data over 4 KB needs a data key.'],
      ['Store the encrypted data key with the encrypted dump', 'Right: it is needed to decrypt the dump later.'],
    ],
    [
      ['Call Encrypt with the dump as plaintext', 'Wrong: Encrypt accepts at most 4 KB.'],
      ['Ask AWS to raise the Encrypt size limit', 'Wrong: the limit is fixed.'],
      ['Use the CMK key material directly in the application', 'Wrong: the material cannot be exported.'],
    ],
    'Large data: envelope encryption with a data key.',
  ),
  sum.multiple(
    'mr-states-crypto',
    { f: ['key-states'], s: 'Key states', lab: 'lab-7' },
    'In which key states does a KMS key refuse Encrypt and Decrypt? (Choose two.)',
    [
      ['Disabled', 'Right: a disabled key cannot be used until enabled.'],
      ['Pending deletion', 'Right: a key waiting for deletion cannot be used.'],
    ],
    [
      ['Enabled', 'Wrong: enabled keys work.'],
      ['Enabled, with automatic rotation on', 'Wrong: rotation does not block use.'],
      ['Enabled, with an alias pointing to it', 'Wrong: aliases do not affect use.'],
    ],
    'Only Enabled keys perform cryptographic operations.',
  ),
  sum.multiple(
    'mr-customer-vs-aws',
    { f: ['aws-managed', 'customer-managed', 'aws-managed-list'], s: 'AWS managed and customer managed keys' },
    'Which statements about AWS managed keys are true? (Choose two.)',
    [
      ['AWS services create them in your account, with aliases like alias/aws/s3', 'Right: created on first use by the service.'],
      ['You cannot edit their key policy', 'Right: AWS manages them.'],
    ],
    [
      ['You can schedule them for deletion', 'Wrong: only customer managed keys can be deleted by you.'],
      ['They are invisible in the KMS console', 'Wrong: they are listed on the AWS managed keys page.'],
      ['You can disable their rotation', 'Wrong: their yearly rotation is mandatory.'],
    ],
    'AWS managed: visible, auditable, not manageable.',
  ),
  acm.multiple(
    'mr-acm',
    { f: ['acm-what', 'acm-cloudfront-us-east-1', 'tls-what'], s: 'What ACM does' },
    'Which statements about AWS Certificate Manager are true? (Choose two.)',
    [
      ['It issues SSL/TLS certificates that enable HTTPS', 'Right: certificates for encrypting data in transit.'],
      ['A certificate for CloudFront must be in us-east-1', 'Right: the exam tip.'],
    ],
    [
      ['It encrypts EBS volumes', 'Wrong: that is KMS.'],
      ['Its certificates are global and work in every Region', 'Wrong: certificates are Regional.'],
      ['It stores the KMS key material', 'Wrong: KMS key material stays in KMS.'],
    ],
    'ACM: TLS certificates; CloudFront needs us-east-1.',
  ),
  mk.multiple(
    'mr-wizard',
    { f: ['create-symmetric', 'create-material-kms', 'create-regional'], s: 'The Create key wizard', lab: 'lab-2' },
    'You create a key in the console and accept every default of the Configure key step. What do you get? (Choose three.)',
    [
      ['A symmetric key for encryption and decryption', 'Right: the default key type.'],
      ['Key material generated by KMS', 'Right: the default origin.'],
      ['A single-Region key in the Region you are in', 'Right: multi-Region is an opt-in.'],
    ],
    [
      ['A key with automatic rotation already enabled', 'Wrong: rotation is off until you enable it.'],
      ['A key usable in every Region', 'Wrong: keys are Regional.'],
    ],
    'Defaults: symmetric, KMS material, single-Region, rotation off.',
  ),
];
