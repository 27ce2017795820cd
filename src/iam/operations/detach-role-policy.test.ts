import { describe, expect, it } from 'vitest';
import { attachRolePolicy } from './attach-role-policy';
import { createRole } from './create-role';
import { detachRolePolicy } from './detach-role-policy';
import { ADMIN_ARN, call, doc, makeCtx, READONLY_ARN } from './testing';

const trust = doc({ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' });

describe('DetachRolePolicy', () => {
  it('detaches an attached policy, and refuses one that is not attached', async () => {
    const ctx = makeCtx();
    await call(createRole, ctx, { RoleName: 'app', AssumeRolePolicyDocument: trust });
    await call(attachRolePolicy, ctx, { RoleName: 'app', PolicyArn: ADMIN_ARN });
    await call(detachRolePolicy, ctx, { RoleName: 'app', PolicyArn: ADMIN_ARN });
    expect(Object.values(ctx.iam.roles)[0]!.attachedPolicies).toEqual([]);
    await expect(call(detachRolePolicy, ctx, { RoleName: 'app', PolicyArn: READONLY_ARN })).rejects.toMatchObject({ code: 'NoSuchEntity' });
    await expect(call(detachRolePolicy, ctx, { RoleName: 'ghost', PolicyArn: ADMIN_ARN })).rejects.toMatchObject({ code: 'NoSuchEntity' });
  });
});
