import { describe, expect, it } from 'vitest';
import { principalForUser } from '@/iam/state';
import { createAccessKey } from './create-access-key';
import { listAccessKeys } from './list-access-keys';
import { call, makeCtx } from './testing';

describe('ListAccessKeys', () => {
  it('lists ids and status, never secrets', async () => {
    const ctx = makeCtx();
    const out = await call(listAccessKeys, ctx, { UserName: 'lab-admin' });
    expect(out).toEqual({
      AccessKeyMetadata: [{ UserName: 'lab-admin', AccessKeyId: 'AKIAIOSFODNN7EXAMPLE', Status: 'Active', CreateDate: new Date(Date.UTC(2026, 0, 1)) }],
      IsTruncated: false,
    });
    expect(JSON.stringify(out)).not.toContain('EXAMPLEKEY');
  });

  it("without UserName lists the caller's keys; pages; unknown user is NoSuchEntity", async () => {
    const ctx = makeCtx(undefined);
    ctx.caller = principalForUser(ctx.iam, 'lab-admin')!;
    await call(createAccessKey, ctx, {});
    expect((await call(listAccessKeys, ctx, {})).AccessKeyMetadata).toHaveLength(2);
    expect(await call(listAccessKeys, ctx, { MaxItems: 1 })).toMatchObject({ IsTruncated: true });
    await expect(call(listAccessKeys, ctx, { UserName: 'ghost' })).rejects.toMatchObject({ code: 'NoSuchEntity' });
  });
});
