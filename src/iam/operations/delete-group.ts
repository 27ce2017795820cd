/**
 * DeleteGroup: the group must be empty and have no policies (DeleteConflict otherwise).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteGroup.html
 */
import { struct, arnResource } from '@/core';
import { sameName } from '@/iam/find';
import type { IamOperationDef } from './context';
import { deleteConflict, groupResource, needGroup } from './common';
import { groupName } from './shapes';

export const deleteGroup: IamOperationDef<{ GroupName: string }, Record<string, never>> = {
  name: 'DeleteGroup',
  action: 'iam:DeleteGroup',
  summary: 'Delete an IAM group that has no users and no policies.',
  input: struct({ GroupName: groupName }, ['GroupName']),
  resources: { target: arnResource((input, ctx) => groupResource(ctx, input.GroupName)) },
  async run(ctx, input) {
    const group = needGroup(ctx, input.GroupName);
    const members = Object.values(ctx.iam.users).filter((u) => u.groups.some((g) => sameName(g, group.groupName)));
    if (members.length) throw deleteConflict('Cannot delete entity, must remove users from group first.');
    if (group.inlinePolicies.length) throw deleteConflict('Cannot delete entity, must delete policies first.');
    if (group.attachedPolicies.length) throw deleteConflict('Cannot delete entity, must detach all policies first.');
    delete ctx.iam.groups[group.groupName];
    return {};
  },
};
