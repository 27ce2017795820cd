import { describe, expect, it } from 'vitest';
import { addUserToGroup, GROUPS_PER_USER } from './add-user-to-group';
import { createGroup } from './create-group';
import { call, makeCtx, resourceArn } from './testing';

describe('AddUserToGroup', () => {
  it('adds the user once, whatever the case of the names', async () => {
    const ctx = makeCtx();
    await call(createGroup, ctx, { GroupName: 'Admins' });
    await call(addUserToGroup, ctx, { GroupName: 'admins', UserName: 'lab-admin' });
    await call(addUserToGroup, ctx, { GroupName: 'ADMINS', UserName: 'LAB-ADMIN' });
    expect(ctx.iam.users['lab-admin']!.groups).toEqual(['Admins']);
    expect(resourceArn(addUserToGroup, { GroupName: 'admins', UserName: 'lab-admin' }, ctx)).toBe('arn:aws:iam::111122223333:group/Admins');
  });

  it('is NoSuchEntity for an unknown group or user', async () => {
    const ctx = makeCtx();
    await expect(call(addUserToGroup, ctx, { GroupName: 'none', UserName: 'lab-admin' })).rejects.toMatchObject({
      code: 'NoSuchEntity',
      message: 'The group with name none cannot be found.',
    });
    await call(createGroup, ctx, { GroupName: 'g' });
    await expect(call(addUserToGroup, ctx, { GroupName: 'g', UserName: 'ghost' })).rejects.toMatchObject({
      code: 'NoSuchEntity',
      message: 'The user with name ghost cannot be found.',
    });
  });

  it('limits a user to 10 groups', async () => {
    const ctx = makeCtx();
    for (let i = 0; i <= GROUPS_PER_USER; i++) await call(createGroup, ctx, { GroupName: `g${i}` });
    for (let i = 0; i < GROUPS_PER_USER; i++) await call(addUserToGroup, ctx, { GroupName: `g${i}`, UserName: 'lab-admin' });
    await expect(call(addUserToGroup, ctx, { GroupName: 'g10', UserName: 'lab-admin' })).rejects.toMatchObject({
      code: 'LimitExceeded',
      message: 'Cannot exceed quota for GroupsPerUser: 10',
      httpStatus: 409,
    });
  });
});
