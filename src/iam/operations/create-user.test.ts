import { describe, expect, it } from 'vitest';
import { createUser } from './create-user';
import { call, fullMatch, makeCtx, resourceArn } from './testing';

describe('CreateUser', () => {
  it('creates a user with an AIDA id, the account ARN and the clock time', async () => {
    const ctx = makeCtx();
    const out = await call(createUser, ctx, { UserName: 'alice' });
    expect(out.User).toMatchObject({ Path: '/', UserName: 'alice', Arn: 'arn:aws:iam::111122223333:user/alice' });
    expect(out.User.UserId).toMatch(/^AIDA[A-Z2-7]{17}$/);
    expect(out.User.CreateDate).toEqual(new Date(Date.UTC(2026, 0, 1)));
    expect(ctx.iam.users.alice).toMatchObject({ groups: [], attachedPolicies: [], inlinePolicies: [], accessKeys: [] });
  });

  it('puts the path into the ARN and into the authorized resource', async () => {
    const ctx = makeCtx();
    const input = { UserName: 'bob', Path: '/division/' };
    expect(resourceArn(createUser, input, ctx)).toBe('arn:aws:iam::111122223333:user/division/bob');
    const out = await call(createUser, ctx, input);
    expect(out.User.Arn).toBe('arn:aws:iam::111122223333:user/division/bob');
    expect(out.User.Path).toBe('/division/');
  });

  it('refuses a name that exists, whatever its case', async () => {
    const ctx = makeCtx();
    await call(createUser, ctx, { UserName: 'alice' });
    await expect(call(createUser, ctx, { UserName: 'ALICE' })).rejects.toMatchObject({
      code: 'EntityAlreadyExists',
      message: 'User with name ALICE already exists.',
      httpStatus: 409,
    });
    await expect(call(createUser, ctx, { UserName: 'lab-admin' })).rejects.toMatchObject({ code: 'EntityAlreadyExists' });
  });

  it('validates the name length and presence', async () => {
    const ctx = makeCtx();
    await expect(call(createUser, ctx, { UserName: '' })).rejects.toMatchObject({
      message: "1 validation error detected: Value '' at 'userName' failed to satisfy constraint: Member must have length greater than or equal to 1",
    });
    await expect(call(createUser, ctx, { UserName: 'x'.repeat(65) })).rejects.toMatchObject({
      message: expect.stringContaining('Member must have length less than or equal to 64'),
    });
    await expect(call(createUser, ctx, {} as never)).rejects.toMatchObject({
      message: "1 validation error detected: Value null at 'userName' failed to satisfy constraint: Member must not be null",
    });
  });

  it("uses IAM's name pattern [\\w+=,.@-]+", () => {
    const shape = createUser.input.members.UserName;
    expect(fullMatch(shape, 'a+b=c,d.e@f-g_h9')).toBe(true);
    expect(fullMatch(shape, 'bad name!')).toBe(false);
    expect(fullMatch(shape, 'slash/name')).toBe(false);
  });
});
