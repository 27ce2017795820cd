/**
 * Lab 17: manual rotation: encrypt with alias/myAppKey, create a new key, move the alias to it
 * with UpdateAlias, encrypt again through the alias (now the new key), and decrypt the old
 * ciphertext, which still needs the old key.
 */
import type { Cloud } from '@/cloud';
import { events, indexOf, lastEvent, LAB_REGION, type KmsKeyRecord } from '@/labs/inspect';
import { notYet, ok, type Lab } from '@/labs/types';
import { createCmk, lastFailure, requireAlias } from './common';

const ALIAS = 'alias/myAppKey';
const ENCRYPT_OLD =
  'aws kms encrypt --key-id alias/myAppKey --plaintext fileb://secret.txt --output text --query CiphertextBlob | base64 --decode > before.bin';
const NEW_KEY = 'NEW_KEY=$(aws kms create-key --description "myAppKey, second key" --query KeyMetadata.KeyId --output text)';
const UPDATE_ALIAS = 'aws kms update-alias --alias-name alias/myAppKey --target-key-id $NEW_KEY';
const ENCRYPT_NEW = 'aws kms encrypt --key-id alias/myAppKey --plaintext fileb://secret.txt --output text --query CiphertextBlob | base64 --decode > after.bin';
const DECRYPT_OLD = 'aws kms decrypt --ciphertext-blob fileb://before.bin --query KeyId --output text';

const keyOf = (cloud: Cloud, arn: string | undefined): KmsKeyRecord | undefined =>
  arn ? Object.values(cloud.state.kms[LAB_REGION]?.keys ?? {}).find((k) => k.arn === arn) : undefined;

/** The key of the first successful Encrypt through the alias: the "old" key, whatever the alias names now. */
function oldKey(cloud: Cloud): KmsKeyRecord | undefined {
  const e = events(cloud, { name: 'Encrypt', outcome: 'ok' }).find((x) => (x.requestParameters as { keyId?: string } | null)?.keyId === ALIAS);
  return keyOf(cloud, e?.resources?.[0]?.ARN);
}

