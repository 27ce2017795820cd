/**
 * GetRole: a role, its trust policy and (empty here) RoleLastUsed.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRole.html
 */
import { struct, arnResource } from '@/core';
import type { IamOperationDef } from './context';
import { needRole, roleResource } from './common';
import { roleOut } from './output';
import { roleName } from './shapes';

export const getRole: IamOperationDef<{ RoleName: string }, { Role: ReturnType<typeof roleOut> & { RoleLastUsed: Record<string, never> } }> = {
  name: 'GetRole',
  action: 'iam:GetRole',
  readOnly: true,
  summary: 'Show an IAM role and its trust policy.',
  input: struct({ RoleName: roleName }, ['RoleName']),
  resources: { target: arnResource((input, ctx) => roleResource(ctx, input.RoleName)) },
  async run(ctx, input) {
    return { Role: { ...roleOut(needRole(ctx, input.RoleName)), RoleLastUsed: {} } };
  },
};
