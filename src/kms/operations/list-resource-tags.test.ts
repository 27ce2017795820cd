import { describe, expect, it } from 'vitest';
import { keyArn, rootArn } from '@/core';
import { kmsLab } from '@/kms/testing/harness';

describe('ListResourceTags', () => {
  it('lists the tags given at creation and later, none for an untagged key', async () => {
    const t = kmsLab();
    const { KeyMetadata } = await t.kms('CreateKey', { Tags: [{ TagKey: 'Project', TagValue: 'Alpha' }] });
    const keyId = KeyMetadata.KeyId;
    await t.kms('TagResource', { KeyId: keyId, Tags: [{ TagKey: 'Owner', TagValue: 'ana' }] });
    expect(await t.kms('ListResourceTags', { KeyId: keyArn('us-east-1', keyId) })).toEqual({
      Tags: [
        { TagKey: 'Project', TagValue: 'Alpha' },
        { TagKey: 'Owner', TagValue: 'ana' },
      ],
      Truncated: false,
    });
    expect(await t.kms('ListResourceTags', { KeyId: await t.createKey() })).toEqual({ Tags: [], Truncated: false });
  });

  it('pages with Limit (1-50, default 50)', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.kms('TagResource', { KeyId: keyId, Tags: Array.from({ length: 50 }, (_, i) => ({ TagKey: `k${i}`, TagValue: 'v' })) });
    const all = await t.kms('ListResourceTags', { KeyId: keyId });
    expect([all.Tags.length, all.Truncated]).toEqual([50, false]);
    const first = await t.kms('ListResourceTags', { KeyId: keyId, Limit: 30 });
    expect([first.Tags.length, first.Truncated]).toEqual([30, true]);
    const rest = await t.kms('ListResourceTags', { KeyId: keyId, Limit: 30, Marker: first.NextMarker });
    expect([rest.Tags.length, rest.Truncated, rest.Tags[0].TagKey]).toEqual([20, false, 'k30']);
    await t.expectError(
      t.kms('ListResourceTags', { KeyId: keyId, Limit: 51 }),
      'ValidationException',
      "1 validation error detected: Value '51' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 50",
    );
    await t.expectError(t.kms('ListResourceTags', { KeyId: keyId, Marker: 'bogus' }), 'InvalidMarkerException');
  });

  it('works in every key state and on AWS managed keys; key ID or ARN only', async () => {
    const t = kmsLab();
    const doomed = await t.createKey({ alias: 'alias/doomed' });
    await t.kms('TagResource', { KeyId: doomed, Tags: [{ TagKey: 'k', TagValue: 'v' }] });
    await t.kms('ScheduleKeyDeletion', { KeyId: doomed });
    expect((await t.kms('ListResourceTags', { KeyId: doomed })).Tags).toEqual([{ TagKey: 'k', TagValue: 'v' }]);
    const external = await t.createKey({ origin: 'EXTERNAL' });
    expect((await t.kms('ListResourceTags', { KeyId: external })).Tags).toEqual([]);
    const managed = (await t.kms('DescribeKey', { KeyId: 'alias/aws/s3' })).KeyMetadata;
    expect((await t.kms('ListResourceTags', { KeyId: managed.KeyId })).Tags).toEqual([]);
    await t.expectError(t.kms('ListResourceTags', { KeyId: 'alias/doomed' }), 'NotFoundException', "Invalid keyId 'alias/doomed'");
  });

  it('needs kms:ListResourceTags: IAM through the account statement, or the key policy naming the user', async () => {
    const t = kmsLab();
    const nobody = await t.user('nobody');
    const keyId = await t.createKey();
    await t.expectError(
      t.kms('ListResourceTags', { KeyId: keyId }, { as: nobody }),
      'AccessDeniedException',
      `User: ${nobody.arn} is not authorized to perform: kms:ListResourceTags on resource: ${keyArn('us-east-1', keyId)} because no identity-based policy allows the kms:ListResourceTags action`,
    );
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: rootArn() }, Action: 'kms:*', Resource: '*' },
        { Effect: 'Allow', Principal: { AWS: nobody.arn }, Action: 'kms:ListResourceTags', Resource: '*' },
      ],
    });
    const named = await t.createKey({ policy });
    expect((await t.kms('ListResourceTags', { KeyId: named }, { as: nobody })).Tags).toEqual([]);
  });
});
