import { describe, expect, it } from 'vitest';
import { attachGroupPolicy } from './attach-group-policy';
import { createGroup } from './create-group';
import { ADMIN_ARN, call, makeCtx, resourceArn } from './testing';

describe('AttachGroupPolicy', () => {
  it('attaches a managed policy to the group', async () => {
    const ctx = makeCtx();
    await call(createGroup, ctx, { GroupName: 'myKMSGroup' });
    await call(attachGroupPolicy, ctx, { GroupName: 'MyKmsGroup', PolicyArn: ADMIN_ARN });
    expect(ctx.iam.groups.myKMSGroup!.attachedPolicies).toEqual([ADMIN_ARN]);
    expect(resourceArn(attachGroupPolicy, { GroupName: 'mykmsgroup', PolicyArn: ADMIN_ARN }, ctx)).toBe('arn:aws:iam::111122223333:group/myKMSGroup');
  });

  it('is NoSuchEntity for an unknown group or policy; 10 policies at most', async () => {
    const ctx = makeCtx();
    await expect(call(attachGroupPolicy, ctx, { GroupName: 'g', PolicyArn: ADMIN_ARN })).rejects.toMatchObject({
      code: 'NoSuchEntity',
      message: 'The group with name g cannot be found.',
    });
    await call(createGroup, ctx, { GroupName: 'g' });
    await expect(call(attachGroupPolicy, ctx, { GroupName: 'g', PolicyArn: 'arn:aws:iam::111122223333:policy/Mine' })).rejects.toMatchObject({
      message: 'Policy arn:aws:iam::111122223333:policy/Mine does not exist or is not attachable.',
    });
    ctx.iam.groups.g!.attachedPolicies = Array.from({ length: 10 }, (_, i) => `arn:aws:iam::aws:policy/F${i}`);
    await expect(call(attachGroupPolicy, ctx, { GroupName: 'g', PolicyArn: ADMIN_ARN })).rejects.toMatchObject({
      code: 'LimitExceeded',
      message: 'Cannot exceed quota for PoliciesPerGroup: 10',
    });
  });
});
