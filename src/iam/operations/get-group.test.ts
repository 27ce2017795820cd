import { describe, expect, it } from 'vitest';
import { addUserToGroup } from './add-user-to-group';
import { createGroup } from './create-group';
import { createUser } from './create-user';
import { getGroup } from './get-group';
import { call, makeCtx } from './testing';

describe('GetGroup', () => {
  it('returns the group and its users', async () => {
    const ctx = makeCtx();
    await call(createGroup, ctx, { GroupName: 'myKMSGroup' });
    await call(createUser, ctx, { UserName: 'bob' });
    await call(addUserToGroup, ctx, { GroupName: 'myKMSGroup', UserName: 'bob' });
    await call(addUserToGroup, ctx, { GroupName: 'myKMSGroup', UserName: 'lab-admin' });
    const out = await call(getGroup, ctx, { GroupName: 'mykmsgroup' });
    expect(out.Group.GroupName).toBe('myKMSGroup');
    expect(out.Users.map((u) => u.UserName)).toEqual(['bob', 'lab-admin']);
    expect(out.IsTruncated).toBe(false);
    const page = await call(getGroup, ctx, { GroupName: 'myKMSGroup', MaxItems: 1 });
    expect(page).toMatchObject({ IsTruncated: true, Users: [{ UserName: 'bob' }] });
  });

  it('is NoSuchEntity for an unknown group', async () => {
    await expect(call(getGroup, makeCtx(), { GroupName: 'x' })).rejects.toMatchObject({
      code: 'NoSuchEntity',
      message: 'The group with name x cannot be found.',
    });
  });
});
