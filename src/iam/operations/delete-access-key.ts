/**
 * DeleteAccessKey: the key stops working at once. Without UserName, the calling user's key.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteAccessKey.html
 */
import { struct, arnResource } from '@/core';
import type { IamOperationDef } from './context';
import { needUser, noSuchEntity, targetUserName, userResource } from './common';
import { accessKeyId, existingUserName } from './shapes';

export const deleteAccessKey: IamOperationDef<{ UserName?: string; AccessKeyId: string }, Record<string, never>> = {
  name: 'DeleteAccessKey',
  action: 'iam:DeleteAccessKey',
  summary: "Delete one of an IAM user's access keys.",
  input: struct({ UserName: existingUserName, AccessKeyId: accessKeyId }, ['AccessKeyId']),
  resources: { target: arnResource((input, ctx) => (input.UserName !== undefined ? userResource(ctx, input.UserName) : ctx.caller.arn)) },
  async run(ctx, input) {
    const user = needUser(ctx, targetUserName(ctx, input.UserName));
    const i = user.accessKeys.findIndex((k) => k.accessKeyId === input.AccessKeyId);
    if (i < 0) throw noSuchEntity(`The Access Key with id ${input.AccessKeyId} cannot be found.`);
    user.accessKeys.splice(i, 1);
    return {};
  },
};
