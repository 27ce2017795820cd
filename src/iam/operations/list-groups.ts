/**
 * ListGroups: the account's IAM groups, sorted by name, optionally under a path prefix.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListGroups.html
 */
import { groupArn, struct, arnResource } from '@/core';
import type { IamOperationDef } from './context';
import { hasPathPrefix } from './common';
import { groupOut } from './output';
import { pageFields, paginate } from './paginate';
import { paging, pathPrefix } from './shapes';

export interface ListGroupsInput {
  PathPrefix?: string;
  Marker?: string;
  MaxItems?: number;
}

export const listGroups: IamOperationDef<ListGroupsInput, { Groups: ReturnType<typeof groupOut>[]; IsTruncated: boolean; Marker?: string }> = {
  name: 'ListGroups',
  action: 'iam:ListGroups',
  readOnly: true,
  summary: 'List the IAM groups of the account.',
  input: struct({ PathPrefix: pathPrefix, ...paging }),
  resources: { target: arnResource((input) => groupArn('', input.PathPrefix ?? '/')) },
  async run(ctx, input) {
    const groups = Object.values(ctx.iam.groups).filter((g) => hasPathPrefix(g.path, input.PathPrefix));
    const p = paginate(groups, (g) => g.groupName, input);
    return { Groups: p.page.map(groupOut), ...pageFields(p) };
  },
};
