import { describe, expect, it } from 'vitest';
import { aliasArn, keyArn, rootArn } from '@/core';
import { kmsLab } from '@/kms/testing/harness';

const aliasesOf = async (t: ReturnType<typeof kmsLab>, keyId: string) =>
  ((await t.kms('ListAliases', { KeyId: keyId })).Aliases as { AliasName: string }[]).map((a) => a.AliasName);

/** A key policy that keeps the account statement and names `user` directly for `actions`. */
const policyNaming = (user: string, actions: string[]) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: rootArn() }, Action: 'kms:*', Resource: '*' },
      { Sid: 'Direct', Effect: 'Allow', Principal: { AWS: user }, Action: actions, Resource: '*' },
    ],
  });

describe('CreateAlias', () => {
  it('names a key; the alias then works wherever a key is accepted', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await expect(t.kms('CreateAlias', { AliasName: 'alias/myCMK', TargetKeyId: keyId })).resolves.toEqual({});
    const { Aliases } = await t.kms('ListAliases', { KeyId: keyId });
    expect(Aliases).toEqual([
      {
        AliasName: 'alias/myCMK',
        AliasArn: aliasArn('us-east-1', 'alias/myCMK'),
        TargetKeyId: keyId,
        CreationDate: new Date(Date.UTC(2026, 0, 1)),
        LastUpdatedDate: new Date(Date.UTC(2026, 0, 1)),
      },
    ]);
    expect((await t.kms('DescribeKey', { KeyId: 'alias/myCMK' })).KeyMetadata.KeyId).toBe(keyId);
    expect(await t.decryptText(await t.encrypt('alias/myCMK', 'hi'))).toBe('hi');
  });

  it('accepts the key ARN, several aliases per key, case-sensitive names, and the same name in another Region', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.kms('CreateAlias', { AliasName: 'alias/a', TargetKeyId: keyArn('us-east-1', keyId) });
    await t.kms('CreateAlias', { AliasName: 'alias/A', TargetKeyId: keyId });
    expect(await aliasesOf(t, keyId)).toEqual(['alias/A', 'alias/a']);
    const other = await t.createKey({ region: 'eu-west-1' });
    await t.kms('CreateAlias', { AliasName: 'alias/a', TargetKeyId: other }, { region: 'eu-west-1' });
  });

  it('requires the alias/ prefix, with AWS text and link', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.expectError(
      t.kms('CreateAlias', { AliasName: 'myCMK', TargetKeyId: keyId }),
      'ValidationException',
      'Alias must start with the prefix "alias/". Please see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html',
    );
  });

  it('reserves alias/aws/ with a NotAuthorizedException that has no message', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const e = await t.expectError(t.kms('CreateAlias', { AliasName: 'alias/aws/mine', TargetKeyId: keyId }), 'NotAuthorizedException', '');
    expect(e.hasMessage).toBe(false);
  });

  it('checks the characters (regex, then the colon the regex allows) and the length', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.expectError(
      t.kms('CreateAlias', { AliasName: 'alias/my-alias!', TargetKeyId: keyId }),
      'ValidationException',
      "1 validation error detected: Value 'alias/my-alias!' at 'aliasName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9:/_-]+$",
    );
    await t.expectError(
      t.kms('CreateAlias', { AliasName: 'alias/my:alias', TargetKeyId: keyId }),
      'ValidationException',
      'alias/my:alias contains invalid characters for an alias',
    );
    const long = `alias/${'a'.repeat(251)}`;
    await t.expectError(
      t.kms('CreateAlias', { AliasName: long, TargetKeyId: keyId }),
      'ValidationException',
      `1 validation error detected: Value '${long}' at 'aliasName' failed to satisfy constraint: Member must have length less than or equal to 256`,
    );
    await t.kms('CreateAlias', { AliasName: `alias/${'a'.repeat(250)}`, TargetKeyId: keyId });
  });

  it('refuses a name that exists, naming the alias ARN', async () => {
    const t = kmsLab();
    const a = await t.createKey({ alias: 'alias/dup' });
    const b = await t.createKey();
    await t.expectError(
      t.kms('CreateAlias', { AliasName: 'alias/dup', TargetKeyId: b }),
      'AlreadyExistsException',
      'An alias with the name arn:aws:kms:us-east-1:111122223333:alias/dup already exists',
    );
    expect(await aliasesOf(t, a)).toEqual(['alias/dup']);
  });

  it('targets keys only: an alias, an alias ARN or an unknown key is NotFoundException', async () => {
    const t = kmsLab();
    await t.createKey({ alias: 'alias/first' });
    await t.expectError(t.kms('CreateAlias', { AliasName: 'alias/second', TargetKeyId: 'alias/first' }), 'NotFoundException', "Invalid keyId 'alias/first'");
    const arn = aliasArn('us-east-1', 'alias/first');
    await t.expectError(t.kms('CreateAlias', { AliasName: 'alias/second', TargetKeyId: arn }), 'NotFoundException', `Invalid keyId '${arn}'`);
    const missing = '00000000-0000-4000-8000-000000000000';
    await t.expectError(
      t.kms('CreateAlias', { AliasName: 'alias/second', TargetKeyId: missing }),
      'NotFoundException',
      `Key '${keyArn('us-east-1', missing)}' does not exist`,
    );
  });

  it('accepts Disabled and PendingImport targets, not a key pending deletion', async () => {
    const t = kmsLab();
    const disabled = await t.createKey();
    await t.kms('DisableKey', { KeyId: disabled });
    await t.kms('CreateAlias', { AliasName: 'alias/disabled', TargetKeyId: disabled });
    const external = await t.createKey({ origin: 'EXTERNAL' });
    await t.kms('CreateAlias', { AliasName: 'alias/external', TargetKeyId: external });
    const doomed = await t.createKey();
    await t.kms('ScheduleKeyDeletion', { KeyId: doomed, PendingWindowInDays: 7 });
    await t.expectError(
      t.kms('CreateAlias', { AliasName: 'alias/doomed', TargetKeyId: doomed }),
      'KMSInvalidStateException',
      `${keyArn('us-east-1', doomed)} is pending deletion.`,
    );
  });

  it('allows 50 aliases per key', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    for (let i = 0; i < 50; i++) await t.kms('CreateAlias', { AliasName: `alias/n${i}`, TargetKeyId: keyId });
    await t.expectError(
      t.kms('CreateAlias', { AliasName: 'alias/n50', TargetKeyId: keyId }),
      'LimitExceededException',
      'Aliases per key quota for this account in this region is 50, current usage is 50.',
    );
    await t.kms('CreateAlias', { AliasName: 'alias/n50', TargetKeyId: await t.createKey() });
  });

  it('cannot point an alias at an AWS managed key', async () => {
    const t = kmsLab();
    const managed = (await t.kms('DescribeKey', { KeyId: 'alias/aws/s3' })).KeyMetadata;
    await t.expectError(
      t.kms('CreateAlias', { AliasName: 'alias/my-s3', TargetKeyId: managed.KeyId }),
      'AccessDeniedException',
      `User: ${rootArn()} is not authorized to perform: kms:CreateAlias on resource: ${managed.Arn} because no resource-based policy allows the kms:CreateAlias action`,
    );
  });

  it('needs kms:CreateAlias on the alias (IAM) and on the key (key policy)', async () => {
    const t = kmsLab();
    const nobody = await t.user('nobody');
    const keyId = await t.createKey();
    await t.expectError(
      t.kms('CreateAlias', { AliasName: 'alias/x', TargetKeyId: keyId }, { as: nobody }),
      'AccessDeniedException',
      `User: ${nobody.arn} is not authorized to perform: kms:CreateAlias on resource: ${aliasArn('us-east-1', 'alias/x')} because no identity-based policy allows the kms:CreateAlias action`,
    );
    // Allowed on aliases only: the key (default policy, delegating to IAM) still refuses.
    const aliasOnly = await t.user('alias-only');
    const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:CreateAlias', Resource: 'arn:aws:kms:*:111122223333:alias/*' }] };
    await t.iam('PutUserPolicy', { UserName: 'alias-only', PolicyName: 'aliases', PolicyDocument: JSON.stringify(doc) });
    await t.expectError(
      t.kms('CreateAlias', { AliasName: 'alias/x', TargetKeyId: keyId }, { as: aliasOnly }),
      'AccessDeniedException',
      `User: ${aliasOnly.arn} is not authorized to perform: kms:CreateAlias on resource: ${keyArn('us-east-1', keyId)} because no identity-based policy allows the kms:CreateAlias action`,
    );
    // A key policy naming the user directly supplies the key half.
    const named = await t.createKey({ policy: policyNaming(aliasOnly.arn, ['kms:CreateAlias']) });
    await t.kms('CreateAlias', { AliasName: 'alias/x', TargetKeyId: named }, { as: aliasOnly });
    const admin = await t.user('admin', ['AdministratorAccess']);
    await t.kms('CreateAlias', { AliasName: 'alias/y', TargetKeyId: keyId }, { as: admin });
    expect(await aliasesOf(t, named)).toEqual(['alias/x']);
  });
});
