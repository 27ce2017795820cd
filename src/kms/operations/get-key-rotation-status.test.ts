import { describe, expect, it } from 'vitest';
import { DAY_MS, keyArn } from '@/core';
import { kmsLab } from '@/kms/testing/harness';

const arn = (keyId: string) => keyArn('us-east-1', keyId);
const START = Date.UTC(2026, 0, 1);

describe('GetKeyRotationStatus', () => {
  it('a new customer managed key does not rotate; period and date appear only when it does', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const off = await t.kms('GetKeyRotationStatus', { KeyId: keyId });
    expect(off).toEqual({ KeyRotationEnabled: false, KeyId: arn(keyId) });
    expect(Object.keys(off)).toEqual(['KeyRotationEnabled', 'KeyId']);
    await t.kms('EnableKeyRotation', { KeyId: keyId });
    const on = await t.kms('GetKeyRotationStatus', { KeyId: arn(keyId) });
    expect(Object.keys(on)).toEqual(['KeyRotationEnabled', 'KeyId', 'RotationPeriodInDays', 'NextRotationDate']);
  });

  it('NextRotationDate moves a period on after each automatic rotation', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.kms('EnableKeyRotation', { KeyId: keyId, RotationPeriodInDays: 100 });
    await t.days(150);
    expect((await t.kms('GetKeyRotationStatus', { KeyId: keyId })).NextRotationDate).toEqual(new Date(START + 200 * DAY_MS));
  });

  it('reads false while the key is pending deletion, and the setting returns after CancelKeyDeletion', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.kms('EnableKeyRotation', { KeyId: keyId });
    await t.kms('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 });
    expect(await t.kms('GetKeyRotationStatus', { KeyId: keyId })).toEqual({ KeyRotationEnabled: false, KeyId: arn(keyId) });
    await t.kms('CancelKeyDeletion', { KeyId: keyId });
    expect((await t.kms('GetKeyRotationStatus', { KeyId: keyId })).KeyRotationEnabled).toBe(true);
  });

  it('works on a disabled key (status unchanged)', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.kms('EnableKeyRotation', { KeyId: keyId });
    await t.kms('DisableKey', { KeyId: keyId });
    expect((await t.kms('GetKeyRotationStatus', { KeyId: keyId })).KeyRotationEnabled).toBe(true);
  });

  it('AWS managed keys always rotate, yearly', async () => {
    const t = kmsLab();
    const managed = (await t.kms('DescribeKey', { KeyId: 'alias/aws/s3' })).KeyMetadata;
    expect(await t.kms('GetKeyRotationStatus', { KeyId: managed.KeyId })).toEqual({
      KeyRotationEnabled: true,
      KeyId: managed.Arn,
      RotationPeriodInDays: 365,
      NextRotationDate: new Date(START + 365 * DAY_MS),
    });
  });

  it('imported material cannot rotate automatically; aliases are not accepted', async () => {
    const t = kmsLab();
    const external = await t.createKey({ origin: 'EXTERNAL', alias: 'alias/x' });
    await t.expectError(
      t.kms('GetKeyRotationStatus', { KeyId: external }),
      'UnsupportedOperationException',
      `${arn(external)} origin is EXTERNAL which is not valid for this operation.`,
    );
    await t.expectError(t.kms('GetKeyRotationStatus', { KeyId: 'alias/x' }), 'NotFoundException', "Invalid keyId 'alias/x'");
  });

  it('needs kms:GetKeyRotationStatus', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const nobody = await t.user('nobody');
    await t.expectError(
      t.kms('GetKeyRotationStatus', { KeyId: keyId }, { as: nobody }),
      'AccessDeniedException',
      `User: ${nobody.arn} is not authorized to perform: kms:GetKeyRotationStatus on resource: ${arn(keyId)} because no identity-based policy allows the kms:GetKeyRotationStatus action`,
    );
  });

  it('asymmetric and HMAC keys from KMS read false in every state; imported ones name their origin', async () => {
    const t = kmsLab();
    const types = [
      ['RSA_2048', 'ENCRYPT_DECRYPT'],
      ['ECC_NIST_P256', 'SIGN_VERIFY'],
      ['ECC_NIST_P384', 'KEY_AGREEMENT'],
      ['ECC_NIST_EDWARDS25519', 'SIGN_VERIFY'],
      ['ML_DSA_44', 'SIGN_VERIFY'],
      ['HMAC_256', 'GENERATE_VERIFY_MAC'],
    ];
    for (const [KeySpec, KeyUsage] of types) {
      const keyId = (await t.kms('CreateKey', { KeySpec, KeyUsage })).KeyMetadata.KeyId as string;
      const status = await t.kms('GetKeyRotationStatus', { KeyId: keyId });
      expect(status, KeySpec).toEqual({ KeyRotationEnabled: false, KeyId: arn(keyId) });
      expect(Object.keys(status)).toEqual(['KeyRotationEnabled', 'KeyId']);
      await t.kms('DisableKey', { KeyId: keyId });
      expect((await t.kms('GetKeyRotationStatus', { KeyId: keyId })).KeyRotationEnabled).toBe(false);
      await t.kms('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 });
      expect(await t.kms('GetKeyRotationStatus', { KeyId: arn(keyId) })).toEqual({ KeyRotationEnabled: false, KeyId: arn(keyId) });
    }
    const imported = (await t.kms('CreateKey', { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC', Origin: 'EXTERNAL' })).KeyMetadata.KeyId;
    await t.expectError(
      t.kms('GetKeyRotationStatus', { KeyId: imported }),
      'UnsupportedOperationException',
      `${arn(imported)} origin is EXTERNAL which is not valid for this operation.`,
    );
  });
});
