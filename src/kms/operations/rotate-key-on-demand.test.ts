import { describe, expect, it } from 'vitest';
import { DAY_MS, keyArn, rootArn } from '@/core';
import { importMaterial, keyMaterial } from '@/kms/testing/byok';
import { kmsLab } from '@/kms/testing/harness';

const arn = (keyId: string) => keyArn('us-east-1', keyId);
const START = Date.UTC(2026, 0, 1);
const current = async (t: ReturnType<typeof kmsLab>, keyId: string) => (await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata.CurrentKeyMaterialId;

describe('RotateKeyOnDemand', () => {
  it('rotates at once and answers with the key ARN; old ciphertexts still decrypt', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const blob = await t.encrypt(keyId, 'before');
    const before = await current(t, keyId);
    expect(await t.kms('RotateKeyOnDemand', { KeyId: keyId })).toEqual({ KeyId: arn(keyId) });
    const after = await current(t, keyId);
    expect(after).not.toBe(before);
    expect((await t.kms('Encrypt', { KeyId: keyId, Plaintext: new Uint8Array([1]) })).KeyId).toBe(arn(keyId));
    expect(await t.decryptText(blob)).toBe('before');
    const [entry] = (await t.kms('ListKeyRotations', { KeyId: keyId })).Rotations;
    expect(entry).toMatchObject({ KeyMaterialId: after, RotationType: 'ON_DEMAND', RotationDate: new Date(START), KeyMaterialState: 'CURRENT' });
  });

  it('works without automatic rotation, and does not move NextRotationDate when it is on', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.kms('RotateKeyOnDemand', { KeyId: keyId });
    expect((await t.kms('GetKeyRotationStatus', { KeyId: keyId })).KeyRotationEnabled).toBe(false);
    await t.kms('EnableKeyRotation', { KeyId: keyId });
    await t.days(100);
    await t.kms('RotateKeyOnDemand', { KeyId: arn(keyId) });
    expect((await t.kms('GetKeyRotationStatus', { KeyId: keyId })).NextRotationDate).toEqual(new Date(START + 365 * DAY_MS));
  });

  it('at most 25 on-demand rotations per key', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    for (let i = 0; i < 25; i++) await t.kms('RotateKeyOnDemand', { KeyId: keyId });
    await t.expectError(
      t.kms('RotateKeyOnDemand', { KeyId: keyId }),
      'LimitExceededException',
      `The on-demand rotations limit has been reached for the given keyId. No more on-demand rotations can be performed for this key: ${arn(keyId)}`,
    );
    expect((await t.kms('ListKeyRotations', { KeyId: keyId })).Rotations).toHaveLength(25);
    // The quota is per key.
    await t.kms('RotateKeyOnDemand', { KeyId: await t.createKey() });
  });

  it('follows the key states and the origin rules, with AWS texts', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.kms('DisableKey', { KeyId: keyId });
    await t.expectError(t.kms('RotateKeyOnDemand', { KeyId: keyId }), 'DisabledException', `${arn(keyId)} is disabled.`);
    await t.kms('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 });
    await t.expectError(t.kms('RotateKeyOnDemand', { KeyId: keyId }), 'KMSInvalidStateException', `${arn(keyId)} is pending deletion.`);
    const external = await t.createKey({ origin: 'EXTERNAL' });
    await t.expectError(t.kms('RotateKeyOnDemand', { KeyId: external }), 'KMSInvalidStateException', `${arn(external)} is pending import.`);
    await importMaterial(t, external, keyMaterial(5));
    await t.expectError(
      t.kms('RotateKeyOnDemand', { KeyId: external }),
      'KMSInvalidStateException',
      `No available key material pending rotation for the key: ${arn(external)}.`,
    );
    const missing = '0b6a6b50-1111-4222-8333-444455556666';
    await t.expectError(t.kms('RotateKeyOnDemand', { KeyId: missing }), 'NotFoundException', `Key '${arn(missing)}' does not exist`);
  });

  it('AWS managed keys cannot be rotated on demand', async () => {
    const t = kmsLab();
    const managed = (await t.kms('DescribeKey', { KeyId: 'alias/aws/lambda' })).KeyMetadata;
    await t.expectError(
      t.kms('RotateKeyOnDemand', { KeyId: managed.KeyId }),
      'AccessDeniedException',
      `User: ${rootArn()} is not authorized to perform: kms:RotateKeyOnDemand on resource: ${managed.Arn} because no resource-based policy allows the kms:RotateKeyOnDemand action`,
    );
  });

  it('asymmetric and HMAC keys cannot rotate, whatever their origin; nothing changes', async () => {
    const t = kmsLab();
    for (const input of [
      { KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' },
      { KeySpec: 'ECC_NIST_P521', KeyUsage: 'KEY_AGREEMENT' },
      { KeySpec: 'HMAC_512', KeyUsage: 'GENERATE_VERIFY_MAC' },
      { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC', Origin: 'EXTERNAL' },
    ]) {
      const keyId = (await t.kms('CreateKey', input)).KeyMetadata.KeyId as string;
      if (input.Origin) {
        const material = keyMaterial(32);
        await importMaterial(t, keyId, material);
      }
      const before = await t.kms('DescribeKey', { KeyId: keyId });
      const e = await t.expectError(t.kms('RotateKeyOnDemand', { KeyId: keyId }), 'UnsupportedOperationException');
      expect(e.message, input.KeySpec).toBe('');
      expect(await t.kms('DescribeKey', { KeyId: keyId })).toEqual(before);
      expect((await t.kms('ListKeyRotations', { KeyId: keyId })).Rotations).toEqual([]);
    }
  });
});
