/** The account's IAM users and roles, listed through the IAM API for the permission pickers. */
import { listAll, type Caller } from '@/state/console-client';

export interface PrincipalRow {
  arn: string;
  name: string;
  path: string;
  type: 'User' | 'Role';
}

export async function loadPrincipals(call: Caller): Promise<PrincipalRow[]> {
  const [users, roles] = await Promise.all([
    listAll<{ UserName: string; Arn: string; Path: string }>((Marker) => call('ListUsers', Marker ? { Marker } : {}, 'iam'), 'Users'),
    listAll<{ RoleName: string; Arn: string; Path: string }>((Marker) => call('ListRoles', Marker ? { Marker } : {}, 'iam'), 'Roles'),
  ]);
  return [
    ...users.map((u): PrincipalRow => ({ arn: u.Arn, name: u.UserName, path: u.Path, type: 'User' })),
    ...roles.map((r): PrincipalRow => ({ arn: r.Arn, name: r.RoleName, path: r.Path, type: 'Role' })),
  ].sort((a, b) => a.name.localeCompare(b.name));
}
