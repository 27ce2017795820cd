/** Lab 4: envelope encryption by hand in CloudShell: generate-data-key, keep the encrypted data key, decrypt it back. */
import { indexOf, lastEvent } from '@/labs/inspect';
import { notYet, ok, type Lab } from '@/labs/types';
import { ciphertextFileProblem, createCmk, lastFailure, requireAlias } from './common';

export const lab04: Lab = {
  id: 'data-key',
  number: 4,
  title: 'Generate a data key and do envelope encryption by hand',
  module: 'envelope-encryption',
  goal: 'Ask KMS for a data key under alias/myCMK, keep only its encrypted copy next to your data, and get the plaintext data key back from it with Decrypt when you need it.',
  startsWith: 'A key alias/myCMK (Enabled).',
  setup: async (d) => void (await createCmk(d, 'alias/myCMK', { description: 'My first customer managed key' })),
  steps: [
    {
      id: 'generate',
      title: 'Generate an AES-256 data key and store its encrypted copy',
      instructions: [
        'aws kms generate-data-key --key-id alias/myCMK --key-spec AES_256 --query CiphertextBlob --output text | base64 --decode > datakey.encrypted',
        'Each call makes a new data key. Its answer has the key twice: Plaintext (a program uses it at once to encrypt the data locally, then forgets it) and CiphertextBlob (the same key encrypted under your CMK, stored with the data). This command keeps only the encrypted copy, as bytes; step 2 gets the plaintext of this very key back from it.',
        'Locally you would now run AES-256 over your file with the plaintext key (OpenSSL, the Encryption SDK); CloudShell here has no OpenSSL, so this lab does the KMS half and the file encryption screen (lab 5) does the whole.',
      ],
      hints: [
        'Data over 4 KB is not sent to KMS: you ask KMS for a data key instead.',
        'CloudShell: the command is aws kms generate-data-key, with --key-spec AES_256 (or --number-of-bytes 32).',
        'aws kms generate-data-key --key-id alias/myCMK --key-spec AES_256 --query CiphertextBlob --output text | base64 --decode > datakey.encrypted',
      ],
      async check(cloud) {
        const found = requireAlias(cloud, 'alias/myCMK');
        if ('fail' in found) return found.fail;
        if (lastEvent(cloud, { name: 'GenerateDataKey', keyArn: found.key.arn, outcome: 'ok' }))
          return ok('KMS generated a data key under alias/myCMK: you hold its plaintext and its encrypted copy.');
        if (lastEvent(cloud, { name: 'GenerateDataKeyWithoutPlaintext', keyArn: found.key.arn, outcome: 'ok' }))
          return notYet(
            'You called GenerateDataKeyWithoutPlaintext: it returns only the encrypted copy, so you could not encrypt anything now. Use generate-data-key.',
          );
        if (lastEvent(cloud, { name: 'Encrypt', keyArn: found.key.arn, outcome: 'ok' }))
          return notYet('You called Encrypt, which sends your data to KMS (4 KB at most). Envelope encryption starts with GenerateDataKey instead.');
        return notYet(
          `No successful GenerateDataKey with alias/myCMK yet.${lastFailure(cloud, 'GenerateDataKey')} It needs --key-spec AES_256 or --number-of-bytes.`,
        );
      },
      solution: [
        { cli: 'aws kms generate-data-key --key-id alias/myCMK --key-spec AES_256 --query CiphertextBlob --output text | base64 --decode > datakey.encrypted' },
      ],
    },
    {
      id: 'decrypt-data-key',
      title: 'Decrypt the encrypted data key',
      instructions: [
        'To decrypt your data later, send only the encrypted data key to KMS:',
        'aws kms decrypt --ciphertext-blob fileb://datakey.encrypted --query Plaintext --output text',
        'The answer is the plaintext data key (base64): decrypt the data locally with it, then delete it from memory.',
      ],
      hints: [
        'The encrypted data key is an ordinary KMS ciphertext.',
        'CloudShell: aws kms decrypt with --ciphertext-blob fileb://datakey.encrypted.',
        'aws kms decrypt --ciphertext-blob fileb://datakey.encrypted --query Plaintext --output text',
      ],
      async check(cloud, extras) {
        const found = requireAlias(cloud, 'alias/myCMK');
        if ('fail' in found) return found.fail;
        const gen = lastEvent(cloud, { name: 'GenerateDataKey', keyArn: found.key.arn, outcome: 'ok' });
        if (!lastEvent(cloud, { name: 'Decrypt', keyArn: found.key.arn, outcome: 'ok', afterIndex: indexOf(cloud, gen) })) {
          const problem = ciphertextFileProblem(extras, 'datakey.encrypted');
          if (problem)
            return notYet(`No successful Decrypt under alias/myCMK after your GenerateDataKey yet: ${problem} Run the generate-data-key command again.`);
          return notYet(
            `No successful Decrypt under alias/myCMK after your GenerateDataKey yet.${lastFailure(cloud, 'Decrypt')} Decrypt the file datakey.encrypted with fileb://.`,
          );
        }
        return ok('KMS decrypted your data key: only the small key crossed the network, never your data.');
      },
      solution: [{ cli: 'aws kms decrypt --ciphertext-blob fileb://datakey.encrypted --query Plaintext --output text' }],
    },
  ],
  completion:
    'That is envelope encryption: the CMK encrypts the data key, the data key encrypts the data, the encrypted data key travels with the data, and KMS never stores data keys. Exam tip: GenerateDataKey is the call for data over 4 KB.',
  wrongAttempts: [
    {
      say: 'Encrypt the file directly with Encrypt instead of generating a data key',
      run: async (d) => void (await d.call('kms', 'Encrypt', { KeyId: 'alias/myCMK', Plaintext: new TextEncoder().encode('big file') })),
      failingStep: 'generate',
      expect: /Envelope encryption starts with GenerateDataKey/,
    },
    {
      say: 'Ask for the data key without plaintext (generate-data-key-without-plaintext)',
      cli: ['aws kms generate-data-key-without-plaintext --key-id alias/myCMK --key-spec AES_256'],
      failingStep: 'generate',
      expect: /returns only the encrypted copy/,
    },
    {
      say: 'Store the encrypted data key as base64 text (without | base64 --decode), then decrypt it',
      cli: [
        'aws kms generate-data-key --key-id alias/myCMK --key-spec AES_256 --query CiphertextBlob --output text > datakey.encrypted',
        'aws kms decrypt --ciphertext-blob fileb://datakey.encrypted --query Plaintext --output text',
      ],
      failingStep: 'decrypt-data-key',
      expect: /datakey\.encrypted holds base64 text/,
    },
  ],
};
