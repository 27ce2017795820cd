/**
 * The key policy's "default view": key administrators, key users and other AWS accounts, read
 * from a policy the console's default shape describes, and written back through the one builder
 * of that policy, buildDefaultPolicy (docs/aws-behaviour.md, "Key policies"). A policy with any other statement
 * (edited by hand) has no default view, as in the console: only the policy view shows it.
 */
import { ACCOUNT_ID, parseArn, rootArn } from '@/core';
import { buildDefaultPolicy, DELETE_ACTIONS } from '@/kms/model/default-policy';
import type { Origin } from '@/kms/model/key';
import type { KeySpec, KeyUsage } from '@/kms/model/key-specs';

export const SIDS = {
  root: 'Enable IAM User Permissions',
  admins: 'Allow access for Key Administrators',
  use: 'Allow use of the key',
  grants: 'Allow attachment of persistent resources',
};
const KNOWN = new Set(Object.values(SIDS));

export interface DefaultView {
  administrators: string[];
  /** Users and roles of this account. */
  users: string[];
  /** Other AWS accounts (12-digit ids) allowed to use the key. */
  accounts: string[];
  allowAdministratorsToDelete: boolean;
}

interface Statement {
  Sid?: string;
  Principal?: { AWS?: string | string[] };
  Action?: string | string[];
}

const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export function readDefaultView(policy: string): DefaultView | undefined {
  let doc: { Statement?: unknown };
  try {
    doc = JSON.parse(policy);
  } catch {
    return undefined;
  }
  const statements = (Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement]) as Statement[];
  if (!statements.every((s) => s && typeof s === 'object' && s.Sid && KNOWN.has(s.Sid))) return undefined;
  if (!statements.some((s) => s.Sid === SIDS.root)) return undefined;
  const admin = statements.find((s) => s.Sid === SIDS.admins);
  const use = statements.find((s) => s.Sid === SIDS.use);
  const users: string[] = [];
  const accounts: string[] = [];
  for (const arn of list(use?.Principal?.AWS)) {
    const parsed = parseArn(arn);
    if (parsed && parsed.account !== ACCOUNT_ID && parsed.resource === 'root') accounts.push(parsed.account);
    else if (/^\d{12}$/.test(arn) && arn !== ACCOUNT_ID) accounts.push(arn);
    else users.push(arn);
  }
  return {
    administrators: list(admin?.Principal?.AWS),
    users,
    accounts,
    allowAdministratorsToDelete: admin ? DELETE_ACTIONS.every((a) => list(admin.Action).includes(a)) : true,
  };
}

/** The key the policy is for: its origin, spec and usage decide the administrators' and users' actions. */
export interface PolicyKey {
  origin?: Origin;
  keySpec?: KeySpec;
  keyUsage?: KeyUsage;
}

export function writeDefaultView(view: DefaultView, key: PolicyKey = {}): string {
  return buildDefaultPolicy({
    administrators: view.administrators,
    users: [...view.users, ...view.accounts.map((a) => rootArn(a))],
    allowAdministratorsToDelete: view.allowAdministratorsToDelete,
    ...key,
  });
}

/** "arn:aws:iam::111122223333:user/dev/myKeyUser" -> { name: 'myKeyUser', type: 'User', path: '/dev/' } */
export function describePrincipal(arn: string): { name: string; type: string; path: string } {
  const parsed = parseArn(arn);
  if (!parsed) return { name: arn, type: 'Principal', path: '' };
  const [kind, ...rest] = parsed.resource.split('/');
  const name = rest.pop() ?? parsed.resource;
  const type = kind === 'user' ? 'User' : kind === 'role' ? 'Role' : kind === 'root' ? 'Account' : (kind ?? 'Principal');
  return { name, type, path: rest.length ? `/${rest.join('/')}/` : '/' };
}
