/**
 * GetUser: a user's details; without UserName, the calling user. Called by the root user
 * without a name it describes the root (UserId and Arn of the account).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetUser.html
 * Simplified: no PasswordLastUsed, Tags or PermissionsBoundary.
 */
import { struct, arnResource } from '@/core';
import type { IamOperationDef } from './context';
import { iamValidationError, needUser, userResource } from './common';
import { userOut } from './output';
import { existingUserName } from './shapes';

type UserView = Partial<ReturnType<typeof userOut>> & { UserId: string; Arn: string; CreateDate: Date };

export const getUser: IamOperationDef<{ UserName?: string }, { User: UserView }> = {
  name: 'GetUser',
  action: 'iam:GetUser',
  readOnly: true,
  summary: 'Show an IAM user (or, without a name, the caller).',
  input: struct({ UserName: existingUserName }),
  resources: { target: arnResource((input, ctx) => (input.UserName !== undefined ? userResource(ctx, input.UserName) : ctx.caller.arn)) },
  async run(ctx, input) {
    if (input.UserName === undefined) {
      if (ctx.caller.type === 'root') {
        // The account's creation: the oldest entity of the lab's account.
        const created = Math.min(ctx.clock.nowMs(), ...Object.values(ctx.iam.users).map((u) => u.createDate));
        return { User: { UserId: ctx.caller.userId, Arn: ctx.caller.arn, CreateDate: new Date(created) } };
      }
      if (ctx.caller.type !== 'user') throw iamValidationError('Must specify userName when calling with non-User credentials');
    }
    return { User: userOut(needUser(ctx, input.UserName ?? ctx.caller.name)) };
  },
};
