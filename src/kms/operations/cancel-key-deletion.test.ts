import { describe, expect, it } from 'vitest';
import { keyArn, rootArn } from '@/core';
import { kmsLab } from '@/kms/testing/harness';

type Lab = ReturnType<typeof kmsLab>;
const meta = async (t: Lab, keyId: string) => (await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata;
const stored = (t: Lab, keyId: string) => t.cloud.state.kms['us-east-1']!.keys[keyId]!;

describe('CancelKeyDeletion', () => {
  it('brings the key back Disabled (not Enabled), without DeletionDate, answering with the key ARN', async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ alias: 'alias/app' });
    const blob = await t.encrypt(keyId, 'saved');
    await t.kms('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 });
    await t.days(6);
    expect(await t.kms('CancelKeyDeletion', { KeyId: keyArn('us-east-1', keyId) })).toEqual({ KeyId: keyArn('us-east-1', keyId) });
    const m = await meta(t, keyId);
    expect([m.KeyState, m.Enabled, m.DeletionDate]).toEqual(['Disabled', false, undefined]);
    await t.expectError(t.decryptText(blob), 'DisabledException', `${keyArn('us-east-1', keyId)} is disabled.`);
    // Past the old deletion date nothing happens, and EnableKey makes the key usable again.
    await t.days(30);
    await t.kms('EnableKey', { KeyId: keyId });
    expect(await t.decryptText(blob)).toBe('saved');
    expect((await t.kms('DescribeKey', { KeyId: 'alias/app' })).KeyMetadata.KeyId).toBe(keyId);
  });

  it('restores the automatic rotation setting kept while pending', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    stored(t, keyId).rotation.enabled = true; // rotation is another operation's business
    await t.kms('ScheduleKeyDeletion', { KeyId: keyId });
    expect(stored(t, keyId).rotation.enabled).toBe(false);
    await t.kms('CancelKeyDeletion', { KeyId: keyId });
    expect(stored(t, keyId).rotation.enabled).toBe(true);
    expect(stored(t, keyId).rotationBeforeDeletion).toBeUndefined();
    const off = await t.createKey();
    await t.kms('ScheduleKeyDeletion', { KeyId: off });
    await t.kms('CancelKeyDeletion', { KeyId: off });
    expect(stored(t, off).rotation.enabled).toBe(false);
  });

  it('shows rotation off while pending and on again after cancelling (GetKeyRotationStatus)', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.kms('EnableKeyRotation', { KeyId: keyId });
    await t.kms('ScheduleKeyDeletion', { KeyId: keyId });
    expect((await t.kms('GetKeyRotationStatus', { KeyId: keyId })).KeyRotationEnabled).toBe(false);
    await t.kms('CancelKeyDeletion', { KeyId: keyId });
    await t.kms('EnableKey', { KeyId: keyId });
    expect((await t.kms('GetKeyRotationStatus', { KeyId: keyId })).KeyRotationEnabled).toBe(true);
  });

  it('brings an EXTERNAL key without key material back to PendingImport', async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ origin: 'EXTERNAL' });
    await t.kms('ScheduleKeyDeletion', { KeyId: keyId });
    await t.kms('CancelKeyDeletion', { KeyId: keyId });
    expect((await meta(t, keyId)).KeyState).toBe('PendingImport');
  });

  it('refuses a key that is not pending deletion, whatever its state', async () => {
    const t = kmsLab();
    const enabled = await t.createKey();
    const disabled = await t.createKey();
    await t.kms('DisableKey', { KeyId: disabled });
    const external = await t.createKey({ origin: 'EXTERNAL' });
    for (const keyId of [enabled, disabled, external]) {
      await t.expectError(t.kms('CancelKeyDeletion', { KeyId: keyId }), 'KMSInvalidStateException', `${keyArn('us-east-1', keyId)} is not pending deletion.`);
    }
    expect((await meta(t, enabled)).KeyState).toBe('Enabled');
  });

  it('accepts a key ID or key ARN only', async () => {
    const t = kmsLab();
    await t.createKey({ alias: 'alias/app' });
    await t.expectError(t.kms('CancelKeyDeletion', { KeyId: 'alias/app' }), 'NotFoundException', "Invalid keyId 'alias/app'");
  });

  it('cannot be used on an AWS managed key', async () => {
    const t = kmsLab();
    const managed = (await t.kms('DescribeKey', { KeyId: 'alias/aws/s3' })).KeyMetadata;
    await t.expectError(
      t.kms('CancelKeyDeletion', { KeyId: managed.KeyId }),
      'AccessDeniedException',
      `User: ${rootArn()} is not authorized to perform: kms:CancelKeyDeletion on resource: ${managed.Arn} because no resource-based policy allows the kms:CancelKeyDeletion action`,
    );
  });

  it('needs kms:CancelKeyDeletion: IAM through the account statement, or the key policy naming the user', async () => {
    const t = kmsLab();
    const nobody = await t.user('nobody');
    const keyId = await t.createKey();
    await t.kms('ScheduleKeyDeletion', { KeyId: keyId });
    await t.expectError(
      t.kms('CancelKeyDeletion', { KeyId: keyId }, { as: nobody }),
      'AccessDeniedException',
      `User: ${nobody.arn} is not authorized to perform: kms:CancelKeyDeletion on resource: ${keyArn('us-east-1', keyId)} because no identity-based policy allows the kms:CancelKeyDeletion action`,
    );
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: rootArn() }, Action: 'kms:*', Resource: '*' },
        { Effect: 'Allow', Principal: { AWS: nobody.arn }, Action: 'kms:CancelKeyDeletion', Resource: '*' },
      ],
    });
    await t.kms('PutKeyPolicy', { KeyId: keyId, Policy: policy });
    await t.kms('CancelKeyDeletion', { KeyId: keyId }, { as: nobody });
    expect((await meta(t, keyId)).KeyState).toBe('Disabled');
  });
});
