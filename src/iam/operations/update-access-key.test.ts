import { describe, expect, it } from 'vitest';
import { updateAccessKey } from './update-access-key';
import { call, makeCtx } from './testing';

describe('UpdateAccessKey', () => {
  it('deactivates and reactivates a key', async () => {
    const ctx = makeCtx();
    const input = { UserName: 'lab-admin', AccessKeyId: 'AKIAIOSFODNN7EXAMPLE' };
    await call(updateAccessKey, ctx, { ...input, Status: 'Inactive' });
    expect(ctx.iam.users['lab-admin']!.accessKeys[0]!.status).toBe('Inactive');
    await call(updateAccessKey, ctx, { ...input, Status: 'Active' });
    expect(ctx.iam.users['lab-admin']!.accessKeys[0]!.status).toBe('Active');
  });

  it('refuses an unknown key or status', async () => {
    const ctx = makeCtx();
    await expect(call(updateAccessKey, ctx, { UserName: 'lab-admin', AccessKeyId: 'AKIAXXXXXXXXXXXXXXXX', Status: 'Inactive' })).rejects.toMatchObject({
      code: 'NoSuchEntity',
      message: 'The Access Key with id AKIAXXXXXXXXXXXXXXXX cannot be found.',
    });
    await expect(
      call(updateAccessKey, ctx, { UserName: 'lab-admin', AccessKeyId: 'AKIAIOSFODNN7EXAMPLE', Status: 'Paused' as 'Active' }),
    ).rejects.toMatchObject({
      code: 'ValidationError',
    });
  });
});
