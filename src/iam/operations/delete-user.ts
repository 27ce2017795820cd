/**
 * DeleteUser: only a user with nothing left attached can go; AWS makes you remove inline
 * policies, managed policies, group memberships and access keys first (DeleteConflict).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteUser.html
 */
import { struct, arnResource } from '@/core';
import type { IamOperationDef } from './context';
import { deleteConflict, needUser, userResource } from './common';
import { existingUserName } from './shapes';

export const deleteUser: IamOperationDef<{ UserName: string }, Record<string, never>> = {
  name: 'DeleteUser',
  action: 'iam:DeleteUser',
  summary: 'Delete an IAM user that has no policies, groups or access keys left.',
  input: struct({ UserName: existingUserName }, ['UserName']),
  resources: { target: arnResource((input, ctx) => userResource(ctx, input.UserName)) },
  async run(ctx, input) {
    const user = needUser(ctx, input.UserName);
    if (user.inlinePolicies.length) throw deleteConflict('Cannot delete entity, must delete policies first.');
    if (user.attachedPolicies.length) throw deleteConflict('Cannot delete entity, must detach all policies first.');
    if (user.groups.length) throw deleteConflict('Cannot delete entity, must remove user from all groups first.');
    if (user.accessKeys.length) throw deleteConflict('Cannot delete entity, must delete access keys first.');
    delete ctx.iam.users[user.userName];
    return {};
  },
};
