import { describe, expect, it } from 'vitest';
import { attachRolePolicy } from './attach-role-policy';
import { createRole } from './create-role';
import { call, makeCtx, READONLY_ARN, resourceArn } from './testing';

const trust = JSON.stringify({ Statement: { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' } });

describe('AttachRolePolicy', () => {
  it('attaches a managed policy to the role', async () => {
    const ctx = makeCtx();
    await call(createRole, ctx, { RoleName: 'app', AssumeRolePolicyDocument: trust });
    await call(attachRolePolicy, ctx, { RoleName: 'App', PolicyArn: READONLY_ARN });
    expect(ctx.iam.roles.app!.attachedPolicies).toEqual([READONLY_ARN]);
    expect(resourceArn(attachRolePolicy, { RoleName: 'app', PolicyArn: READONLY_ARN }, ctx)).toBe('arn:aws:iam::111122223333:role/app');
  });

  it('is NoSuchEntity for an unknown role; 10 policies at most', async () => {
    const ctx = makeCtx();
    await expect(call(attachRolePolicy, ctx, { RoleName: 'r', PolicyArn: READONLY_ARN })).rejects.toMatchObject({
      code: 'NoSuchEntity',
      message: 'The role with name r cannot be found.',
    });
    await call(createRole, ctx, { RoleName: 'r', AssumeRolePolicyDocument: trust });
    ctx.iam.roles.r!.attachedPolicies = Array.from({ length: 10 }, (_, i) => `arn:aws:iam::aws:policy/F${i}`);
    await expect(call(attachRolePolicy, ctx, { RoleName: 'r', PolicyArn: READONLY_ARN })).rejects.toMatchObject({
      code: 'LimitExceeded',
      message: 'Cannot exceed quota for PoliciesPerRole: 10',
    });
  });
});
