import { describe, expect, it } from 'vitest';
import { listUserPolicies } from './list-user-policies';
import { putUserPolicy } from './put-user-policy';
import { call, doc, makeCtx } from './testing';

describe('ListUserPolicies', () => {
  it('lists inline policy names only (not the attached AdministratorAccess)', async () => {
    const ctx = makeCtx();
    expect(await call(listUserPolicies, ctx, { UserName: 'lab-admin' })).toEqual({ PolicyNames: [], IsTruncated: false });
    for (const n of ['b', 'a'])
      await call(putUserPolicy, ctx, { UserName: 'lab-admin', PolicyName: n, PolicyDocument: doc({ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }) });
    expect(await call(listUserPolicies, ctx, { UserName: 'lab-admin' })).toEqual({ PolicyNames: ['a', 'b'], IsTruncated: false });
    expect(await call(listUserPolicies, ctx, { UserName: 'lab-admin', MaxItems: 1 })).toMatchObject({ PolicyNames: ['a'], IsTruncated: true });
  });

  it('is NoSuchEntity for an unknown user', async () => {
    await expect(call(listUserPolicies, makeCtx(), { UserName: 'ghost' })).rejects.toMatchObject({ code: 'NoSuchEntity' });
  });
});
