/**
 * The account's IAM as it starts, who a caller is, and which identity policies apply to whom.
 * Out of the box there is one IAM user, `lab-admin`, with AdministratorAccess and the access key
 * of the AWS documentation examples, so the shell works as a configured AWS CLI would.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 * (identity-based policies of a user include those of its groups).
 */
import { ACCOUNT_ID, dict, managedPolicyArn, rootArn, roleArn, userArn, type Random, type SimulatedClock } from '@/core';
import { findGroup, findRole, findUser } from './find';
import { newUserId } from './ids';
import { findManagedPolicy, managedPolicyDocument } from './managed-policies';
import type { AccessKeyRecord, IamState, PolicyDocumentRecord, Principal } from './model';
import { parsePolicyDocument, type ParsedPolicy } from './policy-document';

export const LAB_ADMIN = 'lab-admin';
/** The example credentials of the AWS documentation (never valid on AWS). */
export const EXAMPLE_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
export const EXAMPLE_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
export const DEFAULT_SESSION_NAME = 'lab-session';

export function createIamState(clock: SimulatedClock, random: Random): IamState {
  const now = clock.nowMs();
  // Keyed by the names users chose: null-prototype maps (core/dict.ts).
  return {
    users: dict({
      [LAB_ADMIN]: {
        userName: LAB_ADMIN,
        userId: newUserId(random),
        arn: userArn(LAB_ADMIN),
        path: '/',
        createDate: now,
        groups: [],
        attachedPolicies: [managedPolicyArn('AdministratorAccess')],
        inlinePolicies: [],
        accessKeys: [{ accessKeyId: EXAMPLE_ACCESS_KEY_ID, secretAccessKey: EXAMPLE_SECRET_ACCESS_KEY, status: 'Active', createDate: now }],
      },
    }),
    groups: dict(),
    roles: dict(),
  };
}

export const rootPrincipal = (): Principal => ({ type: 'root', arn: rootArn(), name: 'root', accountId: ACCOUNT_ID, userId: ACCOUNT_ID });

export function principalForUser(state: IamState, name: string): Principal | undefined {
  const u = findUser(state, name);
  return u && { type: 'user', arn: u.arn, name: u.userName, accountId: ACCOUNT_ID, userId: u.userId };
}

/** A session of the role, as STS names it: arn:aws:sts::<account>:assumed-role/<role>/<session>. */
export function principalForRole(state: IamState, name: string, session = DEFAULT_SESSION_NAME): Principal | undefined {
  const r = findRole(state, name);
  return (
    r && {
      type: 'role',
      arn: `arn:aws:sts::${ACCOUNT_ID}:assumed-role/${r.roleName}/${session}`,
      name: r.roleName,
      accountId: ACCOUNT_ID,
      userId: `${r.roleId}:${session}`,
      sessionName: session,
    }
  );
}

/** The IAM ARN behind a principal: the role's ARN (with its path) for a role session. */
export function principalIamArn(state: IamState, p: Principal): string {
  if (p.type !== 'role') return p.arn;
  return findRole(state, p.name)?.arn ?? roleArn(p.name);
}

export function findAccessKey(
  state: IamState,
  accessKeyId: string,
): { principal: Principal; secretAccessKey: string; status: AccessKeyRecord['status'] } | undefined {
  for (const u of Object.values(state.users)) {
    const k = u.accessKeys.find((a) => a.accessKeyId === accessKeyId);
    if (k) return { principal: principalForUser(state, u.userName)!, secretAccessKey: k.secretAccessKey, status: k.status };
  }
  return undefined;
}

export interface IdentityPolicy {
  /** How the trace names it: 'AdministratorAccess (AWS managed, attached to group admins)'. */
  source: string;
  policyName: string;
  kind: 'managed' | 'inline';
  document: ParsedPolicy;
}

/** Attached managed + inline policies of a user and of each of its groups, or of a role. Root has none. */
export function identityPolicies(state: IamState, principal: Principal): IdentityPolicy[] {
  const out: IdentityPolicy[] = [];
  const add = (owner: string, attached: string[], inline: PolicyDocumentRecord[]) => {
    for (const arn of attached) {
      const m = findManagedPolicy(arn);
      if (m) out.push({ source: `${m.name} (AWS managed, attached to ${owner})`, policyName: m.name, kind: 'managed', document: managedPolicyDocument(m) });
    }
    for (const p of inline) {
      const doc = parseCached(p.document);
      if (doc) out.push({ source: `Inline policy ${p.name} of ${owner}`, policyName: p.name, kind: 'inline', document: doc });
    }
  };
  if (principal.type === 'user') {
    const u = findUser(state, principal.name);
    if (!u) return out;
    add(`user ${u.userName}`, u.attachedPolicies, u.inlinePolicies);
    for (const g of u.groups) {
      const group = findGroup(state, g);
      if (group) add(`group ${group.groupName}`, group.attachedPolicies, group.inlinePolicies);
    }
  } else if (principal.type === 'role') {
    const r = findRole(state, principal.name);
    if (r) add(`role ${r.roleName}`, r.attachedPolicies, r.inlinePolicies);
  }
  return out;
}

const cache = new Map<string, ParsedPolicy | null>();

/** Inline documents were checked when they were put; a document that no longer parses is ignored. */
function parseCached(text: string): ParsedPolicy | undefined {
  let doc = cache.get(text);
  if (doc === undefined) {
    const r = parsePolicyDocument(text, 'identity');
    doc = r.ok ? r.policy : null;
    if (cache.size > 500) cache.clear();
    cache.set(text, doc);
  }
  return doc ?? undefined;
}
