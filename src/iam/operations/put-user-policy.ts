/**
 * PutUserPolicy: adds or replaces an inline policy of the user. The document is checked as an
 * identity policy (MalformedPolicyDocument with the problem); inline policies of one user may
 * total 2048 characters, whitespace not counted (LimitExceeded).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutUserPolicy.html
 */
import { struct, arnResource } from '@/core';
import type { IamOperationDef } from './context';
import { needUser, putInlinePolicy, userResource } from './common';
import { existingUserName, policyDocument, policyName } from './shapes';

export interface PutUserPolicyInput {
  UserName: string;
  PolicyName: string;
  PolicyDocument: string;
}

export const putUserPolicy: IamOperationDef<PutUserPolicyInput, Record<string, never>> = {
  name: 'PutUserPolicy',
  action: 'iam:PutUserPolicy',
  summary: 'Add or replace an inline policy of an IAM user.',
  input: struct({ UserName: existingUserName, PolicyName: policyName, PolicyDocument: policyDocument }, ['UserName', 'PolicyName', 'PolicyDocument']),
  resources: { target: arnResource((input, ctx) => userResource(ctx, input.UserName)) },
  async run(ctx, input) {
    const entity = needUser(ctx, input.UserName);
    putInlinePolicy(entity.inlinePolicies, input.PolicyName, input.PolicyDocument, { type: 'user', name: entity.userName });
    return {};
  },
};
