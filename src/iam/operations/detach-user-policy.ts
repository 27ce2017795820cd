/**
 * DetachUserPolicy: removes a managed policy from the user; one that is not attached is NoSuchEntity.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_DetachUserPolicy.html
 */
import { struct, arnResource } from '@/core';
import type { IamOperationDef } from './context';
import { detachPolicy, needUser, userResource } from './common';
import { existingUserName, policyArn } from './shapes';

export const detachUserPolicy: IamOperationDef<{ UserName: string; PolicyArn: string }, Record<string, never>> = {
  name: 'DetachUserPolicy',
  action: 'iam:DetachUserPolicy',
  summary: 'Detach a managed policy from an IAM user.',
  input: struct({ UserName: existingUserName, PolicyArn: policyArn }, ['UserName', 'PolicyArn']),
  resources: { target: arnResource((input, ctx) => userResource(ctx, input.UserName)) },
  async run(ctx, input) {
    const entity = needUser(ctx, input.UserName);
    detachPolicy(entity.attachedPolicies, input.PolicyArn);
    return {};
  },
};
