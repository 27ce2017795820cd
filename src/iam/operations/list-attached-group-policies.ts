/**
 * ListAttachedGroupPolicies: the managed policies attached to the group (inline ones: ListGroupPolicies).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAttachedGroupPolicies.html
 */
import { struct, arnResource } from '@/core';
import type { IamOperationDef } from './context';
import { needGroup, groupResource } from './common';
import { attachedOut, type AttachedPolicy } from './output';
import { pageFields, paginate } from './paginate';
import { groupName, paging, pathPrefix } from './shapes';

export interface ListAttachedGroupPoliciesInput {
  GroupName: string;
  PathPrefix?: string;
  Marker?: string;
  MaxItems?: number;
}

export const listAttachedGroupPolicies: IamOperationDef<
  ListAttachedGroupPoliciesInput,
  { AttachedPolicies: AttachedPolicy[]; IsTruncated: boolean; Marker?: string }
> = {
  name: 'ListAttachedGroupPolicies',
  action: 'iam:ListAttachedGroupPolicies',
  readOnly: true,
  summary: 'List the managed policies attached to an IAM group.',
  input: struct({ GroupName: groupName, PathPrefix: pathPrefix, ...paging }, ['GroupName']),
  resources: { target: arnResource((input, ctx) => groupResource(ctx, input.GroupName)) },
  async run(ctx, input) {
    const entity = needGroup(ctx, input.GroupName);
    const p = paginate(attachedOut(entity.attachedPolicies, input.PathPrefix), (a) => a.PolicyName, input);
    return { AttachedPolicies: p.page, ...pageFields(p) };
  },
};
