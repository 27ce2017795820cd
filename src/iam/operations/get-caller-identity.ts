/**
 * STS GetCallerIdentity: who am I? Needs no permission: AWS answers it even under an explicit
 * deny, hence `authorization: 'none'`.
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html
 */
import { struct } from '@/core';
import type { IamOperationDef } from './context';

export interface GetCallerIdentityOutput {
  UserId: string;
  Account: string;
  Arn: string;
}

export const getCallerIdentity: IamOperationDef<Record<string, never>, GetCallerIdentityOutput> = {
  name: 'GetCallerIdentity',
  action: 'sts:GetCallerIdentity',
  readOnly: true,
  summary: 'Show the account, user id and ARN of the caller.',
  input: struct({}),
  authorization: 'none',
  async run(ctx) {
    return { UserId: ctx.caller.userId, Account: ctx.caller.accountId, Arn: ctx.caller.arn };
  },
};
