import { describe, expect, it } from 'vitest';
import { attachUserPolicy } from './attach-user-policy';
import { listAttachedUserPolicies } from './list-attached-user-policies';
import { call, KMS_POWER_ARN, makeCtx } from './testing';

describe('ListAttachedUserPolicies', () => {
  it('lists name and ARN of each managed policy, sorted, with paging', async () => {
    const ctx = makeCtx();
    expect(await call(listAttachedUserPolicies, ctx, { UserName: 'lab-admin' })).toEqual({
      AttachedPolicies: [{ PolicyName: 'AdministratorAccess', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }],
      IsTruncated: false,
    });
    await call(attachUserPolicy, ctx, { UserName: 'lab-admin', PolicyArn: KMS_POWER_ARN });
    const page = await call(listAttachedUserPolicies, ctx, { UserName: 'lab-admin', MaxItems: 1 });
    expect(page).toMatchObject({ AttachedPolicies: [{ PolicyName: 'AdministratorAccess' }], IsTruncated: true });
    const rest = await call(listAttachedUserPolicies, ctx, { UserName: 'lab-admin', Marker: page.Marker });
    expect(rest.AttachedPolicies).toEqual([{ PolicyName: 'AWSKeyManagementServicePowerUser', PolicyArn: KMS_POWER_ARN }]);
    expect((await call(listAttachedUserPolicies, ctx, { UserName: 'lab-admin', PathPrefix: '/service-role/' })).AttachedPolicies).toEqual([]);
  });

  it('is NoSuchEntity for an unknown user', async () => {
    await expect(call(listAttachedUserPolicies, makeCtx(), { UserName: 'ghost' })).rejects.toMatchObject({ code: 'NoSuchEntity' });
  });
});
