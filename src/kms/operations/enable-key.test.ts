import { describe, expect, it } from 'vitest';
import { keyArn, rootArn } from '@/core';
import { kmsLab } from '@/kms/testing/harness';

const stateOf = async (t: ReturnType<typeof kmsLab>, keyId: string) => {
  const m = (await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata;
  return [m.KeyState, m.Enabled];
};

describe('EnableKey', () => {
  it('enables a disabled key, which can encrypt again; enabling an enabled key changes nothing', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.kms('DisableKey', { KeyId: keyId });
    await t.expectError(t.encrypt(keyId, 'x'), 'DisabledException', `${keyArn('us-east-1', keyId)} is disabled.`);
    await expect(t.kms('EnableKey', { KeyId: keyArn('us-east-1', keyId) })).resolves.toEqual({});
    expect(await stateOf(t, keyId)).toEqual(['Enabled', true]);
    expect(await t.decryptText(await t.encrypt(keyId, 'back'))).toBe('back');
    await t.kms('EnableKey', { KeyId: keyId });
    expect(await stateOf(t, keyId)).toEqual(['Enabled', true]);
  });

  it('rotates at once when the rotation date passed while the key was disabled', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.kms('EnableKeyRotation', { KeyId: keyId });
    const before = (await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata.CurrentKeyMaterialId;
    const blob = await t.encrypt(keyId, 'old material');
    await t.kms('DisableKey', { KeyId: keyId });
    await t.days(400);
    expect((await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata.CurrentKeyMaterialId).toBe(before);
    await t.kms('EnableKey', { KeyId: keyId });
    const after = (await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata.CurrentKeyMaterialId;
    expect(after).not.toBe(before);
    const status = await t.kms('GetKeyRotationStatus', { KeyId: keyId });
    expect(status.NextRotationDate).toEqual(new Date(Date.UTC(2026, 0, 1) + (400 + 365) * 86_400_000));
    expect(await t.decryptText(blob)).toBe('old material');
  });

  it('refuses a key pending import or pending deletion', async () => {
    const t = kmsLab();
    const external = await t.createKey({ origin: 'EXTERNAL' });
    await t.expectError(t.kms('EnableKey', { KeyId: external }), 'KMSInvalidStateException', `${keyArn('us-east-1', external)} is pending import.`);
    expect(await stateOf(t, external)).toEqual(['PendingImport', false]);
    const doomed = await t.createKey();
    await t.kms('ScheduleKeyDeletion', { KeyId: doomed });
    await t.expectError(t.kms('EnableKey', { KeyId: doomed }), 'KMSInvalidStateException', `${keyArn('us-east-1', doomed)} is pending deletion.`);
  });

  it('accepts a key ID or key ARN only', async () => {
    const t = kmsLab();
    await t.createKey({ alias: 'alias/app' });
    await t.expectError(t.kms('EnableKey', { KeyId: 'alias/app' }), 'NotFoundException', "Invalid keyId 'alias/app'");
    await t.expectError(t.kms('EnableKey', { KeyId: 'not-a-key' }), 'NotFoundException', "Invalid keyId 'not-a-key'");
  });

  it('cannot enable an AWS managed key', async () => {
    const t = kmsLab();
    const managed = (await t.kms('DescribeKey', { KeyId: 'alias/aws/s3' })).KeyMetadata;
    await t.expectError(
      t.kms('EnableKey', { KeyId: managed.KeyId }),
      'AccessDeniedException',
      `User: ${rootArn()} is not authorized to perform: kms:EnableKey on resource: ${managed.Arn} because no resource-based policy allows the kms:EnableKey action`,
    );
  });

  it('needs kms:EnableKey: IAM through the account statement, or the key policy naming the user', async () => {
    const t = kmsLab();
    const nobody = await t.user('nobody');
    const keyId = await t.createKey();
    await t.kms('DisableKey', { KeyId: keyId });
    await t.expectError(
      t.kms('EnableKey', { KeyId: keyId }, { as: nobody }),
      'AccessDeniedException',
      `User: ${nobody.arn} is not authorized to perform: kms:EnableKey on resource: ${keyArn('us-east-1', keyId)} because no identity-based policy allows the kms:EnableKey action`,
    );
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: rootArn() }, Action: 'kms:*', Resource: '*' },
        { Effect: 'Allow', Principal: { AWS: nobody.arn }, Action: 'kms:EnableKey', Resource: '*' },
      ],
    });
    await t.kms('PutKeyPolicy', { KeyId: keyId, Policy: policy });
    await t.kms('EnableKey', { KeyId: keyId }, { as: nobody });
    expect(await stateOf(t, keyId)).toEqual(['Enabled', true]);
  });
});
