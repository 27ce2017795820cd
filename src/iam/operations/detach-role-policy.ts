/**
 * DetachRolePolicy: removes a managed policy from the role; one that is not attached is NoSuchEntity.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_DetachRolePolicy.html
 */
import { struct, arnResource } from '@/core';
import type { IamOperationDef } from './context';
import { detachPolicy, needRole, roleResource } from './common';
import { policyArn, roleName } from './shapes';

export const detachRolePolicy: IamOperationDef<{ RoleName: string; PolicyArn: string }, Record<string, never>> = {
  name: 'DetachRolePolicy',
  action: 'iam:DetachRolePolicy',
  summary: 'Detach a managed policy from an IAM role.',
  input: struct({ RoleName: roleName, PolicyArn: policyArn }, ['RoleName', 'PolicyArn']),
  resources: { target: arnResource((input, ctx) => roleResource(ctx, input.RoleName)) },
  async run(ctx, input) {
    detachPolicy(needRole(ctx, input.RoleName).attachedPolicies, input.PolicyArn);
    return {};
  },
};
