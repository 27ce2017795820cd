/**
 * ListAttachedUserPolicies: the managed policies attached to the user (inline ones: ListUserPolicies).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAttachedUserPolicies.html
 */
import { struct, arnResource } from '@/core';
import type { IamOperationDef } from './context';
import { needUser, userResource } from './common';
import { attachedOut, type AttachedPolicy } from './output';
import { pageFields, paginate } from './paginate';
import { existingUserName, paging, pathPrefix } from './shapes';

export interface ListAttachedUserPoliciesInput {
  UserName: string;
  PathPrefix?: string;
  Marker?: string;
  MaxItems?: number;
}

export const listAttachedUserPolicies: IamOperationDef<
  ListAttachedUserPoliciesInput,
  { AttachedPolicies: AttachedPolicy[]; IsTruncated: boolean; Marker?: string }
> = {
  name: 'ListAttachedUserPolicies',
  action: 'iam:ListAttachedUserPolicies',
  readOnly: true,
  summary: 'List the managed policies attached to an IAM user.',
  input: struct({ UserName: existingUserName, PathPrefix: pathPrefix, ...paging }, ['UserName']),
  resources: { target: arnResource((input, ctx) => userResource(ctx, input.UserName)) },
  async run(ctx, input) {
    const entity = needUser(ctx, input.UserName);
    const p = paginate(attachedOut(entity.attachedPolicies, input.PathPrefix), (a) => a.PolicyName, input);
    return { AttachedPolicies: p.page, ...pageFields(p) };
  },
};
