/**
 * The one list of IAM and STS operations: drives dispatch, CLI commands, help and action names.
 * IAM operations are global (not regional), like IAM itself.
 */
import { addUserToGroup } from './add-user-to-group';
import { attachGroupPolicy } from './attach-group-policy';
import { attachRolePolicy } from './attach-role-policy';
import { attachUserPolicy } from './attach-user-policy';
import type { IamOperationDef } from './context';
import { createAccessKey } from './create-access-key';
import { createGroup } from './create-group';
import { createRole } from './create-role';
import { createUser } from './create-user';
import { deleteAccessKey } from './delete-access-key';
import { deleteGroup } from './delete-group';
import { deleteGroupPolicy } from './delete-group-policy';
import { deleteRole } from './delete-role';
import { deleteUser } from './delete-user';
import { deleteUserPolicy } from './delete-user-policy';
import { detachGroupPolicy } from './detach-group-policy';
import { detachRolePolicy } from './detach-role-policy';
import { detachUserPolicy } from './detach-user-policy';
import { getCallerIdentity } from './get-caller-identity';
import { getGroup } from './get-group';
import { getGroupPolicy } from './get-group-policy';
import { getPolicy } from './get-policy';
import { getRole } from './get-role';
import { getUser } from './get-user';
import { getUserPolicy } from './get-user-policy';
import { listAccessKeys } from './list-access-keys';
import { listAttachedGroupPolicies } from './list-attached-group-policies';
import { listAttachedRolePolicies } from './list-attached-role-policies';
import { listAttachedUserPolicies } from './list-attached-user-policies';
import { listGroupPolicies } from './list-group-policies';
import { listGroups } from './list-groups';
import { listGroupsForUser } from './list-groups-for-user';
import { listPolicies } from './list-policies';
import { listRoles } from './list-roles';
import { listUserPolicies } from './list-user-policies';
import { listUsers } from './list-users';
import { putGroupPolicy } from './put-group-policy';
import { putUserPolicy } from './put-user-policy';
import { removeUserFromGroup } from './remove-user-from-group';
import { updateAccessKey } from './update-access-key';

/** The operations by name, one row each (docs/adding-an-operation.md); `cloud.call` is typed from it. */
export const iamRegistry = {
  CreateUser: createUser,
  DeleteUser: deleteUser,
  GetUser: getUser,
  ListUsers: listUsers,
  CreateGroup: createGroup,
  DeleteGroup: deleteGroup,
  ListGroups: listGroups,
  GetGroup: getGroup,
  AddUserToGroup: addUserToGroup,
  RemoveUserFromGroup: removeUserFromGroup,
  ListGroupsForUser: listGroupsForUser,
  AttachGroupPolicy: attachGroupPolicy,
  DetachGroupPolicy: detachGroupPolicy,
  AttachUserPolicy: attachUserPolicy,
  DetachUserPolicy: detachUserPolicy,
  PutUserPolicy: putUserPolicy,
  PutGroupPolicy: putGroupPolicy,
  DeleteUserPolicy: deleteUserPolicy,
  DeleteGroupPolicy: deleteGroupPolicy,
  ListUserPolicies: listUserPolicies,
  ListGroupPolicies: listGroupPolicies,
  GetUserPolicy: getUserPolicy,
  GetGroupPolicy: getGroupPolicy,
  ListAttachedGroupPolicies: listAttachedGroupPolicies,
  ListAttachedUserPolicies: listAttachedUserPolicies,
  CreateRole: createRole,
  DeleteRole: deleteRole,
  GetRole: getRole,
  ListRoles: listRoles,
  AttachRolePolicy: attachRolePolicy,
  DetachRolePolicy: detachRolePolicy,
  ListAttachedRolePolicies: listAttachedRolePolicies,
  ListPolicies: listPolicies,
  GetPolicy: getPolicy,
  CreateAccessKey: createAccessKey,
  ListAccessKeys: listAccessKeys,
  UpdateAccessKey: updateAccessKey,
  DeleteAccessKey: deleteAccessKey,
} satisfies Record<string, IamOperationDef>;

export const iamOperations: IamOperationDef[] = Object.values(iamRegistry);

/** The operations by name, one row each (docs/adding-an-operation.md); `cloud.call` is typed from it. */
export const stsRegistry = {
  GetCallerIdentity: getCallerIdentity,
} satisfies Record<string, IamOperationDef>;

export const stsOperations: IamOperationDef[] = Object.values(stsRegistry);
