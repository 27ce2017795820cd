import { describe, expect, it } from 'vitest';
import { deleteUserPolicy } from './delete-user-policy';
import { putUserPolicy } from './put-user-policy';
import { call, doc, makeCtx } from './testing';

describe('DeleteUserPolicy', () => {
  it('deletes the inline policy, then cannot find it', async () => {
    const ctx = makeCtx();
    await call(putUserPolicy, ctx, { UserName: 'lab-admin', PolicyName: 'p', PolicyDocument: doc({ Effect: 'Allow', Action: 'kms:*', Resource: '*' }) });
    await call(deleteUserPolicy, ctx, { UserName: 'lab-admin', PolicyName: 'p' });
    expect(ctx.iam.users['lab-admin']!.inlinePolicies).toEqual([]);
    await expect(call(deleteUserPolicy, ctx, { UserName: 'lab-admin', PolicyName: 'p' })).rejects.toMatchObject({
      code: 'NoSuchEntity',
      message: 'The user policy with name p cannot be found.',
    });
    await expect(call(deleteUserPolicy, ctx, { UserName: 'ghost', PolicyName: 'p' })).rejects.toMatchObject({
      message: 'The user with name ghost cannot be found.',
    });
  });
});
