import { describe, expect, it } from 'vitest';
import { createRole } from './create-role';
import { getRole } from './get-role';
import { call, makeCtx, resourceArn } from './testing';

const trust = JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] });

describe('GetRole', () => {
  it('returns the role with an empty RoleLastUsed', async () => {
    const ctx = makeCtx();
    const created = await call(createRole, ctx, { RoleName: 'app', AssumeRolePolicyDocument: trust, MaxSessionDuration: 7200 });
    const out = await call(getRole, ctx, { RoleName: 'App' });
    expect(out.Role).toEqual({ ...created.Role, RoleLastUsed: {} });
    expect(out.Role.MaxSessionDuration).toBe(7200);
    expect(out.Role.Description).toBeUndefined();
    expect(resourceArn(getRole, { RoleName: 'app' }, ctx)).toBe('arn:aws:iam::111122223333:role/app');
  });

  it('is NoSuchEntity for an unknown role', async () => {
    await expect(call(getRole, makeCtx(), { RoleName: 'nope' })).rejects.toMatchObject({
      code: 'NoSuchEntity',
      message: 'The role with name nope cannot be found.',
    });
  });
});
