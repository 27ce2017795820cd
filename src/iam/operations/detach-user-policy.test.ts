import { describe, expect, it } from 'vitest';
import { detachUserPolicy } from './detach-user-policy';
import { ADMIN_ARN, call, makeCtx, READONLY_ARN } from './testing';

describe('DetachUserPolicy', () => {
  it('detaches an attached policy', async () => {
    const ctx = makeCtx();
    await call(detachUserPolicy, ctx, { UserName: 'lab-admin', PolicyArn: ADMIN_ARN });
    expect(ctx.iam.users['lab-admin']!.attachedPolicies).toEqual([]);
  });

  it('is NoSuchEntity for a policy that is not attached, or an unknown user', async () => {
    const ctx = makeCtx();
    await expect(call(detachUserPolicy, ctx, { UserName: 'lab-admin', PolicyArn: READONLY_ARN })).rejects.toMatchObject({
      code: 'NoSuchEntity',
      message: `Policy ${READONLY_ARN} was not found.`,
      httpStatus: 404,
    });
    await expect(call(detachUserPolicy, ctx, { UserName: 'ghost', PolicyArn: ADMIN_ARN })).rejects.toMatchObject({
      message: 'The user with name ghost cannot be found.',
    });
    await expect(call(detachUserPolicy, ctx, { UserName: 'lab-admin', PolicyArn: 'this is not an arn at all' })).rejects.toMatchObject({
      code: 'InvalidInput',
    });
  });
});
