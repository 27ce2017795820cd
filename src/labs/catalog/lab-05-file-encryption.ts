/** Lab 5: envelope encryption of a real file on the file encryption screen, then the visualizer's tally. */
import { indexOf, lastEvent } from '@/labs/inspect';
import { notYet, ok, type Lab } from '@/labs/types';
import { createCmk, lastFailure, requireAlias } from './common';

const CONTEXT = { purpose: 'kms-lab', file: 'report.pdf' };

export const lab05: Lab = {
  id: 'file-encryption',
  number: 5,
  title: 'Envelope encryption of a real file',
  module: 'envelope-encryption',
  goal: 'Encrypt a file from your computer under alias/myCMK with the file encryption screen (GenerateDataKey with an encryption context), decrypt it again, and read in the visualizer what crossed the network.',
  startsWith: 'A key alias/myCMK (Enabled).',
  setup: async (d) => void (await createCmk(d, 'alias/myCMK', { description: 'My first customer managed key' })),
  steps: [
    {
      id: 'encrypt-file',
      title: 'Encrypt a file',
      instructions: [
        'Open Encrypt files (Services > Envelope encryption), choose alias/myCMK, add an encryption context pair (for example purpose = kms-lab), pick any file (a photo, a PDF) and encrypt it.',
        "The screen asks KMS for a data key under that context, encrypts the file locally in frames, and writes the encrypted data key and the context into the file's header.",
      ],
      hints: [
        'Big files are never sent to KMS: only a data key request is.',
        'Services menu > Envelope encryption opens the Encrypt files screen; the Encryption context fields are in Settings.',
        'Key: alias/myCMK; Encryption context: purpose = kms-lab; choose a file; Encrypt; save the encrypted file.',
      ],
      async check(cloud) {
        const found = requireAlias(cloud, 'alias/myCMK');
        if ('fail' in found) return found.fail;
        const gen = lastEvent(cloud, { name: 'GenerateDataKey', keyArn: found.key.arn, outcome: 'ok' });
        if (!gen)
          return notYet(
            `No successful GenerateDataKey with alias/myCMK yet.${lastFailure(cloud, 'GenerateDataKey')} Encrypt a file on the Encrypt files screen.`,
          );
        if (!gen.requestParameters?.encryptionContext)
          return notYet(
            'Your GenerateDataKey had no encryption context. Add a pair in the Encryption context fields (for example purpose = kms-lab) and encrypt again; with the CLI: --encryption-context purpose=kms-lab.',
          );
        return ok('GenerateDataKey with an encryption context is in the event history: your file was encrypted locally with the data key.');
      },
      solution: [
        {
          say: 'Encrypt files > key alias/myCMK > encryption context purpose = kms-lab > choose a file > Encrypt',
          run: async (d) => {
            const out = await d.call('kms', 'GenerateDataKey', { KeyId: 'alias/myCMK', KeySpec: 'AES_256', EncryptionContext: CONTEXT });
            d.memo.edk = out.CiphertextBlob;
          },
        },
      ],
    },
    {
      id: 'decrypt-file',
      title: 'Decrypt it and read the tally',
      instructions: [
        'Decrypt the encrypted file on the same screen: it reads the encrypted data key and the context from the header and asks KMS to decrypt the data key.',
        'Then open the visualizer and read its tally: the bytes sent to KMS (a few hundred) against the size of your file, which never left the browser.',
      ],
      hints: [
        'Decryption needs the same encryption context: it is stored in the file header.',
        'Encrypt files screen: choose the encrypted file; it offers to decrypt it.',
        'Decrypt the encrypted file; then open the Envelope encryption visualizer and read its tally.',
      ],
      async check(cloud) {
        const found = requireAlias(cloud, 'alias/myCMK');
        if ('fail' in found) return found.fail;
        const gen = lastEvent(cloud, { name: 'GenerateDataKey', keyArn: found.key.arn, outcome: 'ok' });
        if (!lastEvent(cloud, { name: 'Decrypt', keyArn: found.key.arn, outcome: 'ok', afterIndex: indexOf(cloud, gen) })) {
          return notYet(
            `No successful Decrypt under alias/myCMK after the file's GenerateDataKey yet.${lastFailure(cloud, 'Decrypt')} A different encryption context fails with InvalidCiphertextException.`,
          );
        }
        return ok("KMS decrypted the file's data key; the file itself was decrypted in your browser.");
      },
      solution: [
        {
          say: 'Encrypt files > choose the encrypted file > Decrypt',
          run: async (d) => void (await d.call('kms', 'Decrypt', { CiphertextBlob: d.memo.edk, EncryptionContext: CONTEXT })),
        },
      ],
    },
  ],
  completion:
    'Envelope encryption at real size: KMS saw two small requests whatever the size of your file. That is why the exam pairs "more than 4 KB" with GenerateDataKey, and why envelope encryption saves network traffic.',
  wrongAttempts: [
    {
      say: 'Generate a data key without an encryption context',
      run: async (d) => void (await d.call('kms', 'GenerateDataKey', { KeyId: 'alias/myCMK', KeySpec: 'AES_256' })),
      failingStep: 'encrypt-file',
      expect: /no encryption context/,
    },
  ],
};
