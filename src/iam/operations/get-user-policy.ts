/**
 * GetUserPolicy: the document of one inline policy of the user, as it was put.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetUserPolicy.html
 */
import { struct, arnResource } from '@/core';
import type { IamOperationDef } from './context';
import { getInlinePolicy, needUser, userResource } from './common';
import { existingUserName, policyName } from './shapes';

export interface GetUserPolicyOutput {
  UserName: string;
  PolicyName: string;
  PolicyDocument: string;
}

export const getUserPolicy: IamOperationDef<{ UserName: string; PolicyName: string }, GetUserPolicyOutput> = {
  name: 'GetUserPolicy',
  action: 'iam:GetUserPolicy',
  readOnly: true,
  summary: 'Show an inline policy of an IAM user.',
  input: struct({ UserName: existingUserName, PolicyName: policyName }, ['UserName', 'PolicyName']),
  resources: { target: arnResource((input, ctx) => userResource(ctx, input.UserName)) },
  async run(ctx, input) {
    const entity = needUser(ctx, input.UserName);
    const p = getInlinePolicy(entity.inlinePolicies, input.PolicyName, 'user');
    return { UserName: entity.userName, PolicyName: p.name, PolicyDocument: p.document };
  },
};
