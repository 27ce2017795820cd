/**
 * CreateRole: a role with a trust policy (who may assume it). The trust policy is checked as a
 * resource policy: it must name a Principal and needs no Resource.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html
 * Simplified: no Tags, no PermissionsBoundary; the lab does not model sts:AssumeRole itself
 * (principalForRole gives a session directly).
 */
import { roleArn, struct, arnResource } from '@/core';
import { findRole } from '@/iam/find';
import { newRoleId } from '@/iam/ids';
import type { IamRole } from '@/iam/model';
import type { IamOperationDef } from './context';
import { checkDocument, entityAlreadyExists } from './common';
import { roleOut } from './output';
import { maxSessionDuration, path, policyDocument, roleDescription, roleName } from './shapes';

export interface CreateRoleInput {
  RoleName: string;
  AssumeRolePolicyDocument: string;
  Path?: string;
  Description?: string;
  MaxSessionDuration?: number;
}

export const createRole: IamOperationDef<CreateRoleInput, { Role: ReturnType<typeof roleOut> }> = {
  name: 'CreateRole',
  action: 'iam:CreateRole',
  summary: 'Create an IAM role with a trust policy.',
  input: struct(
    { RoleName: roleName, AssumeRolePolicyDocument: policyDocument, Path: path, Description: roleDescription, MaxSessionDuration: maxSessionDuration },
    ['RoleName', 'AssumeRolePolicyDocument'],
  ),
  resources: { target: arnResource((input) => roleArn(input.RoleName, input.Path ?? '/')) },
  async run(ctx, input) {
    if (findRole(ctx.iam, input.RoleName)) throw entityAlreadyExists(`Role with name ${input.RoleName} already exists.`);
    checkDocument(input.AssumeRolePolicyDocument, 'trust');
    const p = input.Path ?? '/';
    const role: IamRole = {
      roleName: input.RoleName,
      roleId: newRoleId(ctx.random),
      arn: roleArn(input.RoleName, p),
      path: p,
      createDate: ctx.clock.nowMs(),
      assumeRolePolicyDocument: input.AssumeRolePolicyDocument,
      description: input.Description ?? '',
      maxSessionDuration: input.MaxSessionDuration ?? 3600,
      attachedPolicies: [],
      inlinePolicies: [],
    };
    ctx.iam.roles[role.roleName] = role;
    return { Role: roleOut(role) };
  },
};
