/**
 * ListRoles: the account's roles, sorted by name, optionally under a path prefix.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListRoles.html
 */
import { roleArn, struct, arnResource } from '@/core';
import type { IamOperationDef } from './context';
import { hasPathPrefix } from './common';
import { roleOut } from './output';
import { pageFields, paginate } from './paginate';
import { paging, pathPrefix } from './shapes';

export interface ListRolesInput {
  PathPrefix?: string;
  Marker?: string;
  MaxItems?: number;
}

export const listRoles: IamOperationDef<ListRolesInput, { Roles: ReturnType<typeof roleOut>[]; IsTruncated: boolean; Marker?: string }> = {
  name: 'ListRoles',
  action: 'iam:ListRoles',
  readOnly: true,
  summary: 'List the IAM roles of the account.',
  input: struct({ PathPrefix: pathPrefix, ...paging }),
  resources: { target: arnResource((input) => roleArn('', input.PathPrefix ?? '/')) },
  async run(ctx, input) {
    const roles = Object.values(ctx.iam.roles).filter((r) => hasPathPrefix(r.path, input.PathPrefix));
    const p = paginate(roles, (r) => r.roleName, input);
    return { Roles: p.page.map(roleOut), ...pageFields(p) };
  },
};
