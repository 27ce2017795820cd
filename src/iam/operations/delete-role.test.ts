import { describe, expect, it } from 'vitest';
import { attachRolePolicy } from './attach-role-policy';
import { createRole } from './create-role';
import { deleteRole } from './delete-role';
import { ADMIN_ARN, call, makeCtx } from './testing';

const trust = JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole' }] });

describe('DeleteRole', () => {
  it('makes you detach policies first, then deletes', async () => {
    const ctx = makeCtx();
    await call(createRole, ctx, { RoleName: 'r', AssumeRolePolicyDocument: trust });
    await call(attachRolePolicy, ctx, { RoleName: 'r', PolicyArn: ADMIN_ARN });
    await expect(call(deleteRole, ctx, { RoleName: 'r' })).rejects.toMatchObject({
      code: 'DeleteConflict',
      message: 'Cannot delete entity, must detach all policies first.',
    });
    ctx.iam.roles.r!.attachedPolicies = [];
    ctx.iam.roles.r!.inlinePolicies = [{ name: 'p', document: '{}' }];
    await expect(call(deleteRole, ctx, { RoleName: 'r' })).rejects.toMatchObject({
      code: 'DeleteConflict',
      message: 'Cannot delete entity, must delete policies first.',
    });
    ctx.iam.roles.r!.inlinePolicies = [];
    await call(deleteRole, ctx, { RoleName: 'R' });
    expect(ctx.iam.roles).toEqual({});
  });

  it('is NoSuchEntity for an unknown role', async () => {
    await expect(call(deleteRole, makeCtx(), { RoleName: 'r' })).rejects.toMatchObject({
      code: 'NoSuchEntity',
      message: 'The role with name r cannot be found.',
      httpStatus: 404,
    });
  });
});
