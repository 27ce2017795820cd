import { describe, expect, it } from 'vitest';
import { aliasArn, keyArn, rootArn } from '@/core';
import { kmsLab } from '@/kms/testing/harness';

const names = async (t: ReturnType<typeof kmsLab>) =>
  ((await t.kms('ListAliases', {})).Aliases as { AliasName: string }[]).map((a) => a.AliasName).filter((n) => !n.startsWith('alias/aws/'));

describe('DeleteAlias', () => {
  it('deletes the alias, not the key', async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ alias: 'alias/app' });
    await t.kms('CreateAlias', { AliasName: 'alias/other', TargetKeyId: keyId });
    await expect(t.kms('DeleteAlias', { AliasName: 'alias/app' })).resolves.toEqual({});
    expect(await names(t)).toEqual(['alias/other']);
    expect((await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata.KeyState).toBe('Enabled');
    await t.expectError(t.kms('DescribeKey', { KeyId: 'alias/app' }), 'NotFoundException', `Alias ${aliasArn('us-east-1', 'alias/app')} is not found.`);
  });

  it('works whatever the state of the key', async () => {
    const t = kmsLab();
    const disabled = await t.createKey({ alias: 'alias/disabled' });
    await t.kms('DisableKey', { KeyId: disabled });
    const doomed = await t.createKey({ alias: 'alias/doomed' });
    await t.kms('ScheduleKeyDeletion', { KeyId: doomed });
    await t.createKey({ alias: 'alias/external', origin: 'EXTERNAL' });
    for (const name of ['alias/disabled', 'alias/doomed', 'alias/external']) await t.kms('DeleteAlias', { AliasName: name });
    expect(await names(t)).toEqual([]);
  });

  it('answers NotFoundException naming the alias ARN, ValidationException without the prefix', async () => {
    const t = kmsLab();
    await t.expectError(
      t.kms('DeleteAlias', { AliasName: 'alias/nope' }),
      'NotFoundException',
      'Alias arn:aws:kms:us-east-1:111122223333:alias/nope is not found.',
    );
    await t.expectError(
      t.kms('DeleteAlias', { AliasName: 'nope' }),
      'ValidationException',
      'Alias must start with the prefix "alias/". Please see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html',
    );
    await t.expectError(
      t.kms('DeleteAlias', { AliasName: 'alias/no pe' }),
      'ValidationException',
      "1 validation error detected: Value 'alias/no pe' at 'aliasName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9:/_-]+$",
    );
  });

  it('cannot delete the alias of an AWS managed key', async () => {
    const t = kmsLab();
    await t.kms('DescribeKey', { KeyId: 'alias/aws/s3' });
    const e = await t.expectError(t.kms('DeleteAlias', { AliasName: 'alias/aws/s3' }), 'NotAuthorizedException', '');
    expect(e.hasMessage).toBe(false);
    expect((await t.kms('DescribeKey', { KeyId: 'alias/aws/s3' })).KeyMetadata.KeyManager).toBe('AWS');
  });

  it('needs kms:DeleteAlias on the alias (IAM) and on the key (key policy)', async () => {
    const t = kmsLab();
    const nobody = await t.user('nobody');
    const keyId = await t.createKey({ alias: 'alias/app' });
    await t.expectError(
      t.kms('DeleteAlias', { AliasName: 'alias/app' }, { as: nobody }),
      'AccessDeniedException',
      `User: ${nobody.arn} is not authorized to perform: kms:DeleteAlias on resource: ${aliasArn('us-east-1', 'alias/app')} because no identity-based policy allows the kms:DeleteAlias action`,
    );
    const doc = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'kms:DeleteAlias', Resource: 'arn:aws:kms:us-east-1:111122223333:alias/app' }],
    };
    await t.iam('PutUserPolicy', { UserName: 'nobody', PolicyName: 'aliases', PolicyDocument: JSON.stringify(doc) });
    await t.expectError(
      t.kms('DeleteAlias', { AliasName: 'alias/app' }, { as: nobody }),
      'AccessDeniedException',
      `User: ${nobody.arn} is not authorized to perform: kms:DeleteAlias on resource: ${keyArn('us-east-1', keyId)} because no identity-based policy allows the kms:DeleteAlias action`,
    );
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: rootArn() }, Action: 'kms:*', Resource: '*' },
        { Effect: 'Allow', Principal: { AWS: nobody.arn }, Action: 'kms:DeleteAlias', Resource: '*' },
      ],
    });
    await t.kms('PutKeyPolicy', { KeyId: keyId, Policy: policy });
    await t.kms('DeleteAlias', { AliasName: 'alias/app' }, { as: nobody });
    expect(await names(t)).toEqual([]);
  });
});
