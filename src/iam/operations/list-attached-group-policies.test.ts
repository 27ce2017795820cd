import { describe, expect, it } from 'vitest';
import { attachGroupPolicy } from './attach-group-policy';
import { createGroup } from './create-group';
import { listAttachedGroupPolicies } from './list-attached-group-policies';
import { call, makeCtx, READONLY_ARN } from './testing';

describe('ListAttachedGroupPolicies', () => {
  it("lists the group's managed policies", async () => {
    const ctx = makeCtx();
    await call(createGroup, ctx, { GroupName: 'g' });
    expect(await call(listAttachedGroupPolicies, ctx, { GroupName: 'g' })).toEqual({ AttachedPolicies: [], IsTruncated: false });
    await call(attachGroupPolicy, ctx, { GroupName: 'g', PolicyArn: READONLY_ARN });
    expect((await call(listAttachedGroupPolicies, ctx, { GroupName: 'G' })).AttachedPolicies).toEqual([
      { PolicyName: 'ReadOnlyAccess', PolicyArn: READONLY_ARN },
    ]);
    await expect(call(listAttachedGroupPolicies, ctx, { GroupName: 'x' })).rejects.toMatchObject({
      code: 'NoSuchEntity',
      message: 'The group with name x cannot be found.',
    });
  });
});
