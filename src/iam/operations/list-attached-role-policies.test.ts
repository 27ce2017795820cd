import { describe, expect, it } from 'vitest';
import { attachRolePolicy } from './attach-role-policy';
import { createRole } from './create-role';
import { listAttachedRolePolicies } from './list-attached-role-policies';
import { ADMIN_ARN, call, makeCtx } from './testing';

const trust = JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'sts:AssumeRole' }] });

describe('ListAttachedRolePolicies', () => {
  it("lists the role's managed policies", async () => {
    const ctx = makeCtx();
    await call(createRole, ctx, { RoleName: 'r', AssumeRolePolicyDocument: trust });
    await call(attachRolePolicy, ctx, { RoleName: 'r', PolicyArn: ADMIN_ARN });
    expect(await call(listAttachedRolePolicies, ctx, { RoleName: 'r' })).toEqual({
      AttachedPolicies: [{ PolicyName: 'AdministratorAccess', PolicyArn: ADMIN_ARN }],
      IsTruncated: false,
    });
    await expect(call(listAttachedRolePolicies, ctx, { RoleName: 'x' })).rejects.toMatchObject({
      code: 'NoSuchEntity',
      message: 'The role with name x cannot be found.',
    });
  });
});
