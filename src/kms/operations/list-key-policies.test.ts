import { describe, expect, it } from 'vitest';
import { keyArn, rootArn } from '@/core';
import { kmsLab } from '@/kms/testing/harness';

describe('ListKeyPolicies', () => {
  it('lists the one policy, default, in every key state', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    expect(await t.kms('ListKeyPolicies', { KeyId: keyId })).toEqual({ PolicyNames: ['default'], Truncated: false });
    const doomed = await t.createKey();
    await t.kms('ScheduleKeyDeletion', { KeyId: doomed });
    const external = await t.createKey({ origin: 'EXTERNAL' });
    for (const k of [doomed, external]) expect((await t.kms('ListKeyPolicies', { KeyId: keyArn('us-east-1', k) })).PolicyNames).toEqual(['default']);
  });

  it('checks Limit (1-1000) and the marker', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    expect((await t.kms('ListKeyPolicies', { KeyId: keyId, Limit: 1 })).Truncated).toBe(false);
    await t.expectError(
      t.kms('ListKeyPolicies', { KeyId: keyId, Limit: 1001 }),
      'ValidationException',
      "1 validation error detected: Value '1001' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 1000",
    );
    await t.expectError(t.kms('ListKeyPolicies', { KeyId: keyId, Marker: 'bogus' }), 'InvalidMarkerException');
  });

  it('accepts a key ID or key ARN only', async () => {
    const t = kmsLab();
    await t.createKey({ alias: 'alias/app' });
    await t.expectError(t.kms('ListKeyPolicies', { KeyId: 'alias/app' }), 'NotFoundException', "Invalid keyId 'alias/app'");
    const missing = '00000000-0000-4000-8000-000000000000';
    await t.expectError(t.kms('ListKeyPolicies', { KeyId: missing }), 'NotFoundException', `Key '${keyArn('us-east-1', missing)}' does not exist`);
  });

  it('works on AWS managed keys (their policy allows kms:List* to the account)', async () => {
    const t = kmsLab();
    const managed = (await t.kms('DescribeKey', { KeyId: 'alias/aws/s3' })).KeyMetadata;
    expect((await t.kms('ListKeyPolicies', { KeyId: managed.KeyId })).PolicyNames).toEqual(['default']);
  });

  it('needs kms:ListKeyPolicies: IAM through the account statement, or the key policy naming the user', async () => {
    const t = kmsLab();
    const nobody = await t.user('nobody');
    const keyId = await t.createKey();
    await t.expectError(
      t.kms('ListKeyPolicies', { KeyId: keyId }, { as: nobody }),
      'AccessDeniedException',
      `User: ${nobody.arn} is not authorized to perform: kms:ListKeyPolicies on resource: ${keyArn('us-east-1', keyId)} because no identity-based policy allows the kms:ListKeyPolicies action`,
    );
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: rootArn() }, Action: 'kms:*', Resource: '*' },
        { Effect: 'Allow', Principal: { AWS: nobody.arn }, Action: 'kms:ListKeyPolicies', Resource: '*' },
      ],
    });
    const named = await t.createKey({ policy });
    expect((await t.kms('ListKeyPolicies', { KeyId: named }, { as: nobody })).PolicyNames).toEqual(['default']);
  });
});
