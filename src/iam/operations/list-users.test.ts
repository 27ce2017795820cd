import { describe, expect, it } from 'vitest';
import { createUser } from './create-user';
import { listUsers } from './list-users';
import { call, makeCtx, resourceArn } from './testing';

describe('ListUsers', () => {
  it('lists users sorted by name, not truncated', async () => {
    const ctx = makeCtx();
    await call(createUser, ctx, { UserName: 'zed' });
    await call(createUser, ctx, { UserName: 'Alice' });
    const out = await call(listUsers, ctx, {});
    expect(out.Users.map((u) => u.UserName)).toEqual(['Alice', 'lab-admin', 'zed']);
    expect(out.IsTruncated).toBe(false);
    expect(out.Marker).toBeUndefined();
    expect(resourceArn(listUsers, {}, ctx)).toBe('arn:aws:iam::111122223333:user/');
  });

  it('pages with MaxItems and Marker', async () => {
    const ctx = makeCtx();
    for (const n of ['a', 'b', 'c', 'd']) await call(createUser, ctx, { UserName: n });
    const first = await call(listUsers, ctx, { MaxItems: 2 });
    expect(first.Users.map((u) => u.UserName)).toEqual(['a', 'b']);
    expect(first.IsTruncated).toBe(true);
    const second = await call(listUsers, ctx, { MaxItems: 2, Marker: first.Marker });
    expect(second.Users.map((u) => u.UserName)).toEqual(['c', 'd']);
    const third = await call(listUsers, ctx, { MaxItems: 2, Marker: second.Marker });
    expect(third.Users.map((u) => u.UserName)).toEqual(['lab-admin']);
    expect(third.IsTruncated).toBe(false);
  });

  it('filters by path prefix', async () => {
    const ctx = makeCtx();
    await call(createUser, ctx, { UserName: 'eng', Path: '/engineering/' });
    const out = await call(listUsers, ctx, { PathPrefix: '/engineering' });
    expect(out.Users.map((u) => u.UserName)).toEqual(['eng']);
  });

  it('rejects MaxItems outside 1-1000 and a foreign Marker', async () => {
    const ctx = makeCtx();
    await expect(call(listUsers, ctx, { MaxItems: 0 })).rejects.toMatchObject({
      message: expect.stringContaining("at 'maxItems' failed to satisfy constraint: Member must have value greater than or equal to 1"),
    });
    await expect(call(listUsers, ctx, { MaxItems: 1001 })).rejects.toMatchObject({ message: expect.stringContaining('less than or equal to 1000') });
    await expect(call(listUsers, ctx, { Marker: 'not-ours' })).rejects.toMatchObject({ code: 'ValidationError', message: 'Invalid Marker.' });
  });
});
