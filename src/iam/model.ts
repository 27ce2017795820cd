/**
 * IAM identities of the simulated account, as plain data (structured-cloneable, so a
 * snapshot is the state itself). Names are unique per kind, case-insensitively, as in IAM.
 */
export type PrincipalType = 'root' | 'user' | 'role';

/** Who is calling: the account root, an IAM user, or a role (assumed-role session). */
export interface Principal {
  type: PrincipalType;
  /** arn:aws:iam::111122223333:root | ...:user/name | arn:aws:sts::111122223333:assumed-role/name/session */
  arn: string;
  name: string;
  accountId: string;
  /** AIDA... for users, AROA...:session for role sessions (as GetCallerIdentity shows), the account id for root */
  userId: string;
  /** Role sessions only: the session name, the last part of the assumed-role ARN. */
  sessionName?: string;
}

export interface PolicyDocumentRecord {
  name: string;
  /** The JSON text as the learner wrote it. */
  document: string;
}

export interface AccessKeyRecord {
  accessKeyId: string;
  secretAccessKey: string;
  status: 'Active' | 'Inactive';
  createDate: number;
}

export interface IamUser {
  userName: string;
  userId: string;
  arn: string;
  path: string;
  createDate: number;
  groups: string[];
  attachedPolicies: string[]; // policy ARNs
  inlinePolicies: PolicyDocumentRecord[];
  accessKeys: AccessKeyRecord[];
}

export interface IamGroup {
  groupName: string;
  groupId: string;
  arn: string;
  path: string;
  createDate: number;
  attachedPolicies: string[];
  inlinePolicies: PolicyDocumentRecord[];
}

export interface IamRole {
  roleName: string;
  roleId: string;
  arn: string;
  path: string;
  createDate: number;
  assumeRolePolicyDocument: string;
  description: string;
  /** Seconds, 3600-43200; absent means IAM's default of 3600. */
  maxSessionDuration?: number;
  attachedPolicies: string[];
  inlinePolicies: PolicyDocumentRecord[];
}

export interface IamState {
  users: Record<string, IamUser>;
  groups: Record<string, IamGroup>;
  roles: Record<string, IamRole>;
}
