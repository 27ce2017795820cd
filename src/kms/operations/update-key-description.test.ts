import { describe, expect, it } from 'vitest';
import { keyArn, rootArn } from '@/core';
import { kmsLab } from '@/kms/testing/harness';

const describeKey = async (t: ReturnType<typeof kmsLab>, keyId: string) => (await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata;

describe('UpdateKeyDescription', () => {
  it('replaces the description; an empty string clears it', async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ description: 'old' });
    await expect(t.kms('UpdateKeyDescription', { KeyId: keyId, Description: 'payroll data' })).resolves.toEqual({});
    expect((await describeKey(t, keyId)).Description).toBe('payroll data');
    await t.kms('UpdateKeyDescription', { KeyId: keyArn('us-east-1', keyId), Description: '' });
    expect((await describeKey(t, keyId)).Description).toBe('');
  });

  it('checks the members: both required, at most 8192 characters', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.expectError(
      t.kms('UpdateKeyDescription', { KeyId: keyId }),
      'ValidationException',
      "1 validation error detected: Value null at 'description' failed to satisfy constraint: Member must not be null",
    );
    const long = 'x'.repeat(8193);
    await t.expectError(
      t.kms('UpdateKeyDescription', { KeyId: keyId, Description: long }),
      'ValidationException',
      `1 validation error detected: Value '${long}' at 'description' failed to satisfy constraint: Member must have length less than or equal to 8192`,
    );
  });

  it('accepts a key ID or key ARN only', async () => {
    const t = kmsLab();
    await t.createKey({ alias: 'alias/app' });
    await t.expectError(t.kms('UpdateKeyDescription', { KeyId: 'alias/app', Description: 'x' }), 'NotFoundException', "Invalid keyId 'alias/app'");
  });

  it('works on Disabled and PendingImport keys, not on a key pending deletion', async () => {
    const t = kmsLab();
    const disabled = await t.createKey();
    await t.kms('DisableKey', { KeyId: disabled });
    await t.kms('UpdateKeyDescription', { KeyId: disabled, Description: 'd' });
    const external = await t.createKey({ origin: 'EXTERNAL' });
    await t.kms('UpdateKeyDescription', { KeyId: external, Description: 'e' });
    expect((await describeKey(t, external)).Description).toBe('e');
    const doomed = await t.createKey({ description: 'keep' });
    await t.kms('ScheduleKeyDeletion', { KeyId: doomed });
    await t.expectError(
      t.kms('UpdateKeyDescription', { KeyId: doomed, Description: 'x' }),
      'KMSInvalidStateException',
      `${keyArn('us-east-1', doomed)} is pending deletion.`,
    );
    expect((await describeKey(t, doomed)).Description).toBe('keep');
  });

  it('cannot change an AWS managed key', async () => {
    const t = kmsLab();
    const managed = (await t.kms('DescribeKey', { KeyId: 'alias/aws/s3' })).KeyMetadata;
    await t.expectError(
      t.kms('UpdateKeyDescription', { KeyId: managed.KeyId, Description: 'mine' }),
      'AccessDeniedException',
      `User: ${rootArn()} is not authorized to perform: kms:UpdateKeyDescription on resource: ${managed.Arn} because no resource-based policy allows the kms:UpdateKeyDescription action`,
    );
    expect((await describeKey(t, managed.KeyId)).Description).toBe(managed.Description);
  });

  it('needs kms:UpdateKeyDescription: IAM through the account statement, or the key policy naming the user', async () => {
    const t = kmsLab();
    const nobody = await t.user('nobody');
    const keyId = await t.createKey();
    await t.expectError(
      t.kms('UpdateKeyDescription', { KeyId: keyId, Description: 'x' }, { as: nobody }),
      'AccessDeniedException',
      `User: ${nobody.arn} is not authorized to perform: kms:UpdateKeyDescription on resource: ${keyArn('us-east-1', keyId)} because no identity-based policy allows the kms:UpdateKeyDescription action`,
    );
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: rootArn() }, Action: 'kms:*', Resource: '*' },
        { Effect: 'Allow', Principal: { AWS: nobody.arn }, Action: 'kms:UpdateKeyDescription', Resource: '*' },
      ],
    });
    const named = await t.createKey({ policy });
    await t.kms('UpdateKeyDescription', { KeyId: named, Description: 'by nobody' }, { as: nobody });
    expect((await describeKey(t, named)).Description).toBe('by nobody');
    const admin = await t.user('admin', ['AdministratorAccess']);
    await t.kms('UpdateKeyDescription', { KeyId: keyId, Description: 'by admin' }, { as: admin });
  });
});
