/**
 * DeleteRole: the role must have no managed or inline policies left (DeleteConflict).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteRole.html
 * Sessions of a deleted role keep their ARN but no policy applies to them any more.
 */
import { struct, arnResource } from '@/core';
import type { IamOperationDef } from './context';
import { deleteConflict, needRole, roleResource } from './common';
import { roleName } from './shapes';

export const deleteRole: IamOperationDef<{ RoleName: string }, Record<string, never>> = {
  name: 'DeleteRole',
  action: 'iam:DeleteRole',
  summary: 'Delete an IAM role that has no policies left.',
  input: struct({ RoleName: roleName }, ['RoleName']),
  resources: { target: arnResource((input, ctx) => roleResource(ctx, input.RoleName)) },
  async run(ctx, input) {
    const role = needRole(ctx, input.RoleName);
    if (role.attachedPolicies.length) throw deleteConflict('Cannot delete entity, must detach all policies first.');
    if (role.inlinePolicies.length) throw deleteConflict('Cannot delete entity, must delete policies first.');
    delete ctx.iam.roles[role.roleName];
    return {};
  },
};
