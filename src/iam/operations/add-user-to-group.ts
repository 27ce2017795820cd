/**
 * AddUserToGroup: the user gets every policy of the group. Adding twice changes nothing.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_AddUserToGroup.html
 * Quota: a user is in at most 10 groups (GroupsPerUser).
 */
import { struct, arnResource } from '@/core';
import { sameName } from '@/iam/find';
import type { IamOperationDef } from './context';
import { groupResource, limitExceeded, needGroup, needUser } from './common';
import { existingUserName, groupName } from './shapes';

export const GROUPS_PER_USER = 10;

export const addUserToGroup: IamOperationDef<{ GroupName: string; UserName: string }, Record<string, never>> = {
  name: 'AddUserToGroup',
  action: 'iam:AddUserToGroup',
  summary: 'Add an IAM user to a group.',
  input: struct({ GroupName: groupName, UserName: existingUserName }, ['GroupName', 'UserName']),
  resources: { target: arnResource((input, ctx) => groupResource(ctx, input.GroupName)) },
  async run(ctx, input) {
    const group = needGroup(ctx, input.GroupName);
    const user = needUser(ctx, input.UserName);
    if (user.groups.some((g) => sameName(g, group.groupName))) return {};
    if (user.groups.length >= GROUPS_PER_USER) throw limitExceeded(`Cannot exceed quota for GroupsPerUser: ${GROUPS_PER_USER}`);
    user.groups.push(group.groupName);
    return {};
  },
};
