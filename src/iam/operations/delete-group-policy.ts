/**
 * DeleteGroupPolicy: removes an inline policy of the group.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteGroupPolicy.html
 */
import { struct, arnResource } from '@/core';
import type { IamOperationDef } from './context';
import { deleteInlinePolicy, needGroup, groupResource } from './common';
import { groupName, policyName } from './shapes';

export const deleteGroupPolicy: IamOperationDef<{ GroupName: string; PolicyName: string }, Record<string, never>> = {
  name: 'DeleteGroupPolicy',
  action: 'iam:DeleteGroupPolicy',
  summary: 'Delete an inline policy of an IAM group.',
  input: struct({ GroupName: groupName, PolicyName: policyName }, ['GroupName', 'PolicyName']),
  resources: { target: arnResource((input, ctx) => groupResource(ctx, input.GroupName)) },
  async run(ctx, input) {
    const entity = needGroup(ctx, input.GroupName);
    deleteInlinePolicy(entity.inlinePolicies, input.PolicyName, 'group');
    return {};
  },
};
