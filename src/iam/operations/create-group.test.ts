import { describe, expect, it } from 'vitest';
import { createGroup } from './create-group';
import { call, fullMatch, makeCtx, resourceArn } from './testing';

describe('CreateGroup', () => {
  it('creates a group with an AGPA id and its ARN', async () => {
    const ctx = makeCtx();
    const out = await call(createGroup, ctx, { GroupName: 'myKMSGroup' });
    expect(out.Group).toMatchObject({ Path: '/', GroupName: 'myKMSGroup', Arn: 'arn:aws:iam::111122223333:group/myKMSGroup' });
    expect(out.Group.GroupId).toMatch(/^AGPA[A-Z2-7]{17}$/);
    expect(ctx.iam.groups.myKMSGroup!.attachedPolicies).toEqual([]);
    expect(resourceArn(createGroup, { GroupName: 'g', Path: '/ops/' }, ctx)).toBe('arn:aws:iam::111122223333:group/ops/g');
  });

  it('refuses a duplicate name, case-insensitively', async () => {
    const ctx = makeCtx();
    await call(createGroup, ctx, { GroupName: 'admins' });
    await expect(call(createGroup, ctx, { GroupName: 'Admins' })).rejects.toMatchObject({
      code: 'EntityAlreadyExists',
      message: 'Group with name Admins already exists.',
      httpStatus: 409,
    });
  });

  it('validates the name (1-128, IAM pattern) and the path', async () => {
    const ctx = makeCtx();
    await expect(call(createGroup, ctx, { GroupName: 'g'.repeat(129) })).rejects.toMatchObject({ message: expect.stringContaining("at 'groupName'") });
    expect(fullMatch(createGroup.input.members.GroupName, 'has space')).toBe(false);
    expect(fullMatch(createGroup.input.members.Path, '/ok/path/')).toBe(true);
    expect(fullMatch(createGroup.input.members.Path, 'no-leading-slash/')).toBe(false);
  });
});
