/**
 * DetachGroupPolicy: removes a managed policy from the group; one that is not attached is NoSuchEntity.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_DetachGroupPolicy.html
 */
import { struct, arnResource } from '@/core';
import type { IamOperationDef } from './context';
import { detachPolicy, needGroup, groupResource } from './common';
import { groupName, policyArn } from './shapes';

export const detachGroupPolicy: IamOperationDef<{ GroupName: string; PolicyArn: string }, Record<string, never>> = {
  name: 'DetachGroupPolicy',
  action: 'iam:DetachGroupPolicy',
  summary: 'Detach a managed policy from an IAM group.',
  input: struct({ GroupName: groupName, PolicyArn: policyArn }, ['GroupName', 'PolicyArn']),
  resources: { target: arnResource((input, ctx) => groupResource(ctx, input.GroupName)) },
  async run(ctx, input) {
    const entity = needGroup(ctx, input.GroupName);
    detachPolicy(entity.attachedPolicies, input.PolicyArn);
    return {};
  },
};
