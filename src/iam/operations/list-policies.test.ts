import { describe, expect, it } from 'vitest';
import { attachUserPolicy } from './attach-user-policy';
import { listPolicies } from './list-policies';
import { call, KMS_POWER_ARN, makeCtx } from './testing';

describe('ListPolicies', () => {
  it('lists the AWS managed policies with live attachment counts', async () => {
    const ctx = makeCtx();
    const out = await call(listPolicies, ctx, {});
    expect(out.IsTruncated).toBe(false);
    expect(out.Policies.map((p) => p.PolicyName)).toEqual([
      'AdministratorAccess',
      'AWSKeyManagementServicePowerUser',
      'IAMReadOnlyAccess',
      'PowerUserAccess',
      'ReadOnlyAccess',
    ]);
    expect(out.Policies[0]).toEqual({
      PolicyName: 'AdministratorAccess',
      PolicyId: 'ANPAIWMBCKSKIEE64ZLYK',
      Arn: 'arn:aws:iam::aws:policy/AdministratorAccess',
      Path: '/',
      DefaultVersionId: 'v1',
      AttachmentCount: 1,
      PermissionsBoundaryUsageCount: 0,
      IsAttachable: true,
      CreateDate: new Date('2015-02-06T18:39:46Z'),
      UpdateDate: new Date('2015-02-06T18:39:46Z'),
    });
  });

  it('honours Scope, OnlyAttached, PolicyUsageFilter and paging', async () => {
    const ctx = makeCtx();
    expect(await call(listPolicies, ctx, { Scope: 'Local' })).toEqual({ Policies: [], IsTruncated: false });
    expect((await call(listPolicies, ctx, { Scope: 'AWS' })).Policies).toHaveLength(5);
    await call(attachUserPolicy, ctx, { UserName: 'lab-admin', PolicyArn: KMS_POWER_ARN });
    expect((await call(listPolicies, ctx, { OnlyAttached: true })).Policies.map((p) => p.PolicyName)).toEqual([
      'AdministratorAccess',
      'AWSKeyManagementServicePowerUser',
    ]);
    expect((await call(listPolicies, ctx, { PolicyUsageFilter: 'PermissionsBoundary' })).Policies).toEqual([]);
    const page = await call(listPolicies, ctx, { MaxItems: 2 });
    expect(page.IsTruncated).toBe(true);
    expect((await call(listPolicies, ctx, { Marker: page.Marker })).Policies).toHaveLength(3);
  });

  it('rejects a Scope outside its enum', async () => {
    await expect(call(listPolicies, makeCtx(), { Scope: 'Mine' as never })).rejects.toMatchObject({
      message: expect.stringContaining("at 'scope' failed to satisfy constraint: Member must satisfy enum value set: [All, AWS, Local]"),
    });
  });
});
