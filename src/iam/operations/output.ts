/**
 * The IAM entities as the API returns them (PascalCase members, Date timestamps).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_User.html, API_Group.html, API_Role.html,
 * API_AttachedPolicy.html, API_Policy.html. Policy documents are returned as the JSON text
 * (the wire URL-encodes it; the AWS CLI prints it decoded, as JSON).
 */
import { findManagedPolicy, type ManagedPolicy } from '@/iam/managed-policies';
import type { IamGroup, IamRole, IamState, IamUser } from '@/iam/model';

export const userOut = (u: IamUser) => ({ Path: u.path, UserName: u.userName, UserId: u.userId, Arn: u.arn, CreateDate: new Date(u.createDate) });

export const groupOut = (g: IamGroup) => ({ Path: g.path, GroupName: g.groupName, GroupId: g.groupId, Arn: g.arn, CreateDate: new Date(g.createDate) });

export const roleOut = (r: IamRole) => ({
  Path: r.path,
  RoleName: r.roleName,
  RoleId: r.roleId,
  Arn: r.arn,
  CreateDate: new Date(r.createDate),
  AssumeRolePolicyDocument: r.assumeRolePolicyDocument,
  ...(r.description ? { Description: r.description } : {}),
  MaxSessionDuration: r.maxSessionDuration ?? 3600,
});

export type AttachedPolicy = { PolicyName: string; PolicyArn: string };

/** Attached ARNs as {PolicyName, PolicyArn}, filtered by the policies' path prefix. */
export function attachedOut(arns: string[], pathPrefix?: string): AttachedPolicy[] {
  return arns
    .map((arn) => findManagedPolicy(arn))
    .filter((p): p is ManagedPolicy => !!p && (pathPrefix === undefined || p.path.startsWith(pathPrefix)))
    .map((p) => ({ PolicyName: p.name, PolicyArn: p.arn }));
}

/** How many users, groups and roles a managed policy is attached to. */
export function attachmentCount(iam: IamState, arn: string): number {
  const all = [...Object.values(iam.users), ...Object.values(iam.groups), ...Object.values(iam.roles)];
  return all.filter((e) => e.attachedPolicies.includes(arn)).length;
}

/** Members in the order of IAM's Policy shape (the CLI prints them in that order); GetPolicy adds Description. */
export const policyOut = (iam: IamState, p: ManagedPolicy, withDescription = false) => ({
  PolicyName: p.name,
  PolicyId: p.policyId,
  Arn: p.arn,
  Path: p.path,
  DefaultVersionId: p.defaultVersionId,
  AttachmentCount: attachmentCount(iam, p.arn),
  PermissionsBoundaryUsageCount: 0,
  IsAttachable: true,
  ...(withDescription ? { Description: p.description } : {}),
  CreateDate: new Date(p.createDate),
  UpdateDate: new Date(p.updateDate),
});
