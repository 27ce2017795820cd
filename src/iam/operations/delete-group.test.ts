import { describe, expect, it } from 'vitest';
import { addUserToGroup } from './add-user-to-group';
import { attachGroupPolicy } from './attach-group-policy';
import { createGroup } from './create-group';
import { deleteGroup } from './delete-group';
import { deleteGroupPolicy } from './delete-group-policy';
import { detachGroupPolicy } from './detach-group-policy';
import { putGroupPolicy } from './put-group-policy';
import { removeUserFromGroup } from './remove-user-from-group';
import { call, doc, makeCtx, READONLY_ARN } from './testing';

describe('DeleteGroup', () => {
  it('deletes an empty group', async () => {
    const ctx = makeCtx();
    await call(createGroup, ctx, { GroupName: 'g' });
    expect(await call(deleteGroup, ctx, { GroupName: 'G' })).toEqual({});
    expect(ctx.iam.groups).toEqual({});
  });

  it('is NoSuchEntity for an unknown group', async () => {
    await expect(call(deleteGroup, makeCtx(), { GroupName: 'nope' })).rejects.toMatchObject({
      code: 'NoSuchEntity',
      message: 'The group with name nope cannot be found.',
      httpStatus: 404,
    });
  });

  it('makes you remove users, inline and managed policies first', async () => {
    const ctx = makeCtx();
    await call(createGroup, ctx, { GroupName: 'g' });
    await call(addUserToGroup, ctx, { GroupName: 'g', UserName: 'lab-admin' });
    await call(putGroupPolicy, ctx, { GroupName: 'g', PolicyName: 'p', PolicyDocument: doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }) });
    await call(attachGroupPolicy, ctx, { GroupName: 'g', PolicyArn: READONLY_ARN });
    const conflict = (message: string) => expect(call(deleteGroup, ctx, { GroupName: 'g' })).rejects.toMatchObject({ code: 'DeleteConflict', message });
    await conflict('Cannot delete entity, must remove users from group first.');
    await call(removeUserFromGroup, ctx, { GroupName: 'g', UserName: 'lab-admin' });
    await conflict('Cannot delete entity, must delete policies first.');
    await call(deleteGroupPolicy, ctx, { GroupName: 'g', PolicyName: 'p' });
    await conflict('Cannot delete entity, must detach all policies first.');
    await call(detachGroupPolicy, ctx, { GroupName: 'g', PolicyArn: READONLY_ARN });
    await call(deleteGroup, ctx, { GroupName: 'g' });
  });
});
