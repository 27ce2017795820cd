import { describe, expect, it } from 'vitest';
import { createRole } from './create-role';
import { listRoles } from './list-roles';
import { call, makeCtx, resourceArn } from './testing';

const trust = JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] });

describe('ListRoles', () => {
  it('lists roles sorted, filtered and paged', async () => {
    const ctx = makeCtx();
    expect(await call(listRoles, ctx, {})).toEqual({ Roles: [], IsTruncated: false });
    await call(createRole, ctx, { RoleName: 'b', AssumeRolePolicyDocument: trust, Path: '/svc/' });
    await call(createRole, ctx, { RoleName: 'a', AssumeRolePolicyDocument: trust });
    expect((await call(listRoles, ctx, {})).Roles.map((r) => r.RoleName)).toEqual(['a', 'b']);
    expect((await call(listRoles, ctx, { PathPrefix: '/svc/' })).Roles.map((r) => r.RoleName)).toEqual(['b']);
    expect(await call(listRoles, ctx, { MaxItems: 1 })).toMatchObject({ IsTruncated: true, Roles: [{ RoleName: 'a', AssumeRolePolicyDocument: trust }] });
    expect(resourceArn(listRoles, {}, ctx)).toBe('arn:aws:iam::111122223333:role/');
  });
});
