import { describe, expect, it } from 'vitest';
import { MANAGED_POLICIES } from '@/iam/managed-policies';
import { attachUserPolicy } from './attach-user-policy';
import { ADMIN_ARN, call, KMS_POWER_ARN, makeCtx, resourceArn } from './testing';

describe('AttachUserPolicy', () => {
  it('attaches an AWS managed policy once', async () => {
    const ctx = makeCtx();
    await call(attachUserPolicy, ctx, { UserName: 'lab-admin', PolicyArn: KMS_POWER_ARN });
    await call(attachUserPolicy, ctx, { UserName: 'lab-admin', PolicyArn: KMS_POWER_ARN });
    await call(attachUserPolicy, ctx, { UserName: 'lab-admin', PolicyArn: ADMIN_ARN });
    expect(ctx.iam.users['lab-admin']!.attachedPolicies).toEqual([ADMIN_ARN, KMS_POWER_ARN]);
    expect(resourceArn(attachUserPolicy, { UserName: 'lab-admin', PolicyArn: ADMIN_ARN }, ctx)).toBe('arn:aws:iam::111122223333:user/lab-admin');
  });

  it('is NoSuchEntity for an unknown user or policy, InvalidInput for a non-ARN', async () => {
    const ctx = makeCtx();
    await expect(call(attachUserPolicy, ctx, { UserName: 'ghost', PolicyArn: ADMIN_ARN })).rejects.toMatchObject({
      code: 'NoSuchEntity',
      message: 'The user with name ghost cannot be found.',
    });
    await expect(call(attachUserPolicy, ctx, { UserName: 'lab-admin', PolicyArn: 'arn:aws:iam::aws:policy/NoSuchPolicy' })).rejects.toMatchObject({
      code: 'NoSuchEntity',
      message: 'Policy arn:aws:iam::aws:policy/NoSuchPolicy does not exist or is not attachable.',
    });
    await expect(call(attachUserPolicy, ctx, { UserName: 'lab-admin', PolicyArn: 'AdministratorAccess-x-y-z' })).rejects.toMatchObject({
      code: 'InvalidInput',
      message: 'ARN AdministratorAccess-x-y-z is not valid.',
    });
  });

  it('validates the PolicyArn length (20-2048)', async () => {
    await expect(call(attachUserPolicy, makeCtx(), { UserName: 'lab-admin', PolicyArn: 'arn:short' })).rejects.toMatchObject({
      message: expect.stringContaining("at 'policyArn' failed to satisfy constraint: Member must have length greater than or equal to 20"),
    });
  });

  it('allows at most 10 managed policies per user', async () => {
    const ctx = makeCtx();
    const user = ctx.iam.users['lab-admin']!;
    user.attachedPolicies = Array.from({ length: 10 }, (_, i) => `arn:aws:iam::aws:policy/Filler${i}`);
    await expect(call(attachUserPolicy, ctx, { UserName: 'lab-admin', PolicyArn: MANAGED_POLICIES[1]!.arn })).rejects.toMatchObject({
      code: 'LimitExceeded',
      message: 'Cannot exceed quota for PoliciesPerUser: 10',
    });
  });
});
