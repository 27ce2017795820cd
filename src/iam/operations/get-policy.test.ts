import { describe, expect, it } from 'vitest';
import { getPolicy } from './get-policy';
import { call, KMS_POWER_ARN, makeCtx, resourceArn } from './testing';

describe('GetPolicy', () => {
  it('returns the metadata and description of a managed policy, members in IAM order', async () => {
    const ctx = makeCtx();
    const out = await call(getPolicy, ctx, { PolicyArn: KMS_POWER_ARN });
    expect(out.Policy).toMatchObject({
      PolicyName: 'AWSKeyManagementServicePowerUser',
      PolicyId: 'ANPAJNPP7PPPPMJRV2SA4',
      DefaultVersionId: 'v2',
      AttachmentCount: 0,
      Description: 'Provides access to AWS Key Management Service (KMS).',
    });
    expect(Object.keys(out.Policy)).toEqual([
      'PolicyName',
      'PolicyId',
      'Arn',
      'Path',
      'DefaultVersionId',
      'AttachmentCount',
      'PermissionsBoundaryUsageCount',
      'IsAttachable',
      'Description',
      'CreateDate',
      'UpdateDate',
    ]);
    expect(resourceArn(getPolicy, { PolicyArn: KMS_POWER_ARN }, ctx)).toBe(KMS_POWER_ARN);
  });

  it('is NoSuchEntity for an unknown policy and InvalidInput for a non-ARN', async () => {
    const ctx = makeCtx();
    await expect(call(getPolicy, ctx, { PolicyArn: 'arn:aws:iam::aws:policy/Nope' })).rejects.toMatchObject({
      code: 'NoSuchEntity',
      message: 'Policy arn:aws:iam::aws:policy/Nope was not found.',
    });
    await expect(call(getPolicy, ctx, { PolicyArn: 'AdministratorAccessPolicy' })).rejects.toMatchObject({
      code: 'InvalidInput',
      message: 'ARN AdministratorAccessPolicy is not valid.',
    });
  });
});
