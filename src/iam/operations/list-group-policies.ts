/**
 * ListGroupPolicies: the names of the group's inline policies (managed ones: ListAttachedGroupPolicies).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListGroupPolicies.html
 */
import { struct, arnResource } from '@/core';
import type { IamOperationDef } from './context';
import { needGroup, groupResource } from './common';
import { pageFields, paginate } from './paginate';
import { groupName, paging } from './shapes';

export interface ListGroupPoliciesInput {
  GroupName: string;
  Marker?: string;
  MaxItems?: number;
}

export const listGroupPolicies: IamOperationDef<ListGroupPoliciesInput, { PolicyNames: string[]; IsTruncated: boolean; Marker?: string }> = {
  name: 'ListGroupPolicies',
  action: 'iam:ListGroupPolicies',
  readOnly: true,
  summary: 'List the names of the inline policies of an IAM group.',
  input: struct({ GroupName: groupName, ...paging }, ['GroupName']),
  resources: { target: arnResource((input, ctx) => groupResource(ctx, input.GroupName)) },
  async run(ctx, input) {
    const entity = needGroup(ctx, input.GroupName);
    const p = paginate(
      entity.inlinePolicies.map((x) => x.name),
      (n) => n,
      input,
    );
    return { PolicyNames: p.page, ...pageFields(p) };
  },
};
