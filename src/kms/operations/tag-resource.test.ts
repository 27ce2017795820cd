import { describe, expect, it } from 'vitest';
import { keyArn, rootArn } from '@/core';
import { kmsLab } from '@/kms/testing/harness';

const tagsOf = async (t: ReturnType<typeof kmsLab>, keyId: string) => (await t.kms('ListResourceTags', { KeyId: keyId })).Tags;

describe('TagResource', () => {
  it('adds tags and replaces the value of an existing tag key', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await expect(
      t.kms('TagResource', {
        KeyId: keyId,
        Tags: [
          { TagKey: 'Project', TagValue: 'Alpha' },
          { TagKey: 'Owner', TagValue: '' },
        ],
      }),
    ).resolves.toEqual({});
    await t.kms('TagResource', { KeyId: keyArn('us-east-1', keyId), Tags: [{ TagKey: 'Project', TagValue: 'Beta' }] });
    expect(await tagsOf(t, keyId)).toEqual([
      { TagKey: 'Owner', TagValue: '' },
      { TagKey: 'Project', TagValue: 'Beta' },
    ]);
  });

  it('applies the tag rules: reserved aws: prefix, duplicates, 50 tags', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.expectError(
      t.kms('TagResource', { KeyId: keyId, Tags: [{ TagKey: 'AWS:x', TagValue: 'v' }] }),
      'TagException',
      'Tags beginning with aws: are reserved',
    );
    await t.expectError(
      t.kms('TagResource', {
        KeyId: keyId,
        Tags: [
          { TagKey: 'a', TagValue: '1' },
          { TagKey: 'a', TagValue: '2' },
        ],
      }),
      'TagException',
      'Duplicate tag keys',
    );
    const fifty = Array.from({ length: 50 }, (_, i) => ({ TagKey: `k${i}`, TagValue: 'v' }));
    await t.kms('TagResource', { KeyId: keyId, Tags: fifty });
    await t.kms('TagResource', { KeyId: keyId, Tags: [{ TagKey: 'k0', TagValue: 'replaced' }] });
    await t.expectError(t.kms('TagResource', { KeyId: keyId, Tags: [{ TagKey: 'one-more', TagValue: 'v' }] }), 'TagException', 'Too many tags');
    expect(await tagsOf(t, keyId)).toHaveLength(50);
  });

  it('validates the members in Coral wording', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.expectError(
      t.kms('TagResource', { KeyId: keyId }),
      'ValidationException',
      "1 validation error detected: Value null at 'tags' failed to satisfy constraint: Member must not be null",
    );
    await t.expectError(
      t.kms('TagResource', {
        KeyId: keyId,
        Tags: [
          { TagKey: 'ok', TagValue: '' },
          { TagKey: '', TagValue: 'v' },
        ],
      }),
      'ValidationException',
      "1 validation error detected: Value '' at 'tags.2.member.tagKey' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
    const long = 'v'.repeat(257);
    await t.expectError(
      t.kms('TagResource', { KeyId: keyId, Tags: [{ TagKey: 'k', TagValue: long }] }),
      'ValidationException',
      `1 validation error detected: Value '${long}' at 'tags.1.member.tagValue' failed to satisfy constraint: Member must have length less than or equal to 256`,
    );
  });

  it('tags Disabled and PendingImport keys, not keys pending deletion; key ID or ARN only', async () => {
    const t = kmsLab();
    const disabled = await t.createKey();
    await t.kms('DisableKey', { KeyId: disabled });
    const external = await t.createKey({ origin: 'EXTERNAL', alias: 'alias/ext' });
    for (const keyId of [disabled, external]) await t.kms('TagResource', { KeyId: keyId, Tags: [{ TagKey: 'k', TagValue: 'v' }] });
    const doomed = await t.createKey();
    await t.kms('ScheduleKeyDeletion', { KeyId: doomed });
    await t.expectError(
      t.kms('TagResource', { KeyId: doomed, Tags: [{ TagKey: 'k', TagValue: 'v' }] }),
      'KMSInvalidStateException',
      `${keyArn('us-east-1', doomed)} is pending deletion.`,
    );
    await t.expectError(t.kms('TagResource', { KeyId: 'alias/ext', Tags: [{ TagKey: 'k', TagValue: 'v' }] }), 'NotFoundException', "Invalid keyId 'alias/ext'");
  });

  it('cannot tag an AWS managed key', async () => {
    const t = kmsLab();
    const managed = (await t.kms('DescribeKey', { KeyId: 'alias/aws/s3' })).KeyMetadata;
    await t.expectError(
      t.kms('TagResource', { KeyId: managed.KeyId, Tags: [{ TagKey: 'k', TagValue: 'v' }] }),
      'AccessDeniedException',
      `User: ${rootArn()} is not authorized to perform: kms:TagResource on resource: ${managed.Arn} because no resource-based policy allows the kms:TagResource action`,
    );
    expect(await tagsOf(t, managed.KeyId)).toEqual([]);
  });

  it('needs kms:TagResource: IAM through the account statement, or the key policy naming the user', async () => {
    const t = kmsLab();
    const nobody = await t.user('nobody');
    const keyId = await t.createKey();
    await t.expectError(
      t.kms('TagResource', { KeyId: keyId, Tags: [{ TagKey: 'k', TagValue: 'v' }] }, { as: nobody }),
      'AccessDeniedException',
      `User: ${nobody.arn} is not authorized to perform: kms:TagResource on resource: ${keyArn('us-east-1', keyId)} because no identity-based policy allows the kms:TagResource action`,
    );
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: rootArn() }, Action: 'kms:*', Resource: '*' },
        { Effect: 'Allow', Principal: { AWS: nobody.arn }, Action: 'kms:TagResource', Resource: '*' },
      ],
    });
    const named = await t.createKey({ policy });
    await t.kms('TagResource', { KeyId: named, Tags: [{ TagKey: 'k', TagValue: 'v' }] }, { as: nobody });
    expect(await tagsOf(t, named)).toEqual([{ TagKey: 'k', TagValue: 'v' }]);
  });
});
