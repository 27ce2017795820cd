import { describe, expect, it } from 'vitest';
import { createCloud } from '@/cloud';
import { AwsError } from '@/core/errors';
import type { Caller } from './console-client';
import { loadKeyRows } from './key-rows';

type Cloud = ReturnType<typeof createCloud>;
const kms = (cloud: Cloud, operation: string, input: Record<string, unknown>, region = 'us-east-1') => cloud.call({ service: 'kms', operation, input, region });
/** The console's call helper over an account, in one Region, as the console calls (source console). */
const callerIn =
  (cloud: Cloud, region: string): Caller =>
  (operation, input = {}, service = 'kms') =>
    cloud.call({ service, operation, input, region, source: 'console' });

describe('key rows (home page and KMS console key tables)', () => {
  it('is empty for a Region without keys', async () => {
    const cloud = createCloud();
    await kms(cloud, 'CreateKey', {});
    expect(await loadKeyRows(callerIn(cloud, 'eu-west-3'))).toEqual([]);
  });

  it('lists every key of the Region with its aliases, state, spec, usage, manager, origin, description and dates', async () => {
    const cloud = createCloud();
    const a = (await kms(cloud, 'CreateKey', {})).KeyMetadata;
    const b = (await kms(cloud, 'CreateKey', { Description: 'second' })).KeyMetadata;
    await kms(cloud, 'CreateKey', {}, 'eu-west-1');
    await kms(cloud, 'CreateAlias', { AliasName: 'alias/payroll', TargetKeyId: b.KeyId });
    await kms(cloud, 'CreateAlias', { AliasName: 'alias/hr', TargetKeyId: b.KeyId });
    await kms(cloud, 'ScheduleKeyDeletion', { KeyId: a.KeyId, PendingWindowInDays: 7 });
    // Using an AWS managed alias creates the AWS managed key, as in AWS.
    const managed = (await kms(cloud, 'DescribeKey', { KeyId: 'alias/aws/s3' })).KeyMetadata;

    const rows = await loadKeyRows(callerIn(cloud, 'us-east-1'));
    expect(rows.map((r) => r.keyId).sort()).toEqual([a.KeyId, b.KeyId, managed.KeyId].sort());
    const deleting = (await kms(cloud, 'DescribeKey', { KeyId: a.KeyId })).KeyMetadata;
    expect(rows.find((r) => r.keyId === a.KeyId)).toEqual({
      keyId: a.KeyId,
      arn: a.Arn,
      aliases: [],
      state: 'PendingDeletion',
      keySpec: 'SYMMETRIC_DEFAULT',
      keyUsage: 'ENCRYPT_DECRYPT',
      keyManager: 'CUSTOMER',
      origin: 'AWS_KMS',
      description: '',
      creationDate: a.CreationDate,
      deletionDate: deleting.DeletionDate,
    });
    expect(rows.find((r) => r.keyId === b.KeyId)).toMatchObject({ aliases: ['alias/hr', 'alias/payroll'], description: 'second', state: 'Enabled' });
    expect(rows.find((r) => r.keyId === managed.KeyId)).toMatchObject({ aliases: ['alias/aws/s3'], keyManager: 'AWS' });
  });

  it('follows pagination markers to the end', async () => {
    const cloud = createCloud();
    for (let i = 0; i < 3; i++) await kms(cloud, 'CreateKey', {});
    const seen: string[] = [];
    const inner = callerIn(cloud, 'us-east-1');
    const smallPages: Caller = (operation, input = {}, service) => {
      seen.push(operation);
      return inner(operation, operation === 'ListKeys' ? { ...input, Limit: 2 } : input, service);
    };
    const rows = await loadKeyRows(smallPages);
    expect(rows).toHaveLength(3);
    expect(seen.filter((o) => o === 'ListKeys')).toHaveLength(2);
  });

  it('still lists keys, without aliases, when the engine has no ListAliases', async () => {
    const cloud = createCloud();
    await kms(cloud, 'CreateKey', {});
    await kms(cloud, 'CreateAlias', { AliasName: 'alias/one', TargetKeyId: (await kms(cloud, 'CreateKey', {})).KeyMetadata.KeyId });
    const inner = callerIn(cloud, 'us-east-1');
    const withoutAliases: Caller = (operation, input, service) =>
      operation === 'ListAliases' ? Promise.reject(new AwsError('UnknownOperationException')) : inner(operation, input, service);
    const rows = await loadKeyRows(withoutAliases);
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.aliases.length === 0)).toBe(true);
  });

  it('passes other errors on', async () => {
    const failing: Caller = () => Promise.reject(new AwsError('AccessDeniedException', 'denied'));
    await expect(loadKeyRows(failing)).rejects.toMatchObject({ code: 'AccessDeniedException' });
    const cloud = createCloud();
    await kms(cloud, 'CreateKey', {});
    const inner = callerIn(cloud, 'us-east-1');
    const deniedAliases: Caller = (operation, input, service) =>
      operation === 'ListAliases' ? Promise.reject(new AwsError('AccessDeniedException', 'denied')) : inner(operation, input, service);
    await expect(loadKeyRows(deniedAliases)).rejects.toMatchObject({ code: 'AccessDeniedException' });
  });
});
