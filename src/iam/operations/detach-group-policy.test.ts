import { describe, expect, it } from 'vitest';
import { attachGroupPolicy } from './attach-group-policy';
import { createGroup } from './create-group';
import { detachGroupPolicy } from './detach-group-policy';
import { ADMIN_ARN, call, makeCtx } from './testing';

describe('DetachGroupPolicy', () => {
  it('detaches, then is NoSuchEntity the second time', async () => {
    const ctx = makeCtx();
    await call(createGroup, ctx, { GroupName: 'g' });
    await call(attachGroupPolicy, ctx, { GroupName: 'g', PolicyArn: ADMIN_ARN });
    await call(detachGroupPolicy, ctx, { GroupName: 'g', PolicyArn: ADMIN_ARN });
    expect(ctx.iam.groups.g!.attachedPolicies).toEqual([]);
    await expect(call(detachGroupPolicy, ctx, { GroupName: 'g', PolicyArn: ADMIN_ARN })).rejects.toMatchObject({
      code: 'NoSuchEntity',
      message: `Policy ${ADMIN_ARN} was not found.`,
    });
  });

  it('is NoSuchEntity for an unknown group', async () => {
    await expect(call(detachGroupPolicy, makeCtx(), { GroupName: 'g', PolicyArn: ADMIN_ARN })).rejects.toMatchObject({
      message: 'The group with name g cannot be found.',
    });
  });
});
