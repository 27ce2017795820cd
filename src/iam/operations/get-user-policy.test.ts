import { describe, expect, it } from 'vitest';
import { getUserPolicy } from './get-user-policy';
import { putUserPolicy } from './put-user-policy';
import { call, makeCtx } from './testing';

describe('GetUserPolicy', () => {
  it('returns the document exactly as it was put', async () => {
    const ctx = makeCtx();
    const text = '{\n  "Version": "2012-10-17",\n  "Statement": {"Effect": "Allow", "Action": "kms:Encrypt", "Resource": "*"}\n}';
    await call(putUserPolicy, ctx, { UserName: 'lab-admin', PolicyName: 'enc', PolicyDocument: text });
    expect(await call(getUserPolicy, ctx, { UserName: 'Lab-Admin', PolicyName: 'enc' })).toEqual({
      UserName: 'lab-admin',
      PolicyName: 'enc',
      PolicyDocument: text,
    });
  });

  it('is NoSuchEntity for an unknown policy or user', async () => {
    const ctx = makeCtx();
    await expect(call(getUserPolicy, ctx, { UserName: 'lab-admin', PolicyName: 'AdministratorAccess' })).rejects.toMatchObject({
      code: 'NoSuchEntity',
      message: 'The user policy with name AdministratorAccess cannot be found.',
    });
    await expect(call(getUserPolicy, ctx, { UserName: 'ghost', PolicyName: 'x' })).rejects.toMatchObject({
      message: 'The user with name ghost cannot be found.',
    });
  });
});