export const lab17: Lab = {
  id: 'manual-rotation',
  number: 17,
  title: 'Manual rotation: a new key behind the same alias',
  module: 'key-rotation',
  goal: 'Encrypt through alias/myAppKey, create a new key, move the alias to it with UpdateAlias, encrypt again through the alias, and decrypt the first ciphertext, which still needs the old key.',
  startsWith: "A key alias/myAppKey (Enabled). CloudShell's home holds secret.txt.",
  setup: async (d) => void (await createCmk(d, ALIAS, { description: 'myAppKey, first key' })),
  steps: [
    {
      id: 'encrypt-before',
      title: 'Encrypt through the alias',
      instructions: [ENCRYPT_OLD, 'Applications name the alias, not the key: that is what makes a manual rotation possible.'],
      hints: ['Encrypt with the alias as the key id.', 'CloudShell.', ENCRYPT_OLD],
      async check(cloud) {
        const found = requireAlias(cloud, ALIAS);
        if ('fail' in found) return found.fail;
        if (!oldKey(cloud)) return notYet(`No successful Encrypt through ${ALIAS} yet (use the alias as --key-id).`);
        return ok('You have a ciphertext made with the first key.');
      },
      solution: [{ cli: ENCRYPT_OLD }],
    },
    {
      id: 'move-alias',
      title: 'Create a new key and move the alias to it',
      instructions: [
        NEW_KEY,
        UPDATE_ALIAS,
        'The console cannot move an alias (in AWS either): UpdateAlias is an API call. The new key must have the same key type and usage as the old one. Nothing changes for the applications: they still name alias/myAppKey.',
      ],
      hints: [
        'Manual rotation is a new key plus UpdateAlias.',
        'CloudShell; the variable NEW_KEY keeps the new key id for the next command.',
        `${NEW_KEY}; then ${UPDATE_ALIAS}`,
      ],
      async check(cloud) {
        const found = requireAlias(cloud, ALIAS);
        if ('fail' in found) return found.fail;
        const old = oldKey(cloud);
        if (!old) return notYet('Encrypt through the alias first (previous step).');
        if (found.key.keyId === old.keyId)
          return notYet(
            `${ALIAS} still points to the first key (${old.keyId}). Create a new key and move the alias to it with update-alias.${lastFailure(cloud, 'UpdateAlias')}`,
          );
        return ok(`${ALIAS} now points to key ${found.key.keyId}; the first key ${old.keyId} is still there.`);
      },
      solution: [{ cli: NEW_KEY }, { cli: UPDATE_ALIAS }],
    },
    {
      id: 'encrypt-after',
      title: 'Encrypt through the alias again',
      instructions: [ENCRYPT_NEW, 'The same command now encrypts under the new key.'],
      hints: ['The same command as before, another file.', 'CloudShell.', ENCRYPT_NEW],
      async check(cloud) {
        const found = requireAlias(cloud, ALIAS);
        if ('fail' in found) return found.fail;
        const old = oldKey(cloud);
        if (!old || found.key.keyId === old.keyId) return notYet('Move the alias to a new key first (previous step).');
        if (!lastEvent(cloud, { name: 'Encrypt', keyArn: found.key.arn, outcome: 'ok' }))
          return notYet(`No successful Encrypt under the new key yet.${lastFailure(cloud, 'Encrypt', found.key.arn)}`);
        return ok('New data is encrypted under the new key, with no change to the command.');
      },
      solution: [{ cli: ENCRYPT_NEW }],
    },
    {
      id: 'decrypt-before',
      title: 'Decrypt the first ciphertext',
      instructions: [
        DECRYPT_OLD,
        "It prints the first key's ARN: a ciphertext names its key, so Decrypt finds the old key by itself. Unlike automatic rotation, a manual one leaves the old key in charge of old data: keep it enabled until that data is re-encrypted (re-encrypt) or gone, and never delete it before.",
      ],
      hints: ['Decrypt needs no key id for a symmetric ciphertext.', 'CloudShell, next to before.bin.', DECRYPT_OLD],
      async check(cloud) {
        const found = requireAlias(cloud, ALIAS);
        if ('fail' in found) return found.fail;
        const old = oldKey(cloud);
        if (!old || found.key.keyId === old.keyId) return notYet('Move the alias to a new key first.');
        const moved = lastEvent(cloud, { name: 'UpdateAlias', outcome: 'ok' });
        if (!lastEvent(cloud, { name: 'Decrypt', keyArn: old.arn, outcome: 'ok', afterIndex: indexOf(cloud, moved) })) {
          if (old.keyState !== 'Enabled')
            return notYet(
              `The first key is ${old.keyState}, and before.bin can only be decrypted by it.${lastFailure(cloud, 'Decrypt', old.arn)} After a manual rotation the old key must stay usable until its data is re-encrypted: ${old.keyState === 'PendingDeletion' ? 'cancel the deletion and enable it' : 'enable it'}.`,
            );
          return notYet(`No successful Decrypt with the first key since the alias moved.${lastFailure(cloud, 'Decrypt', old.arn)}`);
        }
        return ok('The old ciphertext still decrypts, with the old key.');
      },
      solution: [{ cli: DECRYPT_OLD }],
    },
  ],
  completion:
    'Manual rotation is a new key and UpdateAlias: applications that use the alias switch at once, old ciphertexts keep naming the old key, which must stay until its data is re-encrypted. Use it where automatic rotation does not apply (asymmetric, HMAC, imported or custom key store keys) or when you need a new key id, for example after a suspected compromise. Exam tip: automatic rotation keeps the key id and all old material; manual rotation changes the key behind the alias.',
  wrongAttempts: [
    {
      say: 'After moving the alias, schedule the first key for deletion',
      run: async (d) => void (await d.call('kms', 'ScheduleKeyDeletion', { KeyId: oldKey(d.cloud)!.keyId, PendingWindowInDays: 7 })),
      failingStep: 'decrypt-before',
      expect: /first key is PendingDeletion.*cancel the deletion/,
    },
    {
      say: 'Create a new key but leave the alias where it was',
      run: async (d) => void (await createCmk(d, 'alias/myAppKey-2')),
      failingStep: 'move-alias',
      expect: /still points to the first key/,
    },
  ],
};
