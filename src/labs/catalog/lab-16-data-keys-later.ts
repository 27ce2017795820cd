/**
 * Lab 16: data keys for later: a data key made without its plaintext (a component that only
 * stores it), decrypted when it is needed; then a data key pair without its plaintext private
 * key (a device that gets its signing key later), the private key decrypted when it is needed.
 */
import type { Cloud } from '@/cloud';
import { events, indexOf, lastEvent, type KmsKeyRecord } from '@/labs/inspect';
import { notYet, ok, type CheckResult, type Lab } from '@/labs/types';
import { createCmk, lastFailure, requireAlias } from './common';

const ALIAS = 'alias/myCMK';
const WITHOUT =
  'aws kms generate-data-key-without-plaintext --key-id alias/myCMK --key-spec AES_256 --output text --query CiphertextBlob | base64 --decode > later.key.enc';
const DECRYPT_LATER = 'aws kms decrypt --ciphertext-blob fileb://later.key.enc --query KeyId --output text';
const PAIR = 'aws kms generate-data-key-pair-without-plaintext --key-id alias/myCMK --key-pair-spec ECC_NIST_P256 > pair.json';
const PUBLIC = 'jq -r .PublicKey pair.json | base64 --decode > device.pub.der';
const PRIVATE_ENC = 'jq -r .PrivateKeyCiphertextBlob pair.json | base64 --decode > device.key.enc';
export const DECRYPT_PRIVATE = 'aws kms decrypt --ciphertext-blob fileb://device.key.enc --output text --query Plaintext | base64 --decode > device.key.der';

const myKey = (cloud: Cloud): { key: KmsKeyRecord } | { fail: CheckResult } => requireAlias(cloud, ALIAS);
const first = (cloud: Cloud, key: KmsKeyRecord, name: string) => events(cloud, { name, keyArn: key.arn, outcome: 'ok' })[0];

