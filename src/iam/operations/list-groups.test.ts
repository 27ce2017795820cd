import { describe, expect, it } from 'vitest';
import { createGroup } from './create-group';
import { listGroups } from './list-groups';
import { call, makeCtx, resourceArn } from './testing';

describe('ListGroups', () => {
  it('is empty at first', async () => {
    expect(await call(listGroups, makeCtx(), {})).toEqual({ Groups: [], IsTruncated: false });
  });

  it('lists groups sorted, filtered by path and paged', async () => {
    const ctx = makeCtx();
    await call(createGroup, ctx, { GroupName: 'ops', Path: '/team/' });
    await call(createGroup, ctx, { GroupName: 'admins' });
    await call(createGroup, ctx, { GroupName: 'devs', Path: '/team/' });
    expect((await call(listGroups, ctx, {})).Groups.map((g) => g.GroupName)).toEqual(['admins', 'devs', 'ops']);
    expect((await call(listGroups, ctx, { PathPrefix: '/team/' })).Groups.map((g) => g.GroupName)).toEqual(['devs', 'ops']);
    const page = await call(listGroups, ctx, { MaxItems: 1 });
    expect(page).toMatchObject({ IsTruncated: true, Groups: [{ GroupName: 'admins' }] });
    expect((await call(listGroups, ctx, { Marker: page.Marker })).Groups.map((g) => g.GroupName)).toEqual(['devs', 'ops']);
    expect(resourceArn(listGroups, {}, ctx)).toBe('arn:aws:iam::111122223333:group/');
  });
});
