import { describe, expect, it } from 'vitest';
import { principalForRole, principalForUser } from '@/iam/state';
import { createRole } from './create-role';
import { getCallerIdentity } from './get-caller-identity';
import { call, makeCtx } from './testing';

describe('GetCallerIdentity', () => {
  it('answers for root, a user and a role session, and needs no permission', async () => {
    const ctx = makeCtx();
    expect(getCallerIdentity.authorization).toBe('none');
    expect(getCallerIdentity.action).toBe('sts:GetCallerIdentity');
    expect(await call(getCallerIdentity, ctx, {})).toEqual({ UserId: '111122223333', Account: '111122223333', Arn: 'arn:aws:iam::111122223333:root' });
    ctx.caller = principalForUser(ctx.iam, 'lab-admin')!;
    const user = await call(getCallerIdentity, ctx, {});
    expect(user).toEqual({ UserId: ctx.iam.users['lab-admin']!.userId, Account: '111122223333', Arn: 'arn:aws:iam::111122223333:user/lab-admin' });
    const trust = JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'sts:AssumeRole' }] });
    await call(createRole, ctx, { RoleName: 'app', AssumeRolePolicyDocument: trust });
    ctx.caller = principalForRole(ctx.iam, 'app', 'build-42')!;
    const role = await call(getCallerIdentity, ctx, {});
    expect(role.Arn).toBe('arn:aws:sts::111122223333:assumed-role/app/build-42');
    expect(role.UserId).toBe(`${ctx.iam.roles.app!.roleId}:build-42`);
  });
});
