import { describe, expect, it } from 'vitest';
import { aliasArn, keyArn, rootArn } from '@/core';
import { kmsLab } from '@/kms/testing/harness';

type Lab = ReturnType<typeof kmsLab>;
const aliasEntry = async (t: Lab, name: string) =>
  ((await t.kms('ListAliases', {})).Aliases as { AliasName: string; TargetKeyId?: string; CreationDate?: Date; LastUpdatedDate?: Date }[]).find(
    (a) => a.AliasName === name,
  );

describe('UpdateAlias', () => {
  it('points the alias at another key and updates LastUpdatedDate only', async () => {
    const t = kmsLab();
    const a = await t.createKey({ alias: 'alias/app' });
    const oldBlob = await t.encrypt('alias/app', 'old');
    const b = await t.createKey();
    await t.days(3);
    await expect(t.kms('UpdateAlias', { AliasName: 'alias/app', TargetKeyId: keyArn('us-east-1', b) })).resolves.toEqual({});
    const entry = await aliasEntry(t, 'alias/app');
    expect(entry).toMatchObject({ TargetKeyId: b, CreationDate: new Date(Date.UTC(2026, 0, 1)), LastUpdatedDate: new Date(Date.UTC(2026, 0, 4)) });
    expect((await t.kms('DescribeKey', { KeyId: 'alias/app' })).KeyMetadata.KeyId).toBe(b);
    // Ciphertexts name their key, not the alias: the old blob still decrypts under key a.
    expect((await t.kms('Decrypt', { CiphertextBlob: oldBlob })).KeyId).toBe(keyArn('us-east-1', a));
  });

  it('is a no-op when the alias already names the key', async () => {
    const t = kmsLab();
    const a = await t.createKey({ alias: 'alias/app' });
    await t.days(1);
    await t.kms('UpdateAlias', { AliasName: 'alias/app', TargetKeyId: a });
    expect((await aliasEntry(t, 'alias/app'))?.LastUpdatedDate).toEqual(new Date(Date.UTC(2026, 0, 1)));
  });

  it('answers NotFoundException for an unknown alias or key, and refuses an alias as target', async () => {
    const t = kmsLab();
    const a = await t.createKey({ alias: 'alias/app' });
    await t.expectError(
      t.kms('UpdateAlias', { AliasName: 'alias/nope', TargetKeyId: a }),
      'NotFoundException',
      `Alias ${aliasArn('us-east-1', 'alias/nope')} is not found.`,
    );
    const missing = '00000000-0000-4000-8000-000000000000';
    await t.expectError(
      t.kms('UpdateAlias', { AliasName: 'alias/app', TargetKeyId: missing }),
      'NotFoundException',
      `Key '${keyArn('us-east-1', missing)}' does not exist`,
    );
    await t.expectError(t.kms('UpdateAlias', { AliasName: 'alias/app', TargetKeyId: 'alias/app' }), 'NotFoundException', "Invalid keyId 'alias/app'");
  });

  it('checks the prefix and keeps alias/aws/ reserved', async () => {
    const t = kmsLab();
    const a = await t.createKey();
    await t.expectError(
      t.kms('UpdateAlias', { AliasName: 'app', TargetKeyId: a }),
      'ValidationException',
      'Alias must start with the prefix "alias/". Please see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html',
    );
    await t.kms('DescribeKey', { KeyId: 'alias/aws/s3' });
    await t.expectError(t.kms('UpdateAlias', { AliasName: 'alias/aws/s3', TargetKeyId: a }), 'NotAuthorizedException', '');
  });

  it('refuses a new key pending deletion; the current key may be pending deletion', async () => {
    const t = kmsLab();
    const a = await t.createKey({ alias: 'alias/app' });
    const b = await t.createKey();
    await t.kms('ScheduleKeyDeletion', { KeyId: b, PendingWindowInDays: 7 });
    await t.expectError(
      t.kms('UpdateAlias', { AliasName: 'alias/app', TargetKeyId: b }),
      'KMSInvalidStateException',
      `${keyArn('us-east-1', b)} is pending deletion.`,
    );
    await t.kms('ScheduleKeyDeletion', { KeyId: a, PendingWindowInDays: 7 });
    const c = await t.createKey({ origin: 'EXTERNAL' });
    await t.kms('UpdateAlias', { AliasName: 'alias/app', TargetKeyId: c });
    expect((await aliasEntry(t, 'alias/app'))?.TargetKeyId).toBe(c);
  });

  it('respects the 50 aliases per key quota of the new key', async () => {
    const t = kmsLab();
    const full = await t.createKey();
    for (let i = 0; i < 50; i++) await t.kms('CreateAlias', { AliasName: `alias/n${i}`, TargetKeyId: full });
    await t.createKey({ alias: 'alias/app' });
    await t.expectError(
      t.kms('UpdateAlias', { AliasName: 'alias/app', TargetKeyId: full }),
      'LimitExceededException',
      'Aliases per key quota for this account in this region is 50, current usage is 50.',
    );
  });

  it('cannot point an alias at an AWS managed key', async () => {
    const t = kmsLab();
    await t.createKey({ alias: 'alias/app' });
    const managed = (await t.kms('DescribeKey', { KeyId: 'alias/aws/ebs' })).KeyMetadata;
    await t.expectError(
      t.kms('UpdateAlias', { AliasName: 'alias/app', TargetKeyId: managed.KeyId }),
      'AccessDeniedException',
      `User: ${rootArn()} is not authorized to perform: kms:UpdateAlias on resource: ${managed.Arn} because no resource-based policy allows the kms:UpdateAlias action`,
    );
  });

  it('needs kms:UpdateAlias on the alias (IAM), the current key and the new key (key policies)', async () => {
    const t = kmsLab();
    const a = await t.createKey({ alias: 'alias/app' });
    const nobody = await t.user('nobody');
    const named = (actions: string[]) =>
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { AWS: rootArn() }, Action: 'kms:*', Resource: '*' },
          { Effect: 'Allow', Principal: { AWS: nobody.arn }, Action: actions, Resource: '*' },
        ],
      });
    const b = await t.createKey({ policy: named(['kms:UpdateAlias']) });
    await t.expectError(
      t.kms('UpdateAlias', { AliasName: 'alias/app', TargetKeyId: b }, { as: nobody }),
      'AccessDeniedException',
      `User: ${nobody.arn} is not authorized to perform: kms:UpdateAlias on resource: ${aliasArn('us-east-1', 'alias/app')} because no identity-based policy allows the kms:UpdateAlias action`,
    );
    const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:UpdateAlias', Resource: 'arn:aws:kms:us-east-1:111122223333:alias/*' }] };
    await t.iam('PutUserPolicy', { UserName: 'nobody', PolicyName: 'aliases', PolicyDocument: JSON.stringify(doc) });
    // The current key (default policy) does not allow the user: the alias stays where it is.
    await t.expectError(
      t.kms('UpdateAlias', { AliasName: 'alias/app', TargetKeyId: b }, { as: nobody }),
      'AccessDeniedException',
      `User: ${nobody.arn} is not authorized to perform: kms:UpdateAlias on resource: ${keyArn('us-east-1', a)} because no identity-based policy allows the kms:UpdateAlias action`,
    );
    await t.kms('PutKeyPolicy', { KeyId: a, Policy: named(['kms:UpdateAlias']) });
    await t.kms('UpdateAlias', { AliasName: 'alias/app', TargetKeyId: b }, { as: nobody });
    expect((await aliasEntry(t, 'alias/app'))?.TargetKeyId).toBe(b);
    // Back to a key whose policy only delegates to IAM: the new key refuses.
    const c = await t.createKey();
    await t.expectError(
      t.kms('UpdateAlias', { AliasName: 'alias/app', TargetKeyId: c }, { as: nobody }),
      'AccessDeniedException',
      `User: ${nobody.arn} is not authorized to perform: kms:UpdateAlias on resource: ${keyArn('us-east-1', c)} because no identity-based policy allows the kms:UpdateAlias action`,
    );
  });
});
