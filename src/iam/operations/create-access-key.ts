/**
 * CreateAccessKey: a new long-term access key (AKIA...) and its secret, shown only now.
 * Without UserName, for the calling user. At most two keys per user.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateAccessKey.html
 */
import { struct, arnResource } from '@/core';
import { newAccessKeyId, newSecretAccessKey } from '@/iam/ids';
import type { IamOperationDef } from './context';
import { limitExceeded, needUser, targetUserName, userResource } from './common';
import { existingUserName } from './shapes';

export const ACCESS_KEYS_PER_USER = 2;

export interface CreateAccessKeyOutput {
  AccessKey: { UserName: string; AccessKeyId: string; Status: 'Active'; SecretAccessKey: string; CreateDate: Date };
}

export const createAccessKey: IamOperationDef<{ UserName?: string }, CreateAccessKeyOutput> = {
  name: 'CreateAccessKey',
  action: 'iam:CreateAccessKey',
  summary: 'Create an access key (id and secret) for an IAM user.',
  input: struct({ UserName: existingUserName }),
  sensitiveOutput: ['AccessKey'],
  resources: { target: arnResource((input, ctx) => (input.UserName !== undefined ? userResource(ctx, input.UserName) : ctx.caller.arn)) },
  async run(ctx, input) {
    const user = needUser(ctx, targetUserName(ctx, input.UserName));
    if (user.accessKeys.length >= ACCESS_KEYS_PER_USER) throw limitExceeded(`Cannot exceed quota for AccessKeysPerUser: ${ACCESS_KEYS_PER_USER}`);
    const key = {
      accessKeyId: newAccessKeyId(ctx.random),
      secretAccessKey: newSecretAccessKey(ctx.random),
      status: 'Active' as const,
      createDate: ctx.clock.nowMs(),
    };
    user.accessKeys.push(key);
    return {
      AccessKey: {
        UserName: user.userName,
        AccessKeyId: key.accessKeyId,
        Status: key.status,
        SecretAccessKey: key.secretAccessKey,
        CreateDate: new Date(key.createDate),
      },
    };
  },
};
