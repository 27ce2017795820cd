import { describe, expect, it } from 'vitest';
import { principalForRole, principalForUser } from '@/iam/state';
import { createRole } from './create-role';
import { getUser } from './get-user';
import { call, makeCtx, resourceArn } from './testing';

const trust = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole' }],
});

describe('GetUser', () => {
  it('returns the named user', async () => {
    const ctx = makeCtx();
    const out = await call(getUser, ctx, { UserName: 'LAB-ADMIN' });
    expect(out.User).toMatchObject({ UserName: 'lab-admin', Path: '/', Arn: 'arn:aws:iam::111122223333:user/lab-admin' });
    expect(resourceArn(getUser, { UserName: 'lab-admin' }, ctx)).toBe('arn:aws:iam::111122223333:user/lab-admin');
  });

  it('without a name, returns the calling user', async () => {
    const ctx = makeCtx();
    ctx.caller = principalForUser(ctx.iam, 'lab-admin')!;
    expect((await call(getUser, ctx, {})).User.UserName).toBe('lab-admin');
    expect(resourceArn(getUser, {}, ctx)).toBe('arn:aws:iam::111122223333:user/lab-admin');
  });

  it('without a name, describes the root user for root', async () => {
    const out = await call(getUser, makeCtx(), {});
    expect(out.User).toEqual({ UserId: '111122223333', Arn: 'arn:aws:iam::111122223333:root', CreateDate: new Date(Date.UTC(2026, 0, 1)) });
  });

  it('without a name, is a ValidationError for a role session', async () => {
    const ctx = makeCtx();
    await call(createRole, ctx, { RoleName: 'app', AssumeRolePolicyDocument: trust });
    ctx.caller = principalForRole(ctx.iam, 'app')!;
    await expect(call(getUser, ctx, {})).rejects.toMatchObject({
      code: 'ValidationError',
      message: 'Must specify userName when calling with non-User credentials',
    });
  });

  it('is NoSuchEntity for an unknown user', async () => {
    await expect(call(getUser, makeCtx(), { UserName: 'ghost' })).rejects.toMatchObject({
      code: 'NoSuchEntity',
      message: 'The user with name ghost cannot be found.',
    });
  });
});
