/**
 * ListUserPolicies: the names of the user's inline policies (managed ones: ListAttachedUserPolicies).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListUserPolicies.html
 */
import { struct, arnResource } from '@/core';
import type { IamOperationDef } from './context';
import { needUser, userResource } from './common';
import { pageFields, paginate } from './paginate';
import { existingUserName, paging } from './shapes';

export interface ListUserPoliciesInput {
  UserName: string;
  Marker?: string;
  MaxItems?: number;
}

export const listUserPolicies: IamOperationDef<ListUserPoliciesInput, { PolicyNames: string[]; IsTruncated: boolean; Marker?: string }> = {
  name: 'ListUserPolicies',
  action: 'iam:ListUserPolicies',
  readOnly: true,
  summary: 'List the names of the inline policies of an IAM user.',
  input: struct({ UserName: existingUserName, ...paging }, ['UserName']),
  resources: { target: arnResource((input, ctx) => userResource(ctx, input.UserName)) },
  async run(ctx, input) {
    const entity = needUser(ctx, input.UserName);
    const p = paginate(
      entity.inlinePolicies.map((x) => x.name),
      (n) => n,
      input,
    );
    return { PolicyNames: p.page, ...pageFields(p) };
  },
};
