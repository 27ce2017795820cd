/**
 * ListAttachedRolePolicies: the managed policies attached to the role.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAttachedRolePolicies.html
 */
import { struct, arnResource } from '@/core';
import type { IamOperationDef } from './context';
import { needRole, roleResource } from './common';
import { attachedOut, type AttachedPolicy } from './output';
import { pageFields, paginate } from './paginate';
import { roleName, paging, pathPrefix } from './shapes';

export interface ListAttachedRolePoliciesInput {
  RoleName: string;
  PathPrefix?: string;
  Marker?: string;
  MaxItems?: number;
}

export const listAttachedRolePolicies: IamOperationDef<
  ListAttachedRolePoliciesInput,
  { AttachedPolicies: AttachedPolicy[]; IsTruncated: boolean; Marker?: string }
> = {
  name: 'ListAttachedRolePolicies',
  action: 'iam:ListAttachedRolePolicies',
  readOnly: true,
  summary: 'List the managed policies attached to an IAM role.',
  input: struct({ RoleName: roleName, PathPrefix: pathPrefix, ...paging }, ['RoleName']),
  resources: { target: arnResource((input, ctx) => roleResource(ctx, input.RoleName)) },
  async run(ctx, input) {
    const entity = needRole(ctx, input.RoleName);
    const p = paginate(attachedOut(entity.attachedPolicies, input.PathPrefix), (a) => a.PolicyName, input);
    return { AttachedPolicies: p.page, ...pageFields(p) };
  },
};
