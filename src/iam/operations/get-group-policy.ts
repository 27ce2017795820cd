/**
 * GetGroupPolicy: the document of one inline policy of the group, as it was put.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetGroupPolicy.html
 */
import { struct, arnResource } from '@/core';
import type { IamOperationDef } from './context';
import { getInlinePolicy, needGroup, groupResource } from './common';
import { groupName, policyName } from './shapes';

export interface GetGroupPolicyOutput {
  GroupName: string;
  PolicyName: string;
  PolicyDocument: string;
}

export const getGroupPolicy: IamOperationDef<{ GroupName: string; PolicyName: string }, GetGroupPolicyOutput> = {
  name: 'GetGroupPolicy',
  action: 'iam:GetGroupPolicy',
  readOnly: true,
  summary: 'Show an inline policy of an IAM group.',
  input: struct({ GroupName: groupName, PolicyName: policyName }, ['GroupName', 'PolicyName']),
  resources: { target: arnResource((input, ctx) => groupResource(ctx, input.GroupName)) },
  async run(ctx, input) {
    const entity = needGroup(ctx, input.GroupName);
    const p = getInlinePolicy(entity.inlinePolicies, input.PolicyName, 'group');
    return { GroupName: entity.groupName, PolicyName: p.name, PolicyDocument: p.document };
  },
};
