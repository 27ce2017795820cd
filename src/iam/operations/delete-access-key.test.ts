import { describe, expect, it } from 'vitest';
import { findAccessKey } from '@/iam/state';
import { createUser } from './create-user';
import { deleteAccessKey } from './delete-access-key';
import { call, makeCtx } from './testing';

describe('DeleteAccessKey', () => {
  it('deletes the key, after which it no longer authenticates', async () => {
    const ctx = makeCtx();
    await call(deleteAccessKey, ctx, { UserName: 'lab-admin', AccessKeyId: 'AKIAIOSFODNN7EXAMPLE' });
    expect(findAccessKey(ctx.iam, 'AKIAIOSFODNN7EXAMPLE')).toBeUndefined();
  });

  it("is NoSuchEntity for a key that is not the user's", async () => {
    const ctx = makeCtx();
    await call(createUser, ctx, { UserName: 'bob' });
    await expect(call(deleteAccessKey, ctx, { UserName: 'bob', AccessKeyId: 'AKIAIOSFODNN7EXAMPLE' })).rejects.toMatchObject({
      code: 'NoSuchEntity',
      message: 'The Access Key with id AKIAIOSFODNN7EXAMPLE cannot be found.',
    });
    await expect(call(deleteAccessKey, ctx, { UserName: 'bob', AccessKeyId: 'SHORT' })).rejects.toMatchObject({
      message: expect.stringContaining("at 'accessKeyId' failed to satisfy constraint: Member must have length greater than or equal to 16"),
    });
  });
});
