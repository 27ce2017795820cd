/**
 * DeleteUserPolicy: removes an inline policy of the user.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteUserPolicy.html
 */
import { struct, arnResource } from '@/core';
import type { IamOperationDef } from './context';
import { deleteInlinePolicy, needUser, userResource } from './common';
import { existingUserName, policyName } from './shapes';

export const deleteUserPolicy: IamOperationDef<{ UserName: string; PolicyName: string }, Record<string, never>> = {
  name: 'DeleteUserPolicy',
  action: 'iam:DeleteUserPolicy',
  summary: 'Delete an inline policy of an IAM user.',
  input: struct({ UserName: existingUserName, PolicyName: policyName }, ['UserName', 'PolicyName']),
  resources: { target: arnResource((input, ctx) => userResource(ctx, input.UserName)) },
  async run(ctx, input) {
    const entity = needUser(ctx, input.UserName);
    deleteInlinePolicy(entity.inlinePolicies, input.PolicyName, 'user');
    return {};
  },
};
