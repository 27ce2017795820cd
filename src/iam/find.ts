/**
 * Lookups by name. IAM names are unique case-insensitively and the API finds an entity
 * whatever the case it is asked with; records stay keyed by the name as created.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-names
 */
import { own } from '@/core/dict';
import type { IamGroup, IamRole, IamState, IamUser } from './model';

export const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

function byName<T>(records: Record<string, T>, name: string, nameOf: (t: T) => string): T | undefined {
  return own(records, name) ?? Object.values(records).find((r) => sameName(nameOf(r), name));
}

export const findUser = (state: IamState, name: string): IamUser | undefined => byName(state.users, name, (u) => u.userName);
export const findGroup = (state: IamState, name: string): IamGroup | undefined => byName(state.groups, name, (g) => g.groupName);
export const findRole = (state: IamState, name: string): IamRole | undefined => byName(state.roles, name, (r) => r.roleName);
