/**
 * AttachGroupPolicy: attaches an AWS managed policy to the group. Attaching it again changes nothing;
 * an identity holds at most 10 managed policies.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_AttachGroupPolicy.html
 */
import { struct, arnResource } from '@/core';
import type { IamOperationDef } from './context';
import { attachPolicy, needGroup, groupResource } from './common';
import { groupName, policyArn } from './shapes';

export const attachGroupPolicy: IamOperationDef<{ GroupName: string; PolicyArn: string }, Record<string, never>> = {
  name: 'AttachGroupPolicy',
  action: 'iam:AttachGroupPolicy',
  summary: 'Attach a managed policy to an IAM group.',
  input: struct({ GroupName: groupName, PolicyArn: policyArn }, ['GroupName', 'PolicyArn']),
  resources: { target: arnResource((input, ctx) => groupResource(ctx, input.GroupName)) },
  async run(ctx, input) {
    const entity = needGroup(ctx, input.GroupName);
    attachPolicy(entity.attachedPolicies, input.PolicyArn, 'PoliciesPerGroup');
    return {};
  },
};
