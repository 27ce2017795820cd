/**
 * PutGroupPolicy: adds or replaces an inline policy of the group. The document is checked as an
 * identity policy (MalformedPolicyDocument with the problem); inline policies of one group may
 * total 5120 characters, whitespace not counted (LimitExceeded).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutGroupPolicy.html
 */
import { struct, arnResource } from '@/core';
import type { IamOperationDef } from './context';
import { needGroup, putInlinePolicy, groupResource } from './common';
import { groupName, policyDocument, policyName } from './shapes';

export interface PutGroupPolicyInput {
  GroupName: string;
  PolicyName: string;
  PolicyDocument: string;
}

export const putGroupPolicy: IamOperationDef<PutGroupPolicyInput, Record<string, never>> = {
  name: 'PutGroupPolicy',
  action: 'iam:PutGroupPolicy',
  summary: 'Add or replace an inline policy of an IAM group.',
  input: struct({ GroupName: groupName, PolicyName: policyName, PolicyDocument: policyDocument }, ['GroupName', 'PolicyName', 'PolicyDocument']),
  resources: { target: arnResource((input, ctx) => groupResource(ctx, input.GroupName)) },
  async run(ctx, input) {
    const entity = needGroup(ctx, input.GroupName);
    putInlinePolicy(entity.inlinePolicies, input.PolicyName, input.PolicyDocument, { type: 'group', name: entity.groupName });
    return {};
  },
};
