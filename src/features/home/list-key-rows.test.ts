import { describe, expect, it } from 'vitest';
import { createCloud } from '@/cloud';
import type { CallRequest } from '@/cloud/types';
import { AwsError } from '@/core/errors';
import { listKeyRows } from './list-key-rows';

const kms = (cloud: ReturnType<typeof createCloud>, operation: string, input: Record<string, unknown>, region = 'us-east-1') =>
  cloud.call({ service: 'kms', operation, input, region });

describe('home page key rows', () => {
  it('is empty for a Region without keys', async () => {
    const cloud = createCloud();
    expect(await listKeyRows((r) => cloud.call(r), 'eu-west-3')).toEqual({ rows: [], aliasesListed: true });
  });

  it('lists every key of the Region with its aliases, state, spec, usage and type', async () => {
    const cloud = createCloud();
    const a = (await kms(cloud, 'CreateKey', {})).KeyMetadata;
    const b = (await kms(cloud, 'CreateKey', { Description: 'second' })).KeyMetadata;
    await kms(cloud, 'CreateKey', {}, 'eu-west-1');
    await kms(cloud, 'CreateAlias', { AliasName: 'alias/payroll', TargetKeyId: b.KeyId });
    await kms(cloud, 'CreateAlias', { AliasName: 'alias/hr', TargetKeyId: b.KeyId });
    // Using an AWS managed alias creates the AWS managed key, as in AWS.
    const managed = (await kms(cloud, 'DescribeKey', { KeyId: 'alias/aws/s3' })).KeyMetadata;

    const { rows } = await listKeyRows((r) => cloud.call(r), 'us-east-1');
    expect(rows.map((r) => r.keyId).sort()).toEqual([a.KeyId, b.KeyId, managed.KeyId].sort());
    expect(rows.find((r) => r.keyId === a.KeyId)).toEqual({
      keyId: a.KeyId,
      arn: a.Arn,
      aliases: [],
      status: 'Enabled',
      keySpec: 'SYMMETRIC_DEFAULT',
      keyUsage: 'ENCRYPT_DECRYPT',
      keyType: 'Customer managed',
    });
    expect(rows.find((r) => r.keyId === b.KeyId)!.aliases).toEqual(['alias/hr', 'alias/payroll']);
    expect(rows.find((r) => r.keyId === managed.KeyId)).toMatchObject({ aliases: ['alias/aws/s3'], keyType: 'AWS managed' });
  });

  it('follows pagination markers to the end', async () => {
    const cloud = createCloud();
    for (let i = 0; i < 3; i++) await kms(cloud, 'CreateKey', {});
    const seen: CallRequest[] = [];
    const smallPages = (r: CallRequest) => {
      seen.push(r);
      return cloud.call(r.operation === 'ListKeys' ? { ...r, input: { ...r.input, Limit: 2 } } : r);
    };
    const { rows } = await listKeyRows(smallPages, 'us-east-1');
    expect(rows).toHaveLength(3);
    expect(seen.filter((r) => r.operation === 'ListKeys')).toHaveLength(2);
    expect(seen.every((r) => r.source === 'console' && r.region === 'us-east-1')).toBe(true);
  });

  it('still lists keys when the engine has no ListAliases', async () => {
    const cloud = createCloud();
    await kms(cloud, 'CreateKey', {});
    const withoutAliases = (r: CallRequest) => (r.operation === 'ListAliases' ? Promise.reject(new AwsError('UnknownOperationException')) : cloud.call(r));
    const result = await listKeyRows(withoutAliases, 'us-east-1');
    expect(result.aliasesListed).toBe(false);
    expect(result.rows).toHaveLength(1);
  });

  it('passes other errors on', async () => {
    const failing = () => Promise.reject(new AwsError('AccessDeniedException', 'denied'));
    await expect(listKeyRows(failing, 'us-east-1')).rejects.toMatchObject({ code: 'AccessDeniedException' });
  });
});
