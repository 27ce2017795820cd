import { describe, expect, it } from 'vitest';
import { addUserToGroup } from './add-user-to-group';
import { createGroup } from './create-group';
import { removeUserFromGroup } from './remove-user-from-group';
import { call, makeCtx } from './testing';

describe('RemoveUserFromGroup', () => {
  it('removes the membership', async () => {
    const ctx = makeCtx();
    await call(createGroup, ctx, { GroupName: 'g' });
    await call(addUserToGroup, ctx, { GroupName: 'g', UserName: 'lab-admin' });
    await call(removeUserFromGroup, ctx, { GroupName: 'G', UserName: 'lab-admin' });
    expect(ctx.iam.users['lab-admin']!.groups).toEqual([]);
  });

  it('is NoSuchEntity when the group, the user or the membership is missing', async () => {
    const ctx = makeCtx();
    await expect(call(removeUserFromGroup, ctx, { GroupName: 'g', UserName: 'lab-admin' })).rejects.toMatchObject({
      code: 'NoSuchEntity',
      message: 'The group with name g cannot be found.',
    });
    await call(createGroup, ctx, { GroupName: 'g' });
    await expect(call(removeUserFromGroup, ctx, { GroupName: 'g', UserName: 'ghost' })).rejects.toMatchObject({
      code: 'NoSuchEntity',
      message: 'The user with name ghost cannot be found.',
    });
    await expect(call(removeUserFromGroup, ctx, { GroupName: 'g', UserName: 'lab-admin' })).rejects.toMatchObject({ code: 'NoSuchEntity' });
  });
});
