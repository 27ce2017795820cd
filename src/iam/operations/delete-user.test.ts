import { describe, expect, it } from 'vitest';
import { addUserToGroup } from './add-user-to-group';
import { attachUserPolicy } from './attach-user-policy';
import { createAccessKey } from './create-access-key';
import { createGroup } from './create-group';
import { createUser } from './create-user';
import { deleteAccessKey } from './delete-access-key';
import { deleteUser } from './delete-user';
import { deleteUserPolicy } from './delete-user-policy';
import { detachUserPolicy } from './detach-user-policy';
import { putUserPolicy } from './put-user-policy';
import { removeUserFromGroup } from './remove-user-from-group';
import { ADMIN_ARN, call, doc, makeCtx, resourceArn } from './testing';

describe('DeleteUser', () => {
  it('deletes a user that has nothing attached (any case of the name)', async () => {
    const ctx = makeCtx();
    await call(createUser, ctx, { UserName: 'alice' });
    expect(resourceArn(deleteUser, { UserName: 'alice' }, ctx)).toBe('arn:aws:iam::111122223333:user/alice');
    expect(await call(deleteUser, ctx, { UserName: 'Alice' })).toEqual({});
    expect(ctx.iam.users.alice).toBeUndefined();
  });

  it('is NoSuchEntity (404) for an unknown user', async () => {
    await expect(call(deleteUser, makeCtx(), { UserName: 'ghost' })).rejects.toMatchObject({
      code: 'NoSuchEntity',
      message: 'The user with name ghost cannot be found.',
      httpStatus: 404,
    });
  });

  it('makes you remove inline policies, managed policies, groups and access keys first', async () => {
    const ctx = makeCtx();
    await call(createUser, ctx, { UserName: 'alice' });
    await call(createGroup, ctx, { GroupName: 'devs' });
    await call(putUserPolicy, ctx, { UserName: 'alice', PolicyName: 'p', PolicyDocument: doc({ Effect: 'Allow', Action: 'kms:*', Resource: '*' }) });
    await call(attachUserPolicy, ctx, { UserName: 'alice', PolicyArn: ADMIN_ARN });
    await call(addUserToGroup, ctx, { UserName: 'alice', GroupName: 'devs' });
    const key = await call(createAccessKey, ctx, { UserName: 'alice' });
    const conflict = (message: string) =>
      expect(call(deleteUser, ctx, { UserName: 'alice' })).rejects.toMatchObject({ code: 'DeleteConflict', message, httpStatus: 409 });

    await conflict('Cannot delete entity, must delete policies first.');
    await call(deleteUserPolicy, ctx, { UserName: 'alice', PolicyName: 'p' });
    await conflict('Cannot delete entity, must detach all policies first.');
    await call(detachUserPolicy, ctx, { UserName: 'alice', PolicyArn: ADMIN_ARN });
    await conflict('Cannot delete entity, must remove user from all groups first.');
    await call(removeUserFromGroup, ctx, { UserName: 'alice', GroupName: 'devs' });
    await conflict('Cannot delete entity, must delete access keys first.');
    await call(deleteAccessKey, ctx, { UserName: 'alice', AccessKeyId: key.AccessKey.AccessKeyId });
    await call(deleteUser, ctx, { UserName: 'alice' });
    expect(Object.keys(ctx.iam.users)).toEqual(['lab-admin']);
  });
});
