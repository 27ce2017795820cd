import { describe, expect, it } from 'vitest';
import { createRole } from './create-role';
import { call, makeCtx, resourceArn } from './testing';

const trust = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});

describe('CreateRole', () => {
  it('creates a role with an AROA id, its trust policy and defaults', async () => {
    const ctx = makeCtx();
    const out = await call(createRole, ctx, { RoleName: 'app', AssumeRolePolicyDocument: trust, Description: 'The app', Path: '/service/' });
    expect(out.Role).toMatchObject({
      Path: '/service/',
      RoleName: 'app',
      Arn: 'arn:aws:iam::111122223333:role/service/app',
      AssumeRolePolicyDocument: trust,
      Description: 'The app',
      MaxSessionDuration: 3600,
    });
    expect(out.Role.RoleId).toMatch(/^AROA[A-Z2-7]{17}$/);
    expect(resourceArn(createRole, { RoleName: 'x', AssumeRolePolicyDocument: trust }, ctx)).toBe('arn:aws:iam::111122223333:role/x');
  });

  it('refuses a duplicate name and a trust policy without principal', async () => {
    const ctx = makeCtx();
    await call(createRole, ctx, { RoleName: 'app', AssumeRolePolicyDocument: trust });
    await expect(call(createRole, ctx, { RoleName: 'APP', AssumeRolePolicyDocument: trust })).rejects.toMatchObject({
      code: 'EntityAlreadyExists',
      message: 'Role with name APP already exists.',
    });
    const noPrincipal = JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole' }] });
    await expect(call(createRole, ctx, { RoleName: 'other', AssumeRolePolicyDocument: noPrincipal })).rejects.toMatchObject({
      code: 'MalformedPolicyDocument',
      message: 'Statement 1: Missing required field Principal.',
    });
    expect(ctx.iam.roles.other).toBeUndefined();
  });

  it('validates MaxSessionDuration (3600-43200) and the name length (64)', async () => {
    const ctx = makeCtx();
    await expect(call(createRole, ctx, { RoleName: 'r', AssumeRolePolicyDocument: trust, MaxSessionDuration: 60 })).rejects.toMatchObject({
      message: expect.stringContaining("at 'maxSessionDuration' failed to satisfy constraint: Member must have value greater than or equal to 3600"),
    });
    await expect(call(createRole, ctx, { RoleName: 'r'.repeat(65), AssumeRolePolicyDocument: trust })).rejects.toMatchObject({
      message: expect.stringContaining("at 'roleName'"),
    });
    await expect(call(createRole, ctx, { RoleName: 'r' } as never)).rejects.toMatchObject({
      message: expect.stringContaining("Value null at 'assumeRolePolicyDocument'"),
    });
  });
});
