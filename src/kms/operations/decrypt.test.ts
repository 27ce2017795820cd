import { describe, expect, it } from 'vitest';
import { aliasArn, keyArn, utf8 } from '@/core';
import { importMaterial, keyMaterial } from '@/kms/testing/byok';
import { kmsLab } from '@/kms/testing/harness';

const arn = (keyId: string, region = 'us-east-1') => keyArn(region, keyId);
const GONE = 'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.';

describe('Decrypt', () => {
  it('needs no KeyId: the blob names its key and material', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const blob = await t.encrypt(keyId, 'hello');
    const out = await t.kms('Decrypt', { CiphertextBlob: blob });
    expect(Object.keys(out)).toEqual(['KeyId', 'Plaintext', 'EncryptionAlgorithm', 'KeyMaterialId']);
    expect(out.KeyId).toBe(arn(keyId));
    expect(out.Plaintext).toEqual(utf8('hello'));
    expect(out.EncryptionAlgorithm).toBe('SYMMETRIC_DEFAULT');
    const described = (await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata;
    expect(out.KeyMaterialId).toMatch(/^[0-9a-f]{64}$/);
    expect(out.KeyMaterialId).toBe(described.CurrentKeyMaterialId);
  });

  it('accepts the right key as key ID, key ARN, alias name or alias ARN', async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ alias: 'alias/app' });
    const blob = await t.encrypt(keyId, 'x');
    for (const id of [keyId, arn(keyId), 'alias/app', aliasArn('us-east-1', 'alias/app')]) {
      expect((await t.kms('Decrypt', { CiphertextBlob: blob, KeyId: id })).KeyId).toBe(arn(keyId));
    }
  });

  it('IncorrectKeyException when KeyId names another key', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const other = await t.createKey({ alias: 'alias/other' });
    const blob = await t.encrypt(keyId, 'x');
    for (const id of [other, 'alias/other']) {
      await t.expectError(
        t.kms('Decrypt', { CiphertextBlob: blob, KeyId: id }),
        'IncorrectKeyException',
        'The key ID in the request does not identify a CMK that can perform this operation.',
      );
    }
  });

  it('InvalidCiphertextException, with no message, for any context that is not exactly the one used', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const blob = await t.encrypt(keyId, 'x', { Dept: 'HR', app: 'web' });
    for (const context of [undefined, { Dept: 'HR' }, { Dept: 'hr', app: 'web' }, { Dept: 'HR', app: 'web', extra: '1' }, { dept: 'HR', app: 'web' }]) {
      const e = await t.expectError(t.kms('Decrypt', { CiphertextBlob: blob, EncryptionContext: context }), 'InvalidCiphertextException', '');
      expect(e.hasMessage).toBe(false);
    }
    expect(await t.decryptText(blob, { app: 'web', Dept: 'HR' })).toBe('x');
    const plain = await t.encrypt(keyId, 'y');
    await t.expectError(t.decryptText(plain, { app: 'web' }), 'InvalidCiphertextException', '');
  });

  it('rejects tampered, truncated, extended and foreign blobs', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const blob = await t.encrypt(keyId, 'attack at dawn');
    const flipped = blob.slice();
    flipped[blob.length - 20] = flipped[blob.length - 20]! ^ 0x01;
    const header = blob.slice();
    header[30] = header[30]! ^ 0x80; // inside the key material id
    for (const bad of [
      flipped,
      header,
      blob.slice(0, blob.length - 1),
      blob.slice(0, 40),
      new Uint8Array([...blob, 0]),
      utf8('not a kms blob at all, not at all'),
    ]) {
      await t.expectError(t.kms('Decrypt', { CiphertextBlob: bad }), 'InvalidCiphertextException', '');
    }
    await t.expectError(
      t.kms('Decrypt', { CiphertextBlob: new Uint8Array(0) }),
      'ValidationException',
      "1 validation error detected: Value at 'ciphertextBlob' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  });

  it('a blob whose key was deleted, or lives in another Region, refers to a key that does not exist', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const blob = await t.encrypt(keyId, 'x');
    await t.kms('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 });
    await t.expectError(t.decryptText(blob), 'KMSInvalidStateException', `${arn(keyId)} is pending deletion.`);
    await t.days(7);
    await t.expectError(t.decryptText(blob), 'AccessDeniedException', GONE);
    const west = await t.createKey({ region: 'us-west-2' });
    const westBlob = (await t.kms('Encrypt', { KeyId: west, Plaintext: utf8('x') }, { region: 'us-west-2' })).CiphertextBlob;
    await t.expectError(t.decryptText(westBlob), 'AccessDeniedException', GONE);
    expect((await t.kms('Decrypt', { CiphertextBlob: westBlob }, { region: 'us-west-2' })).KeyId).toBe(arn(west, 'us-west-2'));
  });

  it('refuses disabled and pending import keys with AWS texts', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const blob = await t.encrypt(keyId, 'x');
    await t.kms('DisableKey', { KeyId: keyId });
    await t.expectError(t.decryptText(blob), 'DisabledException', `${arn(keyId)} is disabled.`);
    const external = await t.createKey({ origin: 'EXTERNAL' });
    await importMaterial(t, external, keyMaterial(3));
    const imported = await t.encrypt(external, 'byok');
    await t.kms('DeleteImportedKeyMaterial', { KeyId: external });
    await t.expectError(t.decryptText(imported), 'KMSInvalidStateException', `${arn(external)} is pending import.`);
  });

  it('still decrypts blobs made before a rotation, with the material they were made under', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const before = await t.encrypt(keyId, 'old');
    const oldMaterial = (await t.kms('Decrypt', { CiphertextBlob: before })).KeyMaterialId;
    await t.kms('RotateKeyOnDemand', { KeyId: keyId });
    const after = await t.encrypt(keyId, 'new');
    const a = await t.kms('Decrypt', { CiphertextBlob: before });
    const b = await t.kms('Decrypt', { CiphertextBlob: after });
    expect(a.Plaintext).toEqual(utf8('old'));
    expect(a.KeyMaterialId).toBe(oldMaterial);
    expect(b.KeyMaterialId).not.toBe(oldMaterial);
  });

  it('DryRun checks the blob, permission and state, and decrypts nothing; IGNORE_CIPHERTEXT needs only KeyId', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const blob = await t.encrypt(keyId, 'x');
    const dry = 'The request would have succeeded, but the DryRun option is set.';
    await t.expectError(t.kms('Decrypt', { CiphertextBlob: blob, DryRun: true }), 'DryRunOperationException', dry);
    await t.expectError(
      t.kms('Decrypt', { CiphertextBlob: utf8('garbage, garbage, garbage, garbage, garbage, garbage, garbage, garbage'), DryRun: true }),
      'InvalidCiphertextException',
      '',
    );
    await t.expectError(t.kms('Decrypt', { KeyId: keyId, DryRun: true, DryRunModifiers: ['IGNORE_CIPHERTEXT'] }), 'DryRunOperationException', dry);
    await t.expectError(
      t.kms('Decrypt', { KeyId: keyId }),
      'ValidationException',
      "1 validation error detected: Value null at 'ciphertextBlob' failed to satisfy constraint: Member must not be null",
    );
    await t.kms('DisableKey', { KeyId: keyId });
    await t.expectError(t.kms('Decrypt', { CiphertextBlob: blob, DryRun: true }), 'DisabledException', `${arn(keyId)} is disabled.`);
  });

  it('denies a caller that no policy allows; the trail never holds the plaintext', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const blob = await t.encrypt(keyId, 'top secret');
    const nobody = await t.user('nobody');
    await t.expectError(
      t.kms('Decrypt', { CiphertextBlob: blob }, { as: nobody }),
      'AccessDeniedException',
      `User: ${nobody.arn} is not authorized to perform: kms:Decrypt on resource: ${arn(keyId)} because no identity-based policy allows the kms:Decrypt action`,
    );
    const reader = await t.user('reader', ['AdministratorAccess']);
    expect((await t.kms('Decrypt', { CiphertextBlob: blob }, { as: reader })).Plaintext).toEqual(utf8('top secret'));
    const event = t.cloud.state.trail.at(-1)!;
    expect([event.eventName, event.responseElements]).toEqual(['Decrypt', null]);
  });
});
