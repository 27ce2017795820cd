/**
 * RemoveUserFromGroup: the user loses the group's policies.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_RemoveUserFromGroup.html
 * A user that is not in the group is NoSuchEntity (AWS's exact wording for this case is not
 * documented; we name the user).
 */
import { struct, arnResource } from '@/core';
import { sameName } from '@/iam/find';
import type { IamOperationDef } from './context';
import { groupResource, needGroup, needUser, noSuchEntity } from './common';
import { existingUserName, groupName } from './shapes';

export const removeUserFromGroup: IamOperationDef<{ GroupName: string; UserName: string }, Record<string, never>> = {
  name: 'RemoveUserFromGroup',
  action: 'iam:RemoveUserFromGroup',
  summary: 'Remove an IAM user from a group.',
  input: struct({ GroupName: groupName, UserName: existingUserName }, ['GroupName', 'UserName']),
  resources: { target: arnResource((input, ctx) => groupResource(ctx, input.GroupName)) },
  async run(ctx, input) {
    const group = needGroup(ctx, input.GroupName);
    const user = needUser(ctx, input.UserName);
    const i = user.groups.findIndex((g) => sameName(g, group.groupName));
    if (i < 0) throw noSuchEntity(`The user with name ${input.UserName} cannot be found in group ${group.groupName}.`);
    user.groups.splice(i, 1);
    return {};
  },
};
