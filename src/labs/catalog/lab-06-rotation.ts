/** Lab 6: automatic rotation: enable it, travel a year, prove an old ciphertext still decrypts, disable it. */
import type { Cloud } from '@/cloud';
import { events, indexOf, lastEvent, type KmsKeyRecord } from '@/labs/inspect';
import { notYet, ok, type Lab } from '@/labs/types';
import { createCmk, requireAlias } from './common';

const KEY = '$(aws kms describe-key --key-id alias/myCMK --query KeyMetadata.KeyId --output text)';

/** The first automatic RotateKey of the key that came after one of its successful Encrypts. */
function rotationAfterEncrypt(cloud: Cloud, key: KmsKeyRecord) {
  const firstEncrypt = events(cloud, { name: 'Encrypt', keyArn: key.arn, outcome: 'ok' })[0];
  if (!firstEncrypt) return undefined;
  return events(cloud, { name: 'RotateKey', keyArn: key.arn, afterIndex: indexOf(cloud, firstEncrypt) })[0];
}

const rotated = (key: KmsKeyRecord) => key.rotation.history.some((h) => h.rotationType === 'AUTOMATIC');

export const lab06: Lab = {
  id: 'rotation',
  number: 6,
  title: 'Automatic key rotation',
  module: 'key-rotation',
  goal: 'Encrypt something, enable automatic rotation on the key alias/myCMK points to, travel a year forward, prove the old ciphertext still decrypts, then disable rotation.',
  startsWith: "A key alias/myCMK (Enabled, rotation off). CloudShell's home holds secret.txt.",
  setup: async (d) => void (await createCmk(d, 'alias/myCMK', { description: 'My first customer managed key' })),
  steps: [
    {
      id: 'encrypt-old',
      title: 'Encrypt a secret before any rotation',
      instructions: [
        'aws kms encrypt --key-id alias/myCMK --plaintext fileb://secret.txt --output text --query CiphertextBlob | base64 --decode > old-secret.bin',
        "This ciphertext is made with the key's current (first) key material.",
      ],
      hints: [
        'You need a ciphertext made before the rotation.',
        'CloudShell, or the key page > Try it.',
        'aws kms encrypt --key-id alias/myCMK --plaintext fileb://secret.txt --output text --query CiphertextBlob | base64 --decode > old-secret.bin',
      ],
      async check(cloud) {
        const found = requireAlias(cloud, 'alias/myCMK');
        if ('fail' in found) return found.fail;
        if (!lastEvent(cloud, { name: 'Encrypt', keyArn: found.key.arn, outcome: 'ok' }))
          return notYet('No successful Encrypt with alias/myCMK yet: encrypt secret.txt first, so there is an old ciphertext to test after the rotation.');
        return ok("You have a ciphertext made with the key's first material.");
      },
      solution: [
        { cli: 'aws kms encrypt --key-id alias/myCMK --plaintext fileb://secret.txt --output text --query CiphertextBlob | base64 --decode > old-secret.bin' },
      ],
    },
    {
      id: 'enable',
      title: 'Enable automatic rotation',
      instructions: [
        'On the key page, Key rotation tab: tick "Automatic key rotation" (rotation period 365 days) and save. Or:',
        `aws kms enable-key-rotation --key-id ${KEY}`,
      ],
      hints: [
        'Rotation is a setting of the key, not of the alias.',
        'Key Management Service > Customer managed keys > the key with alias myCMK > Key rotation tab > Edit.',
        'Tick automatic rotation (365 days) and Save; or aws kms enable-key-rotation --key-id <key id>.',
      ],
      async check(cloud) {
        const found = requireAlias(cloud, 'alias/myCMK');
        if ('fail' in found) return found.fail;
        if (!found.key.rotation.enabled && !rotated(found.key))
          return notYet(`Automatic rotation is off on key ${found.key.keyId} (the key alias/myCMK points to). Enable it on its Key rotation tab.`);
        return ok(`Automatic rotation is on for key ${found.key.keyId}${found.key.rotation.enabled ? `, every ${found.key.rotation.periodDays} days` : ''}.`);
      },
      solution: [{ cli: `aws kms enable-key-rotation --key-id ${KEY}` }],
    },
    {
      id: 'travel',
      title: 'Travel a year forward',
      instructions: [
        'Use Advance time in the top bar: 365 days. KMS rotates the key on its rotation date: new key material becomes current; the old material is kept.',
      ],
      hints: [
        'Rotation happens a rotation period after you enable it.',
        "The simulated clock is the top bar's Advance time menu.",
        'Advance time > 365 days; the top bar reports "KMS acted: RotateKey", and the key\'s Key rotation tab lists the rotation.',
      ],
      async check(cloud) {
        const found = requireAlias(cloud, 'alias/myCMK');
        if ('fail' in found) return found.fail;
        if (rotationAfterEncrypt(cloud, found.key)) return ok('KMS rotated the key: new material is current and the old one is kept.');
        if (rotated(found.key))
          return notYet(
            'The key rotated, but before your first Encrypt: there is no ciphertext from the old material. Travel one more year so the next rotation comes after it.',
          );
        if (!found.key.rotation.enabled) return notYet('Rotation is off, so time passing does nothing: enable it again first.');
        const next = found.key.rotation.nextRotationMs;
        return notYet(
          `No rotation yet: the next rotation is due ${next ? new Date(next).toISOString().slice(0, 10) : 'later'}. Advance the clock past that date.`,
        );
      },
      solution: [{ say: 'Top bar: Advance time > 365 days', run: (d) => d.cloud.clock.advanceDays(365) }],
    },
    {
      id: 'decrypt-old',
      title: 'Decrypt the old ciphertext',
      instructions: [
        'aws kms decrypt --ciphertext-blob fileb://old-secret.bin --output text --query Plaintext | base64 --decode',
        'It still works: the ciphertext names the old key material (see KeyMaterialId in the full response) and KMS kept it.',
      ],
      hints: [
        'Decrypt needs nothing new: the ciphertext carries its key and material id.',
        'CloudShell, same directory as old-secret.bin.',
        'aws kms decrypt --ciphertext-blob fileb://old-secret.bin --output text --query Plaintext | base64 --decode',
      ],
      async check(cloud) {
        const found = requireAlias(cloud, 'alias/myCMK');
        if ('fail' in found) return found.fail;
        const rotation = rotationAfterEncrypt(cloud, found.key);
        if (!rotation) return notYet('There is no rotation after your first Encrypt yet: do the previous step first.');
        if (!lastEvent(cloud, { name: 'Decrypt', keyArn: found.key.arn, outcome: 'ok', afterIndex: indexOf(cloud, rotation) })) {
          return notYet('No successful Decrypt under this key since the rotation. Decrypt the ciphertext you made before it (old-secret.bin).');
        }
        return ok('Your old ciphertext decrypted after the rotation: KMS keeps every previous key material.');
      },
      solution: [{ cli: 'aws kms decrypt --ciphertext-blob fileb://old-secret.bin --output text --query Plaintext | base64 --decode' }],
    },
    {
      id: 'disable',
      title: 'Disable automatic rotation',
      instructions: ['Key rotation tab: untick automatic rotation and save. Or:', `aws kms disable-key-rotation --key-id ${KEY}`],
      hints: ['The same setting as before.', 'The key page > Key rotation tab > Edit.', `Untick and Save; or aws kms disable-key-rotation --key-id <key id>.`],
      async check(cloud) {
        const found = requireAlias(cloud, 'alias/myCMK');
        if ('fail' in found) return found.fail;
        if (found.key.rotation.enabled) return notYet(`Automatic rotation is still on for key ${found.key.keyId}. Turn it off on the Key rotation tab.`);
        return ok('Rotation is off again; the materials made so far stay, so every ciphertext still decrypts.');
      },
      solution: [{ cli: `aws kms disable-key-rotation --key-id ${KEY}` }],
    },
  ],
  completion:
    'Automatic rotation replaces the key material on schedule (yearly in the course; today 90 to 2560 days, plus on-demand rotation) and keeps every old material, so nothing needs re-encrypting. The key id, ARN, alias and policy stay the same.',
  wrongAttempts: [
    {
      say: 'Enable rotation on the key but never encrypt before travelling a year',
      run: async (d) => {
        await d.call('kms', 'EnableKeyRotation', { KeyId: d.keyIdOf('alias/myCMK') });
        await d.cloud.clock.advanceDays(366);
      },
      failingStep: 'encrypt-old',
      expect: /No successful Encrypt with alias\/myCMK/,
    },
  ],
};
