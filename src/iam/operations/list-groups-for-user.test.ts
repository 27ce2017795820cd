import { describe, expect, it } from 'vitest';
import { addUserToGroup } from './add-user-to-group';
import { createGroup } from './create-group';
import { listGroupsForUser } from './list-groups-for-user';
import { call, makeCtx, resourceArn } from './testing';

describe('ListGroupsForUser', () => {
  it("lists the user's groups sorted, with paging", async () => {
    const ctx = makeCtx();
    for (const g of ['zeta', 'alpha']) {
      await call(createGroup, ctx, { GroupName: g });
      await call(addUserToGroup, ctx, { GroupName: g, UserName: 'lab-admin' });
    }
    const out = await call(listGroupsForUser, ctx, { UserName: 'lab-admin' });
    expect(out.Groups.map((g) => g.GroupName)).toEqual(['alpha', 'zeta']);
    expect(out.IsTruncated).toBe(false);
    expect(await call(listGroupsForUser, ctx, { UserName: 'lab-admin', MaxItems: 1 })).toMatchObject({ IsTruncated: true, Groups: [{ GroupName: 'alpha' }] });
    expect(resourceArn(listGroupsForUser, { UserName: 'lab-admin' }, ctx)).toBe('arn:aws:iam::111122223333:user/lab-admin');
  });

  it('is NoSuchEntity for an unknown user', async () => {
    await expect(call(listGroupsForUser, makeCtx(), { UserName: 'ghost' })).rejects.toMatchObject({
      code: 'NoSuchEntity',
      message: 'The user with name ghost cannot be found.',
    });
  });
});
