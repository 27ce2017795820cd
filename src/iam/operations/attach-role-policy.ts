/**
 * AttachRolePolicy: attaches an AWS managed policy to the role. Attaching it again changes nothing;
 * an identity holds at most 10 managed policies.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_AttachRolePolicy.html
 */
import { struct, arnResource } from '@/core';
import type { IamOperationDef } from './context';
import { attachPolicy, needRole, roleResource } from './common';
import { roleName, policyArn } from './shapes';

export const attachRolePolicy: IamOperationDef<{ RoleName: string; PolicyArn: string }, Record<string, never>> = {
  name: 'AttachRolePolicy',
  action: 'iam:AttachRolePolicy',
  summary: 'Attach a managed policy to an IAM role.',
  input: struct({ RoleName: roleName, PolicyArn: policyArn }, ['RoleName', 'PolicyArn']),
  resources: { target: arnResource((input, ctx) => roleResource(ctx, input.RoleName)) },
  async run(ctx, input) {
    const entity = needRole(ctx, input.RoleName);
    attachPolicy(entity.attachedPolicies, input.PolicyArn, 'PoliciesPerRole');
    return {};
  },
};
