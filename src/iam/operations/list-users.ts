/**
 * ListUsers: the account's IAM users, sorted by name, optionally under a path prefix.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListUsers.html
 */
import { struct, userArn, arnResource } from '@/core';
import type { IamOperationDef } from './context';
import { hasPathPrefix } from './common';
import { userOut } from './output';
import { pageFields, paginate } from './paginate';
import { paging, pathPrefix } from './shapes';

export interface ListUsersInput {
  PathPrefix?: string;
  Marker?: string;
  MaxItems?: number;
}

export const listUsers: IamOperationDef<ListUsersInput, { Users: ReturnType<typeof userOut>[]; IsTruncated: boolean; Marker?: string }> = {
  name: 'ListUsers',
  action: 'iam:ListUsers',
  readOnly: true,
  summary: 'List the IAM users of the account.',
  input: struct({ PathPrefix: pathPrefix, ...paging }),
  resources: { target: arnResource((input) => userArn('', input.PathPrefix ?? '/')) },
  async run(ctx, input) {
    const users = Object.values(ctx.iam.users).filter((u) => hasPathPrefix(u.path, input.PathPrefix));
    const p = paginate(users, (u) => u.userName, input);
    return { Users: p.page.map(userOut), ...pageFields(p) };
  },
};
