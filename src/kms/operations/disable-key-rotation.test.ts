import { describe, expect, it } from 'vitest';
import { keyArn, rootArn } from '@/core';
import { kmsLab } from '@/kms/testing/harness';

const arn = (keyId: string) => keyArn('us-east-1', keyId);

describe('DisableKeyRotation', () => {
  it('turns rotation off: no more automatic rotations, earlier material still decrypts', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const blob = await t.encrypt(keyId, 'first year');
    await t.kms('EnableKeyRotation', { KeyId: keyId, RotationPeriodInDays: 90 });
    await t.days(90);
    expect((await t.kms('ListKeyRotations', { KeyId: keyId })).Rotations).toHaveLength(1);
    expect(await t.kms('DisableKeyRotation', { KeyId: arn(keyId) })).toEqual({});
    expect(await t.kms('GetKeyRotationStatus', { KeyId: keyId })).toEqual({ KeyRotationEnabled: false, KeyId: arn(keyId) });
    await t.days(400);
    expect((await t.kms('ListKeyRotations', { KeyId: keyId })).Rotations).toHaveLength(1);
    expect(await t.decryptText(blob)).toBe('first year');
  });

  it('same eligibility and states as EnableKeyRotation', async () => {
    const t = kmsLab();
    const external = await t.createKey({ origin: 'EXTERNAL' });
    await t.expectError(
      t.kms('DisableKeyRotation', { KeyId: external }),
      'UnsupportedOperationException',
      `${arn(external)} origin is EXTERNAL which is not valid for this operation.`,
    );
    const keyId = await t.createKey();
    await t.kms('DisableKey', { KeyId: keyId });
    await t.expectError(t.kms('DisableKeyRotation', { KeyId: keyId }), 'DisabledException', `${arn(keyId)} is disabled.`);
    await t.kms('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 });
    await t.expectError(t.kms('DisableKeyRotation', { KeyId: keyId }), 'KMSInvalidStateException', `${arn(keyId)} is pending deletion.`);
    const managed = (await t.kms('DescribeKey', { KeyId: 'alias/aws/ebs' })).KeyMetadata;
    await t.expectError(
      t.kms('DisableKeyRotation', { KeyId: managed.Arn }),
      'AccessDeniedException',
      `User: ${rootArn()} is not authorized to perform: kms:DisableKeyRotation on resource: ${managed.Arn} because no resource-based policy allows the kms:DisableKeyRotation action`,
    );
    expect((await t.kms('GetKeyRotationStatus', { KeyId: managed.KeyId })).KeyRotationEnabled).toBe(true);
  });

  it('asymmetric and HMAC keys: UnsupportedOperationException, as for EnableKeyRotation', async () => {
    const t = kmsLab();
    const keyId = (await t.kms('CreateKey', { KeySpec: 'ECC_SECG_P256K1', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata.KeyId;
    await t.expectError(t.kms('DisableKeyRotation', { KeyId: keyId }), 'UnsupportedOperationException');
    expect(await t.kms('GetKeyRotationStatus', { KeyId: keyId })).toEqual({ KeyRotationEnabled: false, KeyId: arn(keyId) });
  });
});
