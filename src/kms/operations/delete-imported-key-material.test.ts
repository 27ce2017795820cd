import { describe, expect, it } from 'vitest';
import { keyArn } from '@/core';
import { importMaterial, keyMaterial } from '@/kms/testing/byok';
import { kmsLab } from '@/kms/testing/harness';

const arn = (keyId: string) => keyArn('us-east-1', keyId);

describe('DeleteImportedKeyMaterial', () => {
  it('deletes the material at once: the key becomes PendingImport', async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ origin: 'EXTERNAL' });
    const { KeyMaterialId } = await importMaterial(t, keyId, keyMaterial(1));
    await t.kms('DisableKey', { KeyId: keyId });
    expect(await t.kms('DeleteImportedKeyMaterial', { KeyId: arn(keyId) })).toEqual({ KeyId: arn(keyId), KeyMaterialId });
    const meta = (await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata;
    expect([meta.KeyState, meta.Enabled, meta.CurrentKeyMaterialId, meta.ExpirationModel]).toEqual(['PendingImport', false, undefined, undefined]);
    await t.expectError(t.kms('EnableKey', { KeyId: keyId }), 'KMSInvalidStateException', `${arn(keyId)} is pending import.`);
  });

  it('on a key already pending import it changes nothing', async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ origin: 'EXTERNAL' });
    const out = await t.kms('DeleteImportedKeyMaterial', { KeyId: keyId });
    expect(out).toEqual({ KeyId: arn(keyId) });
    expect((await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata.KeyState).toBe('PendingImport');
  });

  it('a key pending deletion stays pending deletion', async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ origin: 'EXTERNAL' });
    await importMaterial(t, keyId, keyMaterial(1));
    await t.kms('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 });
    await t.kms('DeleteImportedKeyMaterial', { KeyId: keyId });
    expect((await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata.KeyState).toBe('PendingDeletion');
  });

  it('only for EXTERNAL keys; a KeyMaterialId must name the key material; needs the permission', async () => {
    const t = kmsLab();
    const regular = await t.createKey();
    await t.expectError(
      t.kms('DeleteImportedKeyMaterial', { KeyId: regular }),
      'UnsupportedOperationException',
      `${arn(regular)} origin is AWS_KMS which is not valid for this operation.`,
    );
    const keyId = await t.createKey({ origin: 'EXTERNAL', alias: 'alias/byok' });
    await importMaterial(t, keyId, keyMaterial(1));
    const unknown = 'ab'.repeat(32);
    await t.expectError(
      t.kms('DeleteImportedKeyMaterial', { KeyId: keyId, KeyMaterialId: unknown }),
      'NotFoundException',
      `Key material ${unknown} does not exist in ${arn(keyId)}.`,
    );
    await t.expectError(t.kms('DeleteImportedKeyMaterial', { KeyId: 'alias/byok' }), 'NotFoundException', "Invalid keyId 'alias/byok'");
    const nobody = await t.user('nobody');
    await t.expectError(
      t.kms('DeleteImportedKeyMaterial', { KeyId: keyId }, { as: nobody }),
      'AccessDeniedException',
      `User: ${nobody.arn} is not authorized to perform: kms:DeleteImportedKeyMaterial on resource: ${arn(keyId)} because no identity-based policy allows the kms:DeleteImportedKeyMaterial action`,
    );
    expect((await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata.KeyState).toBe('Enabled');
  });
});
