/** Lab 3: the course's encrypt, decrypt and re-encrypt commands, run in CloudShell. */
import { events, indexOf, lastEvent } from '@/labs/inspect';
import { notYet, ok, type Lab } from '@/labs/types';
import { ciphertextFileProblem, createCmk, lastFailure, lastTyped, myCmkReady, requireAlias } from './common';

/** The course notes' re-encrypt command: it stores base64 of the whole JSON answer, not a ciphertext (taught as a warning). */
export const COURSE_REENCRYPT =
  'aws kms re-encrypt --destination-key-id alias/myOtherCMK --ciphertext-blob fileb://encryptedsecret.txt | base64 > newencryption.txt';
const REENCRYPT =
  'aws kms re-encrypt --destination-key-id alias/myOtherCMK --ciphertext-blob fileb://encryptedsecret.txt --query CiphertextBlob --output text | base64 --decode > newencryption.txt';

export const lab03: Lab = {
  id: 'cli-encrypt',
  number: 3,
  title: 'Encrypt, decrypt and re-encrypt a file with the CLI',
  module: 'kms-api-calls',
  goal: "In CloudShell, encrypt secret.txt under alias/myCMK into encryptedsecret.txt, decrypt it back, then re-encrypt it under another key (alias/myOtherCMK), with the course's commands.",
  startsWith: "Labs 1 and 2 done (alias/myCMK with its administrators and users), plus a second key alias/myOtherCMK. CloudShell's home holds secret.txt.",
  setup: async (d) => {
    await myCmkReady(d);
    await createCmk(d, 'alias/myOtherCMK', { description: 'Destination key for re-encryption' });
  },
  steps: [
    {
      id: 'encrypt',
      title: 'Encrypt secret.txt into encryptedsecret.txt',
      instructions: [
        'Open CloudShell and run:',
        'aws kms encrypt --key-id alias/myCMK --plaintext fileb://secret.txt --output text --query CiphertextBlob | base64 --decode > encryptedsecret.txt',
        'The CLI prints the ciphertext as base64; base64 --decode stores the raw bytes, which fileb:// reads back later.',
      ],
      hints: [
        'Encrypt needs the key (an id, ARN or alias) and the plaintext, up to 4 KB.',
        'Services menu > CloudShell; secret.txt is already in your home directory (ls).',
        'aws kms encrypt --key-id alias/myCMK --plaintext fileb://secret.txt --output text --query CiphertextBlob | base64 --decode > encryptedsecret.txt',
      ],
      async check(cloud, extras) {
        const found = requireAlias(cloud, 'alias/myCMK');
        if ('fail' in found) return found.fail;
        const done = lastEvent(cloud, { name: 'Encrypt', keyArn: found.key.arn, outcome: 'ok' });
        if (!done) {
          const other = lastEvent(cloud, { name: 'Encrypt', outcome: 'ok' });
          if (other)
            return notYet(
              `Your last successful Encrypt used ${other.resources?.[0]?.ARN ?? 'another key'}, not the key alias/myCMK points to (${found.key.keyId}). Use --key-id alias/myCMK.`,
            );
          return notYet(
            `The event history shows no successful Encrypt with alias/myCMK yet.${lastFailure(cloud, 'Encrypt')} Run the encrypt command in CloudShell.`,
          );
        }
        if (extras?.fileExists && !extras.fileExists('encryptedsecret.txt'))
          return notYet(
            'KMS encrypted your text, but encryptedsecret.txt is not in your home directory: end the command with | base64 --decode > encryptedsecret.txt.',
          );
        const problem = ciphertextFileProblem(extras, 'encryptedsecret.txt');
        if (problem) return notYet(`KMS encrypted your text, but ${problem}`);
        return ok('Encrypt with alias/myCMK is in the event history.');
      },
      solution: [
        {
          cli: 'aws kms encrypt --key-id alias/myCMK --plaintext fileb://secret.txt --output text --query CiphertextBlob | base64 --decode > encryptedsecret.txt',
        },
      ],
    },
    {
      id: 'decrypt',
      title: 'Decrypt it back into decryptedsecret.txt',
      instructions: [
        'aws kms decrypt --ciphertext-blob fileb://encryptedsecret.txt --output text --query Plaintext | base64 --decode > decryptedsecret.txt',
        'No --key-id is needed: the ciphertext names its key. Compare with cat decryptedsecret.txt.',
      ],
      hints: [
        'Decrypt takes the ciphertext blob as raw bytes (fileb://).',
        'In CloudShell, in the directory where encryptedsecret.txt is.',
        'aws kms decrypt --ciphertext-blob fileb://encryptedsecret.txt --output text --query Plaintext | base64 --decode > decryptedsecret.txt',
      ],
      async check(cloud, extras) {
        const found = requireAlias(cloud, 'alias/myCMK');
        if ('fail' in found) return found.fail;
        const enc = events(cloud, { name: 'Encrypt', keyArn: found.key.arn, outcome: 'ok' })[0];
        const dec = lastEvent(cloud, { name: 'Decrypt', keyArn: found.key.arn, outcome: 'ok', afterIndex: indexOf(cloud, enc) });
        if (!dec) {
          const missing = `No successful Decrypt of a ciphertext of alias/myCMK after your Encrypt yet.${lastFailure(cloud, 'Decrypt')}`;
          const problem = ciphertextFileProblem(extras, 'encryptedsecret.txt');
          if (problem) return notYet(`${missing} ${problem} Encrypt again with the full command.`);
          const typed = lastTyped(extras, 'decrypt', '--ciphertext-blob');
          if (typed?.includes('file://'))
            return notYet(
              `${missing} You passed the ciphertext with file://, which reads the file as text; a ciphertext is bytes: use fileb://encryptedsecret.txt.`,
            );
          if (typed && !typed.includes('encryptedsecret.txt'))
            return notYet(`${missing} Your decrypt command does not read encryptedsecret.txt: pass --ciphertext-blob fileb://encryptedsecret.txt.`);
          return notYet(`${missing} Run the decrypt command on encryptedsecret.txt, with fileb:// (raw bytes).`);
        }
        return ok('Decrypt of your ciphertext is in the event history: KMS found the key from the ciphertext itself.');
      },
      solution: [
        { cli: 'aws kms decrypt --ciphertext-blob fileb://encryptedsecret.txt --output text --query Plaintext | base64 --decode > decryptedsecret.txt' },
      ],
    },
    {
      id: 're-encrypt',
      title: 'Re-encrypt it under alias/myOtherCMK',
      instructions: [
        REENCRYPT,
        'ReEncrypt decrypts and encrypts again inside KMS: the plaintext never reaches you. It is how you move data to another CMK (or rotate manually).',
        'As for encrypt, --query CiphertextBlob --output text | base64 --decode keeps the raw ciphertext. The course notes pipe the whole answer to base64 (' +
          COURSE_REENCRYPT.slice(COURSE_REENCRYPT.indexOf('|')) +
          '): that file holds base64 of JSON, and decrypting it fails.',
      ],
      hints: ['ReEncrypt needs the ciphertext and the destination key.', 'In CloudShell; the destination is alias/myOtherCMK.', REENCRYPT],
      async check(cloud, extras) {
        const found = requireAlias(cloud, 'alias/myCMK');
        if ('fail' in found) return found.fail;
        const done = lastEvent(cloud, { name: 'ReEncrypt', keyArn: found.key.arn, outcome: 'ok' });
        if (!done) return notYet(`No successful ReEncrypt of a ciphertext of alias/myCMK yet.${lastFailure(cloud, 'ReEncrypt')}`);
        const dest = done.resources?.find((r) => r.ARN !== found.key.arn);
        const problem = ciphertextFileProblem(extras, 'newencryption.txt');
        // The step asks for the ReEncrypt call; a file in the wrong form is explained, not failed.
        return ok(
          `ReEncrypt moved your ciphertext${dest ? ` to ${dest.ARN}` : ' (to the same key: try alias/myOtherCMK as the destination too)'}.${problem ? ` But ${problem}` : ''}`,
        );
      },
      solution: [{ cli: REENCRYPT }],
    },
  ],
  completion:
    'You ran the three cryptographic calls of the exam: encrypt (up to 4 KB straight to the CMK), decrypt (the ciphertext names its key) and re-encrypt (change CMK without exposing the plaintext). Open CloudTrail > Event history to see each call under your name.',
  wrongAttempts: [
    {
      say: 'Encrypt secret.txt with alias/myOtherCMK instead of alias/myCMK',
      run: async (d) => void (await d.call('kms', 'Encrypt', { KeyId: 'alias/myOtherCMK', Plaintext: new TextEncoder().encode('Hello, Cloud Gurus.') })),
      failingStep: 'encrypt',
      expect: /not the key alias\/myCMK points to/,
    },
    {
      say: 'Encrypt into encryptedsecret.txt without | base64 --decode (the file holds the base64 text)',
      cli: ['aws kms encrypt --key-id alias/myCMK --plaintext fileb://secret.txt --output text --query CiphertextBlob > encryptedsecret.txt'],
      failingStep: 'encrypt',
      expect: /encryptedsecret\.txt holds base64 text .* \| base64 --decode/,
    },
    {
      say: "Save the CLI's whole JSON answer into encryptedsecret.txt",
      cli: ['aws kms encrypt --key-id alias/myCMK --plaintext fileb://secret.txt > encryptedsecret.txt'],
      failingStep: 'encrypt',
      expect: /holds the CLI's JSON answer/,
    },
    {
      say: 'Decrypt with file:// instead of fileb://',
      cli: ['aws kms decrypt --ciphertext-blob file://encryptedsecret.txt --output text --query Plaintext'],
      failingStep: 'decrypt',
      expect: /You passed the ciphertext with file:\/\//,
    },
  ],
};
