/** More multiple-response questions ("Choose two/three"), as AWS exams mix them in, across modules. */
import type { Question } from '@/quiz/types';
import { builders } from './build';

const env = builders({ module: 'envelope-encryption', t: 'envelope', d: 'data-protection', docs: ['kmsCryptography'] });
const rot = builders({ module: 'key-rotation', t: 'rotation', d: 'data-protection', docs: ['rotateKeys', 'apiEnableKeyRotation'] });
const api = builders({ module: 'kms-api-calls', t: 'kms-basics', d: 'data-protection', docs: ['apiReEncrypt', 'apiGenerateDataKeyWithoutPlaintext'] });
const sum = builders({ module: 'cmk-summary', t: 'key-lifecycle', d: 'data-protection', docs: ['keyState'] });
const acm = builders({ module: 'acm', t: 'acm', d: 'infrastructure', docs: ['acmServices', 'cloudfrontHttps'] });
const mk = builders({ module: 'creating-a-cmk', t: 'kms-basics', d: 'data-protection', docs: ['createKeys'] });

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
      ['CloudTrail holds a copy of the data key for recovery', 'Wrong: CloudTrail records the call, never key material.'],
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
      ['The first rotation happens on the next 1 January', 'Wrong: it happens one period after rotation was enabled.'],
    ],
    'Yearly by default, configurable, old material kept.',
  ),
  api.multiple(
    'mr-api-no-plaintext',
    {
      f: ['api-reencrypt', 'env-gdk', 'dk-without-plaintext', 'dk-pairs'],
      s: 'Exam tips: which call when',
      t: 'envelope',
      docs: ['apiReEncrypt', 'apiGenerateDataKeyWithoutPlaintext', 'apiGenerateDataKeyPair'],
    },
    'Which KMS calls never return plaintext to the caller? (Choose two.)',
    [
      ['ReEncrypt', 'Right: decryption and encryption happen inside KMS.'],
      ['GenerateDataKeyWithoutPlaintext', 'Right: it returns only the encrypted data key.'],
    ],
    [
      ['Decrypt', 'Wrong: its purpose is to return the plaintext.'],
      ['GenerateDataKey', 'Wrong: it returns the plaintext data key too.'],
      ['GenerateRandom', 'Wrong: it returns random bytes in plaintext.'],
      ['GenerateDataKeyPair', 'Wrong: it returns the private key in plaintext too (only its WithoutPlaintext variant does not).'],
    ],
    'ReEncrypt and GenerateDataKeyWithoutPlaintext keep plaintext away from the caller.',
  ),
  sum.multiple(
    'mr-states-crypto',
    { f: ['key-states', 'kl-states'], s: 'Key states', lab: 'lab-7' },
    'In which key states does a KMS key refuse Encrypt and Decrypt? (Choose two.)',
    [
      ['Disabled', 'Right: a disabled key cannot be used until enabled.'],
      ['Pending deletion', 'Right: a key waiting for deletion cannot be used.'],
    ],
    [
      ['Enabled', 'Wrong: enabled keys work.'],
      ['Enabled, with automatic rotation on', 'Wrong: rotation does not block use.'],
      ['Enabled, with an alias pointing to it', 'Wrong: aliases do not affect use.'],
      ['Enabled, with a tag marking it as deprecated', 'Wrong: tags are labels; only the key state stops use.'],
    ],
    'Only Enabled keys perform cryptographic operations.',
  ),
  acm.multiple(
    'mr-acm',
    { f: ['acm-what', 'acm-cloudfront-us-east-1', 'tls-what', 'acm-imported'], s: 'What ACM does', docs: ['acmServices', 'cloudfrontHttps', 'acmRenewal'] },
    'Which statements about AWS Certificate Manager are true? (Choose two.)',
    [
      ['It issues SSL/TLS certificates that enable HTTPS', 'Right: certificates for encrypting data in transit.'],
      ['A certificate for CloudFront must be in us-east-1', 'Right: CloudFront reads certificates from US East (N. Virginia) only.'],
    ],
    [
      ['It encrypts EBS volumes', 'Wrong: that is KMS.'],
      ['Its certificates are global and work in every Region', 'Wrong: certificates are Regional.'],
      ['It stores the KMS key material', 'Wrong: KMS key material stays in KMS.'],
      ['It renews imported certificates automatically', 'Wrong: imported certificates are never renewed by ACM.'],
    ],
    'ACM: TLS certificates; CloudFront needs us-east-1.',
  ),
  mk.multiple(
    'mr-wizard',
    { f: ['create-symmetric', 'create-material-kms', 'create-regional'], s: 'The Create key wizard', lab: 'lab-2', docs: ['createKeys', 'keyPolicyDefault'] },
    'You create a key in the console and accept every default of the Configure key step. What do you get? (Choose three.)',
    [
      ['A symmetric key for encryption and decryption', 'Right: the default key type.'],
      ['Key material generated by KMS', 'Right: the default origin.'],
      ['A single-Region key in the Region you are in', 'Right: multi-Region is an opt-in.'],
    ],
    [
      ['A key with automatic rotation already enabled', 'Wrong: rotation is off until you enable it.'],
      ['A key usable in every Region', 'Wrong: keys are Regional.'],
      [
        'A key whose policy lets every IAM user in the account use it',
        'Wrong: the default policy only lets IAM policies grant access; nobody gets use by default.',
      ],
    ],
    'Defaults: symmetric, KMS material, single-Region, rotation off.',
  ),
];
