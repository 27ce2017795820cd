import { describe, expect, it } from 'vitest';
import { keyArn, rootArn } from '@/core';
import { kmsLab } from '@/kms/testing/harness';

type Lab = ReturnType<typeof kmsLab>;
const tagsOf = async (t: Lab, keyId: string) => (await t.kms('ListResourceTags', { KeyId: keyId })).Tags;
const tagged = async (t: Lab, o: { origin?: string } = {}) => {
  const keyId = await t.createKey(o);
  await t.kms('TagResource', {
    KeyId: keyId,
    Tags: [
      { TagKey: 'a', TagValue: '1' },
      { TagKey: 'b', TagValue: '2' },
    ],
  });
  return keyId;
};

describe('UntagResource', () => {
  it('removes tags by key and silently ignores keys that are not there', async () => {
    const t = kmsLab();
    const keyId = await tagged(t);
    await expect(t.kms('UntagResource', { KeyId: keyArn('us-east-1', keyId), TagKeys: ['a', 'nope', 'B'] })).resolves.toEqual({});
    expect(await tagsOf(t, keyId)).toEqual([{ TagKey: 'b', TagValue: '2' }]);
  });

  it('validates the members', async () => {
    const t = kmsLab();
    const keyId = await tagged(t);
    await t.expectError(
      t.kms('UntagResource', { KeyId: keyId }),
      'ValidationException',
      "1 validation error detected: Value null at 'tagKeys' failed to satisfy constraint: Member must not be null",
    );
    await t.expectError(
      t.kms('UntagResource', { KeyId: keyId, TagKeys: [''] }),
      'ValidationException',
      "1 validation error detected: Value '' at 'tagKeys.1.member' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  });

  it('untags Disabled and PendingImport keys, not keys pending deletion; key ID or ARN only', async () => {
    const t = kmsLab();
    const disabled = await tagged(t);
    await t.kms('DisableKey', { KeyId: disabled });
    await t.kms('UntagResource', { KeyId: disabled, TagKeys: ['a'] });
    const external = await tagged(t, { origin: 'EXTERNAL' });
    await t.kms('UntagResource', { KeyId: external, TagKeys: ['a'] });
    expect(await tagsOf(t, external)).toEqual([{ TagKey: 'b', TagValue: '2' }]);
    const doomed = await tagged(t);
    await t.kms('ScheduleKeyDeletion', { KeyId: doomed });
    await t.expectError(
      t.kms('UntagResource', { KeyId: doomed, TagKeys: ['a'] }),
      'KMSInvalidStateException',
      `${keyArn('us-east-1', doomed)} is pending deletion.`,
    );
    expect(await tagsOf(t, doomed)).toHaveLength(2);
    await t.kms('CreateAlias', { AliasName: 'alias/app', TargetKeyId: disabled });
    await t.expectError(t.kms('UntagResource', { KeyId: 'alias/app', TagKeys: ['a'] }), 'NotFoundException', "Invalid keyId 'alias/app'");
  });

  it('cannot untag an AWS managed key', async () => {
    const t = kmsLab();
    const managed = (await t.kms('DescribeKey', { KeyId: 'alias/aws/s3' })).KeyMetadata;
    await t.expectError(
      t.kms('UntagResource', { KeyId: managed.KeyId, TagKeys: ['a'] }),
      'AccessDeniedException',
      `User: ${rootArn()} is not authorized to perform: kms:UntagResource on resource: ${managed.Arn} because no resource-based policy allows the kms:UntagResource action`,
    );
  });

  it('needs kms:UntagResource: IAM through the account statement, or the key policy naming the user', async () => {
    const t = kmsLab();
    const nobody = await t.user('nobody');
    const keyId = await tagged(t);
    await t.expectError(
      t.kms('UntagResource', { KeyId: keyId, TagKeys: ['a'] }, { as: nobody }),
      'AccessDeniedException',
      `User: ${nobody.arn} is not authorized to perform: kms:UntagResource on resource: ${keyArn('us-east-1', keyId)} because no identity-based policy allows the kms:UntagResource action`,
    );
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: rootArn() }, Action: 'kms:*', Resource: '*' },
        { Effect: 'Allow', Principal: { AWS: nobody.arn }, Action: 'kms:UntagResource', Resource: '*' },
      ],
    });
    await t.kms('PutKeyPolicy', { KeyId: keyId, Policy: policy });
    await t.kms('UntagResource', { KeyId: keyId, TagKeys: ['a'] }, { as: nobody });
    expect(await tagsOf(t, keyId)).toEqual([{ TagKey: 'b', TagValue: '2' }]);
  });
});