export const lab16: Lab = {
  id: 'data-keys-later',
  number: 16,
  title: 'Data keys for later: without plaintext, and key pairs',
  module: 'envelope-encryption',
  goal: 'Make a data key without its plaintext and decrypt it when it is needed; then make an elliptic-curve data key pair without its plaintext private key, keep the public key, and decrypt the private key when it is needed.',
  startsWith: "A key alias/myCMK (Enabled). CloudShell's home holds secret.txt.",
  setup: async (d) => void (await createCmk(d, ALIAS, { description: 'My first customer managed key' })),
  steps: [
    {
      id: 'without-plaintext',
      title: 'Make a data key without its plaintext',
      instructions: [
        WITHOUT,
        'Only the encrypted copy comes back: the component that asked (a scheduler that prepares keys for jobs, for example) never holds a usable key. Whoever encrypts data later decrypts the copy first.',
      ],
      hints: ['There is a GenerateDataKey variant that leaves the plaintext out.', 'CloudShell.', WITHOUT],
      async check(cloud) {
        const found = myKey(cloud);
        if ('fail' in found) return found.fail;
        if (first(cloud, found.key, 'GenerateDataKeyWithoutPlaintext')) return ok('You hold an encrypted data key and no plaintext copy.');
        if (first(cloud, found.key, 'GenerateDataKey'))
          return notYet(
            'You called GenerateDataKey, which also returns the plaintext data key: a component that only stores keys should never see one. Use generate-data-key-without-plaintext.',
          );
        return notYet(
          `No successful GenerateDataKeyWithoutPlaintext with ${ALIAS} yet.${lastFailure(cloud, 'GenerateDataKeyWithoutPlaintext', found.key.arn)}`,
        );
      },
      solution: [{ cli: WITHOUT }],
    },
    {
      id: 'decrypt-later',
      title: 'Decrypt it when data must be encrypted',
      instructions: [
        DECRYPT_LATER,
        'Decrypt gives the plaintext data key to the one that will encrypt with it (and needs kms:Decrypt for that). Here the command prints only the key it used: the encrypted copy names its KMS key.',
      ],
      hints: ['The encrypted data key is an ordinary symmetric ciphertext.', 'CloudShell, next to later.key.enc.', DECRYPT_LATER],
      async check(cloud) {
        const found = myKey(cloud);
        if ('fail' in found) return found.fail;
        const made = first(cloud, found.key, 'GenerateDataKeyWithoutPlaintext');
        if (!made) return notYet('Make the data key first (previous step).');
        if (!lastEvent(cloud, { name: 'Decrypt', keyArn: found.key.arn, outcome: 'ok', afterIndex: indexOf(cloud, made) }))
          return notYet(`No successful Decrypt with ${ALIAS} since the data key was made.${lastFailure(cloud, 'Decrypt', found.key.arn)}`);
        return ok('The data key was decrypted when it was needed.');
      },
      solution: [{ cli: DECRYPT_LATER }],
    },
    {
      id: 'key-pair',
      title: 'Make a data key pair without its plaintext private key',
      instructions: [
        'One call makes the pair; keep its answer and take both halves from it (two calls would make two unrelated pairs):',
        PAIR,
        PUBLIC,
        PRIVATE_ENC,
        'The public key is plain DER, ready to hand out; the private key exists only encrypted under alias/myCMK. The pair is not a KMS key: KMS does not keep it, and signing with it happens outside KMS.',
      ],
      hints: [
        'GenerateDataKeyPairWithoutPlaintext takes a symmetric KMS key and a key pair spec.',
        'CloudShell; jq reads the saved answer.',
        `${PAIR}; then ${PUBLIC}; then ${PRIVATE_ENC}`,
      ],
      async check(cloud) {
        const found = myKey(cloud);
        if ('fail' in found) return found.fail;
        if (first(cloud, found.key, 'GenerateDataKeyPairWithoutPlaintext')) return ok('You hold a public key and an encrypted private key.');
        if (first(cloud, found.key, 'GenerateDataKeyPair'))
          return notYet(
            'You called GenerateDataKeyPair, which also returns the private key in plaintext. For a device that gets its private key later, use generate-data-key-pair-without-plaintext.',
          );
        return notYet(
          `No successful GenerateDataKeyPairWithoutPlaintext with ${ALIAS} yet.${lastFailure(cloud, 'GenerateDataKeyPairWithoutPlaintext', found.key.arn)}`,
        );
      },
      solution: [{ cli: PAIR }, { cli: PUBLIC }, { cli: PRIVATE_ENC }],
    },
    {
      id: 'decrypt-private',
      title: 'Decrypt the private key when it is needed',
      instructions: [
        DECRYPT_PRIVATE,
        "device.key.der is the private key (PKCS#8 DER). Use it and wipe it: from here on, protecting it is your job, not KMS's.",
      ],
      hints: ['The encrypted private key is an ordinary symmetric ciphertext.', 'CloudShell, next to device.key.enc.', DECRYPT_PRIVATE],
      async check(cloud) {
        const found = myKey(cloud);
        if ('fail' in found) return found.fail;
        const made = first(cloud, found.key, 'GenerateDataKeyPairWithoutPlaintext');
        if (!made) return notYet('Make the key pair first (previous step).');
        if (!lastEvent(cloud, { name: 'Decrypt', keyArn: found.key.arn, outcome: 'ok', afterIndex: indexOf(cloud, made) }))
          return notYet(`No successful Decrypt with ${ALIAS} since the key pair was made.${lastFailure(cloud, 'Decrypt', found.key.arn)}`);
        return ok('The private key was decrypted when it was needed.');
      },
      solution: [{ cli: DECRYPT_PRIVATE }],
    },
  ],
  completion:
    'GenerateDataKeyWithoutPlaintext and GenerateDataKeyPairWithoutPlaintext return only what is safe to store; the plaintext key is obtained later, by whoever needs it, with Decrypt (and kms:Decrypt). Data key pairs (RSA or elliptic curve) are generated by KMS under a symmetric KMS key but used outside it. Exam tip: "create the key now, let another component encrypt later" means the WithoutPlaintext variants.',
  wrongAttempts: [
    {
      say: 'Make the data key with GenerateDataKey (plaintext included)',
      cli: ['aws kms generate-data-key --key-id alias/myCMK --key-spec AES_256 --output text --query CiphertextBlob | base64 --decode > later.key.enc'],
      failingStep: 'without-plaintext',
      expect: /also returns the plaintext data key/,
    },
    {
      say: 'Make the key pair with GenerateDataKeyPair (private key in plaintext)',
      cli: ['aws kms generate-data-key-pair --key-id alias/myCMK --key-pair-spec ECC_NIST_P256 > pair.json'],
      failingStep: 'key-pair',
      expect: /also returns the private key in plaintext/,
    },
  ],
};
