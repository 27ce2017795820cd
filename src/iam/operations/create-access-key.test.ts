import { describe, expect, it } from 'vitest';
import { principalForUser } from '@/iam/state';
import { createAccessKey } from './create-access-key';
import { createUser } from './create-user';
import { call, makeCtx, resourceArn } from './testing';

describe('CreateAccessKey', () => {
  it('creates an Active AKIA key with a 40-character secret', async () => {
    const ctx = makeCtx();
    await call(createUser, ctx, { UserName: 'bob' });
    const out = await call(createAccessKey, ctx, { UserName: 'bob' });
    expect(out.AccessKey).toMatchObject({ UserName: 'bob', Status: 'Active', CreateDate: new Date(Date.UTC(2026, 0, 1)) });
    expect(out.AccessKey.AccessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(out.AccessKey.SecretAccessKey).toMatch(/^[A-Za-z0-9+/]{40}$/);
    expect(ctx.iam.users.bob!.accessKeys).toHaveLength(1);
    expect(createAccessKey.sensitiveOutput).toEqual(['AccessKey']);
  });

  it('without UserName, creates a key for the calling user; root must name the user', async () => {
    const ctx = makeCtx();
    await expect(call(createAccessKey, ctx, {})).rejects.toMatchObject({ code: 'ValidationError' });
    ctx.caller = principalForUser(ctx.iam, 'lab-admin')!;
    expect((await call(createAccessKey, ctx, {})).AccessKey.UserName).toBe('lab-admin');
    expect(resourceArn(createAccessKey, {}, ctx)).toBe('arn:aws:iam::111122223333:user/lab-admin');
  });

  it('allows two keys per user', async () => {
    const ctx = makeCtx();
    await call(createAccessKey, ctx, { UserName: 'lab-admin' });
    await expect(call(createAccessKey, ctx, { UserName: 'lab-admin' })).rejects.toMatchObject({
      code: 'LimitExceeded',
      message: 'Cannot exceed quota for AccessKeysPerUser: 2',
      httpStatus: 409,
    });
    await expect(call(createAccessKey, ctx, { UserName: 'ghost' })).rejects.toMatchObject({ code: 'NoSuchEntity' });
  });
});
