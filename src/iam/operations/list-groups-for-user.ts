/**
 * ListGroupsForUser: the groups an IAM user belongs to.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListGroupsForUser.html
 */
import { struct, arnResource } from '@/core';
import { findGroup } from '@/iam/find';
import type { IamGroup } from '@/iam/model';
import type { IamOperationDef } from './context';
import { needUser, userResource } from './common';
import { groupOut } from './output';
import { pageFields, paginate } from './paginate';
import { existingUserName, paging } from './shapes';

export interface ListGroupsForUserInput {
  UserName: string;
  Marker?: string;
  MaxItems?: number;
}

export const listGroupsForUser: IamOperationDef<ListGroupsForUserInput, { Groups: ReturnType<typeof groupOut>[]; IsTruncated: boolean; Marker?: string }> = {
  name: 'ListGroupsForUser',
  action: 'iam:ListGroupsForUser',
  readOnly: true,
  summary: 'List the groups an IAM user is in.',
  input: struct({ UserName: existingUserName, ...paging }, ['UserName']),
  resources: { target: arnResource((input, ctx) => userResource(ctx, input.UserName)) },
  async run(ctx, input) {
    const user = needUser(ctx, input.UserName);
    const groups = user.groups.map((g) => findGroup(ctx.iam, g)).filter((g): g is IamGroup => !!g);
    const p = paginate(groups, (g) => g.groupName, input);
    return { Groups: p.page.map(groupOut), ...pageFields(p) };
  },
};
