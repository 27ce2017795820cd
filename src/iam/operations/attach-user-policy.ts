/**
 * AttachUserPolicy: attaches an AWS managed policy to the user. Attaching it again changes nothing;
 * an identity holds at most 10 managed policies.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_AttachUserPolicy.html
 */
import { struct, arnResource } from '@/core';
import type { IamOperationDef } from './context';
import { attachPolicy, needUser, userResource } from './common';
import { existingUserName, policyArn } from './shapes';

export const attachUserPolicy: IamOperationDef<{ UserName: string; PolicyArn: string }, Record<string, never>> = {
  name: 'AttachUserPolicy',
  action: 'iam:AttachUserPolicy',
  summary: 'Attach a managed policy to an IAM user.',
  input: struct({ UserName: existingUserName, PolicyArn: policyArn }, ['UserName', 'PolicyArn']),
  resources: { target: arnResource((input, ctx) => userResource(ctx, input.UserName)) },
  async run(ctx, input) {
    const entity = needUser(ctx, input.UserName);
    attachPolicy(entity.attachedPolicies, input.PolicyArn, 'PoliciesPerUser');
    return {};
  },
};
