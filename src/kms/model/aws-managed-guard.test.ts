import { describe, expect, it } from 'vitest';
import { rootArn } from '@/core';
import { kmsLab } from '@/kms/testing/harness';

/**
 * The pipeline's key-policy check already refuses changes to AWS managed keys (their policy
 * allows none). Here the stored policy is replaced by a permissive one, which no API call can
 * do, to show that the guard alone still keeps every change out, with the same wording.
 */
describe('AWS managed keys cannot be changed', () => {
  it('refuses every change even under a policy that would allow it', async () => {
    const t = kmsLab();
    const managed = (await t.kms('DescribeKey', { KeyId: 'alias/aws/s3' })).KeyMetadata;
    const key = t.cloud.state.kms['us-east-1']!.keys[managed.KeyId]!;
    key.policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: rootArn() }, Action: 'kms:*', Resource: '*' }] });
    const calls: [string, Record<string, unknown>][] = [
      ['DisableKey', { KeyId: managed.KeyId }],
      ['EnableKey', { KeyId: managed.KeyId }],
      ['UpdateKeyDescription', { KeyId: managed.KeyId, Description: 'x' }],
      ['PutKeyPolicy', { KeyId: managed.KeyId, Policy: key.policy }],
      ['TagResource', { KeyId: managed.KeyId, Tags: [{ TagKey: 'k', TagValue: 'v' }] }],
      ['UntagResource', { KeyId: managed.KeyId, TagKeys: ['k'] }],
      ['ScheduleKeyDeletion', { KeyId: managed.KeyId }],
      ['CancelKeyDeletion', { KeyId: managed.KeyId }],
      ['CreateAlias', { AliasName: 'alias/mine', TargetKeyId: managed.KeyId }],
    ];
    for (const [operation, input] of calls) {
      const action = `kms:${operation}`;
      await t.expectError(
        t.kms(operation, input),
        'AccessDeniedException',
        `User: ${rootArn()} is not authorized to perform: ${action} on resource: ${managed.Arn} because no resource-based policy allows the ${action} action`,
      );
    }
    const after = (await t.kms('DescribeKey', { KeyId: managed.KeyId })).KeyMetadata;
    expect([after.KeyState, after.Description]).toEqual(['Enabled', managed.Description]);
    expect((await t.kms('ListResourceTags', { KeyId: managed.KeyId })).Tags).toEqual([]);
  });

  it('lets customer managed keys through', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.kms('DisableKey', { KeyId: keyId });
    expect((await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata.KeyState).toBe('Disabled');
  });
});
