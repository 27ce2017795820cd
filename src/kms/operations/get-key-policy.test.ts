import { describe, expect, it } from 'vitest';
import { keyArn, rootArn } from '@/core';
import { kmsLab } from '@/kms/testing/harness';

describe('GetKeyPolicy', () => {
  it('returns the default policy in KMS pretty form, named default', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const out = await t.kms('GetKeyPolicy', { KeyId: keyId });
    expect(out.PolicyName).toBe('default');
    expect(out.Policy.startsWith('{\n  "Version" : "2012-10-17",\n  "Id" : "key-default-1",\n  "Statement" : [ {')).toBe(true);
    expect(JSON.parse(out.Policy)).toEqual({
      Version: '2012-10-17',
      Id: 'key-default-1',
      Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: rootArn() }, Action: 'kms:*', Resource: '*' }],
    });
    expect(await t.kms('GetKeyPolicy', { KeyId: keyArn('us-east-1', keyId), PolicyName: 'default' })).toEqual(out);
  });

  it('works in every key state', async () => {
    const t = kmsLab();
    const disabled = await t.createKey();
    await t.kms('DisableKey', { KeyId: disabled });
    const doomed = await t.createKey();
    await t.kms('ScheduleKeyDeletion', { KeyId: doomed });
    const external = await t.createKey({ origin: 'EXTERNAL' });
    for (const keyId of [disabled, doomed, external]) expect((await t.kms('GetKeyPolicy', { KeyId: keyId })).PolicyName).toBe('default');
  });

  it('knows only the policy named default', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.expectError(t.kms('GetKeyPolicy', { KeyId: keyId, PolicyName: 'other' }), 'NotFoundException', 'No such policy exists');
    await t.expectError(
      t.kms('GetKeyPolicy', { KeyId: keyId, PolicyName: 'invalid-name' }),
      'ValidationException',
      "1 validation error detected: Value 'invalid-name' at 'policyName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w]+",
    );
  });

  it('accepts a key ID or key ARN only', async () => {
    const t = kmsLab();
    await t.createKey({ alias: 'alias/app' });
    await t.expectError(t.kms('GetKeyPolicy', { KeyId: 'alias/app' }), 'NotFoundException', "Invalid keyId 'alias/app'");
  });

  it('shows the policy of an AWS managed key (its policy allows kms:Get* to the account)', async () => {
    const t = kmsLab();
    const managed = (await t.kms('DescribeKey', { KeyId: 'alias/aws/s3' })).KeyMetadata;
    const policy = JSON.parse((await t.kms('GetKeyPolicy', { KeyId: managed.KeyId })).Policy);
    expect(policy.Id).toBe('auto-s3-2');
  });

  it('needs kms:GetKeyPolicy: IAM through the account statement, or the key policy naming the user', async () => {
    const t = kmsLab();
    const nobody = await t.user('nobody');
    const keyId = await t.createKey();
    await t.expectError(
      t.kms('GetKeyPolicy', { KeyId: keyId }, { as: nobody }),
      'AccessDeniedException',
      `User: ${nobody.arn} is not authorized to perform: kms:GetKeyPolicy on resource: ${keyArn('us-east-1', keyId)} because no identity-based policy allows the kms:GetKeyPolicy action`,
    );
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: rootArn() }, Action: 'kms:*', Resource: '*' },
        { Effect: 'Allow', Principal: { AWS: nobody.arn }, Action: 'kms:GetKeyPolicy', Resource: '*' },
      ],
    });
    const named = await t.createKey({ policy });
    expect(JSON.parse((await t.kms('GetKeyPolicy', { KeyId: named }, { as: nobody })).Policy)).toEqual(JSON.parse(policy));
    const reader = await t.user('reader', ['ReadOnlyAccess']);
    await t.kms('GetKeyPolicy', { KeyId: keyId }, { as: reader });
  });
});
