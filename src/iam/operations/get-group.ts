/**
 * GetGroup: a group and its users (the users are the paginated list).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetGroup.html
 */
import { struct, arnResource } from '@/core';
import { sameName } from '@/iam/find';
import type { IamOperationDef } from './context';
import { groupResource, needGroup } from './common';
import { groupOut, userOut } from './output';
import { pageFields, paginate } from './paginate';
import { groupName, paging } from './shapes';

export interface GetGroupInput {
  GroupName: string;
  Marker?: string;
  MaxItems?: number;
}

export interface GetGroupOutput {
  Group: ReturnType<typeof groupOut>;
  Users: ReturnType<typeof userOut>[];
  IsTruncated: boolean;
  Marker?: string;
}

export const getGroup: IamOperationDef<GetGroupInput, GetGroupOutput> = {
  name: 'GetGroup',
  action: 'iam:GetGroup',
  readOnly: true,
  summary: 'Show an IAM group and the users in it.',
  input: struct({ GroupName: groupName, ...paging }, ['GroupName']),
  resources: { target: arnResource((input, ctx) => groupResource(ctx, input.GroupName)) },
  async run(ctx, input) {
    const group = needGroup(ctx, input.GroupName);
    const members = Object.values(ctx.iam.users).filter((u) => u.groups.some((g) => sameName(g, group.groupName)));
    const p = paginate(members, (u) => u.userName, input);
    return { Group: groupOut(group), Users: p.page.map(userOut), ...pageFields(p) };
  },
};
