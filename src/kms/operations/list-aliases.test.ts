import { describe, expect, it } from 'vitest';
import { aliasArn, keyArn } from '@/core';
import { AWS_MANAGED_SERVICES } from '@/kms/model/aws-managed';
import { kmsLab } from '@/kms/testing/harness';

const PREDEFINED = Object.keys(AWS_MANAGED_SERVICES).map((s) => `alias/aws/${s}`);

describe('ListAliases', () => {
  it('lists the predefined AWS aliases without TargetKeyId in a fresh account', async () => {
    const t = kmsLab();
    const out = await t.kms('ListAliases');
    expect(out.Truncated).toBe(false);
    expect(out.NextMarker).toBeUndefined();
    expect(out.Aliases).toHaveLength(PREDEFINED.length);
    expect(out.Aliases[0]).toEqual({ AliasName: 'alias/aws/acm', AliasArn: aliasArn('us-east-1', 'alias/aws/acm') });
    expect(out.Aliases.map((a: { AliasName: string }) => a.AliasName)).toEqual([...PREDEFINED].sort());
  });

  it('gives a predefined alias its TargetKeyId once the AWS managed key exists', async () => {
    const t = kmsLab();
    const managed = (await t.kms('DescribeKey', { KeyId: 'alias/aws/s3' })).KeyMetadata;
    const { Aliases } = await t.kms('ListAliases');
    expect(Aliases.find((a: { AliasName: string }) => a.AliasName === 'alias/aws/s3')).toEqual({
      AliasName: 'alias/aws/s3',
      AliasArn: aliasArn('us-east-1', 'alias/aws/s3'),
      TargetKeyId: managed.KeyId,
      CreationDate: new Date(Date.UTC(2026, 0, 1)),
      LastUpdatedDate: new Date(Date.UTC(2026, 0, 1)),
    });
    expect(Aliases).toHaveLength(PREDEFINED.length);
    expect((await t.kms('ListAliases', { KeyId: managed.KeyId })).Aliases.map((a: { AliasName: string }) => a.AliasName)).toEqual(['alias/aws/s3']);
  });

  it('filters by key ID or key ARN (bare key ID as TargetKeyId), including keys pending deletion', async () => {
    const t = kmsLab();
    const a = await t.createKey({ alias: 'alias/b-app' });
    await t.kms('CreateAlias', { AliasName: 'alias/a-app', TargetKeyId: a });
    await t.createKey({ alias: 'alias/other' });
    const byId = await t.kms('ListAliases', { KeyId: a });
    expect(byId.Aliases.map((x: { AliasName: string; TargetKeyId: string }) => [x.AliasName, x.TargetKeyId])).toEqual([
      ['alias/a-app', a],
      ['alias/b-app', a],
    ]);
    expect(await t.kms('ListAliases', { KeyId: keyArn('us-east-1', a) })).toEqual(byId);
    await t.kms('ScheduleKeyDeletion', { KeyId: a });
    expect((await t.kms('ListAliases', { KeyId: a })).Aliases).toHaveLength(2);
    expect((await t.kms('ListAliases', { KeyId: await t.createKey() })).Aliases).toEqual([]);
  });

  it('accepts only a key ID or key ARN as KeyId', async () => {
    const t = kmsLab();
    await t.createKey({ alias: 'alias/app' });
    await t.expectError(t.kms('ListAliases', { KeyId: 'alias/app' }), 'NotFoundException', "Invalid keyId 'alias/app'");
    const missing = '00000000-0000-4000-8000-000000000000';
    await t.expectError(t.kms('ListAliases', { KeyId: missing }), 'NotFoundException', `Key '${keyArn('us-east-1', missing)}' does not exist`);
  });

  it('pages with Limit (1-100, default 50) and an opaque marker', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const keyB = await t.createKey();
    for (let i = 0; i < 45; i++) await t.kms('CreateAlias', { AliasName: `alias/k${String(i).padStart(2, '0')}`, TargetKeyId: i < 30 ? keyId : keyB });
    const total = 45 + PREDEFINED.length;
    const first = await t.kms('ListAliases');
    expect(first.Aliases).toHaveLength(50);
    expect(first.Truncated).toBe(true);
    const second = await t.kms('ListAliases', { Marker: first.NextMarker });
    expect(second.Aliases).toHaveLength(total - 50);
    expect(second.Truncated).toBe(false);
    expect(second.NextMarker).toBeUndefined();
    const paged = await t.kms('ListAliases', { KeyId: keyId, Limit: 20 });
    expect(paged.Aliases).toHaveLength(20);
    expect((await t.kms('ListAliases', { KeyId: keyId, Limit: 20, Marker: paged.NextMarker })).Aliases).toHaveLength(10);
    await t.expectError(
      t.kms('ListAliases', { Limit: 101 }),
      'ValidationException',
      "1 validation error detected: Value '101' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 100",
    );
    await t.expectError(
      t.kms('ListAliases', { Limit: 0 }),
      'ValidationException',
      "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
    await t.expectError(t.kms('ListAliases', { Marker: 'bogus' }), 'InvalidMarkerException');
  });

  it('lists each Region separately', async () => {
    const t = kmsLab();
    await t.createKey({ alias: 'alias/east' });
    await t.createKey({ alias: 'alias/west', region: 'us-west-2' });
    const west = await t.kms('ListAliases', {}, { region: 'us-west-2' });
    const custom = west.Aliases.filter((a: { AliasName: string }) => !a.AliasName.startsWith('alias/aws/'));
    expect(custom.map((a: { AliasArn: string }) => a.AliasArn)).toEqual([aliasArn('us-west-2', 'alias/west')]);
  });

  it('is an IAM-only permission, also with KeyId', async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ alias: 'alias/app' });
    const nobody = await t.user('nobody');
    await t.expectError(
      t.kms('ListAliases', {}, { as: nobody }),
      'AccessDeniedException',
      `User: ${nobody.arn} is not authorized to perform: kms:ListAliases on resource: * because no identity-based policy allows the kms:ListAliases action`,
    );
    const reader = await t.user('reader', ['ReadOnlyAccess']);
    expect((await t.kms('ListAliases', { KeyId: keyId }, { as: reader })).Aliases).toHaveLength(1);
  });
});
