/**
 * UpdateAccessKey: makes an access key Active or Inactive. An Inactive key is refused by the
 * local endpoint (UnrecognizedClientException), as AWS refuses it. Without UserName, the
 * calling user's key.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAccessKey.html
 */
import { str, struct, arnResource } from '@/core';
import type { IamOperationDef } from './context';
import { needUser, noSuchEntity, targetUserName, userResource } from './common';
import { accessKeyId, existingUserName } from './shapes';

export const updateAccessKey: IamOperationDef<{ UserName?: string; AccessKeyId: string; Status: 'Active' | 'Inactive' }, Record<string, never>> = {
  name: 'UpdateAccessKey',
  action: 'iam:UpdateAccessKey',
  summary: "Activate or deactivate one of an IAM user's access keys.",
  input: struct({ UserName: existingUserName, AccessKeyId: accessKeyId, Status: str({ enum: ['Active', 'Inactive'], doc: 'Active or Inactive.' }) }, [
    'AccessKeyId',
    'Status',
  ]),
  resources: { target: arnResource((input, ctx) => (input.UserName !== undefined ? userResource(ctx, input.UserName) : ctx.caller.arn)) },
  async run(ctx, input) {
    const user = needUser(ctx, targetUserName(ctx, input.UserName));
    const key = user.accessKeys.find((k) => k.accessKeyId === input.AccessKeyId);
    if (!key) throw noSuchEntity(`The Access Key with id ${input.AccessKeyId} cannot be found.`);
    key.status = input.Status;
    return {};
  },
};
