/**
 * ListAccessKeys: ids and status of a user's access keys (never the secrets).
 * Without UserName, the calling user's.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAccessKeys.html
 */
import { struct, arnResource } from '@/core';
import type { IamOperationDef } from './context';
import { needUser, targetUserName, userResource } from './common';
import { pageFields, paginate } from './paginate';
import { existingUserName, paging } from './shapes';

export interface ListAccessKeysInput {
  UserName?: string;
  Marker?: string;
  MaxItems?: number;
}

export interface AccessKeyMetadata {
  UserName: string;
  AccessKeyId: string;
  Status: 'Active' | 'Inactive';
  CreateDate: Date;
}

export const listAccessKeys: IamOperationDef<ListAccessKeysInput, { AccessKeyMetadata: AccessKeyMetadata[]; IsTruncated: boolean; Marker?: string }> = {
  name: 'ListAccessKeys',
  action: 'iam:ListAccessKeys',
  readOnly: true,
  summary: "List an IAM user's access keys.",
  input: struct({ UserName: existingUserName, ...paging }),
  resources: { target: arnResource((input, ctx) => (input.UserName !== undefined ? userResource(ctx, input.UserName) : ctx.caller.arn)) },
  async run(ctx, input) {
    const user = needUser(ctx, targetUserName(ctx, input.UserName));
    const p = paginate(user.accessKeys, (k) => k.accessKeyId, input);
    const keys = p.page.map((k) => ({ UserName: user.userName, AccessKeyId: k.accessKeyId, Status: k.status, CreateDate: new Date(k.createDate) }));
    return { AccessKeyMetadata: keys, ...pageFields(p) };
  },
};
