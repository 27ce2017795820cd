/**
 * Who can do what with a resource: every principal of the account (the root, each IAM user, a
 * session of each role) against a list of actions, each decided by the one authorization step
 * (authorize.ts `decide`, the evaluator every call goes through, reached through the account's
 * `access`) and explained (explain.ts). The key page's "Who can do what" shows it for a key's use
 * and administration; the create-key wizard warns with `crossedDuties`.
 *
 * A key's grants are an allow source here as in every call, and the key's own condition keys
 * (aws:ResourceTag/<key>, kms:ResourceAliases, kms:KeySpec ...) are those of the key now.
 *
 * Simplified: each action is decided without the request's own condition keys (encryption
 * context, the calling service, the alias named, grant tokens); a statement or a grant constraint
 * that needs them decides as if they were absent (request parameters with a default count with it),
 * so a real call that carries them may be decided otherwise.
 */
import { own, type AllowSource, type ConditionContext, type Resource } from '@/core';
import type { Decision } from '@/iam/evaluate';
import type { Principal } from '@/iam/model';
import { kmsConditionContext } from '@/kms/model/condition-keys';
import type { Origin } from '@/kms/model/key';
import type { KeySpec, KeyUsage } from '@/kms/model/key-specs';
import type { Cloud } from './create-cloud';
import { explainDecision, whereOf, type ExplainedCheck } from './explain';

export interface ActionGroup {
  id: string;
  label: string;
  actions: string[];
}

export interface AccessOfPrincipal {
  principal: Principal;
  /** `root (the account)`, `user myKeyUser`, `role Admin`. */
  label: string;
  groups: { id: string; label: string; checks: (ExplainedCheck & { decision: Decision })[] }[];
}

/** The account's principals: the root, then users and roles by name. */
export function accountPrincipals(cloud: Cloud): { principal: Principal; label: string }[] {
  const { iam } = cloud.state;
  const { principalForUser, principalForRole, rootPrincipal } = cloud.access;
  const byName = (a: string, b: string) => a.localeCompare(b);
  const users = Object.values(iam.users)
    .map((u) => u.userName)
    .sort(byName)
    .map((n) => ({ principal: principalForUser(iam, n)!, label: `user ${n}` }));
  const roles = Object.values(iam.roles)
    .map((r) => r.roleName)
    .sort(byName)
    .map((n) => ({ principal: principalForRole(iam, n)!, label: `role ${n}` }));
  return [{ principal: rootPrincipal(), label: 'root (the account)' }, ...users, ...roles];
}

export function whoCan(
  cloud: Cloud,
  o: { resource: Resource; groups: readonly ActionGroup[]; context?: ConditionContext | ((action: string, principal: Principal) => ConditionContext) },
): AccessOfPrincipal[] {
  const iam = cloud.state.iam;
  return accountPrincipals(cloud).map(({ principal, label }) => ({
    principal,
    label,
    groups: o.groups.map((g) => ({
      id: g.id,
      label: g.label,
      checks: g.actions.map((action) => {
        const context = typeof o.context === 'function' ? o.context(action, principal) : (o.context ?? {});
        const decision = cloud.access.decide({ iam, caller: principal, action, resource: o.resource, context });
        return { ...explainDecision(action, o.resource.arn, decision), decision };
      }),
    })),
  }));
}

export interface KeyAccessInput {
  arn: string;
  policy: string;
  keySpec?: KeySpec;
  keyUsage?: KeyUsage;
  origin?: Origin;
}

/** A group of a key's actions as the console groups them (key users: use; key administrators: administer). */
export interface KeyActionGroup {
  id: 'use' | 'administer';
  label: string;
  /** The actions themselves, each matched by a pattern of the console's statement for the group. */
  actions: string[];
}

const USE_EXPANDED: Record<string, string[]> = {
  'kms:ReEncrypt*': ['kms:ReEncryptFrom', 'kms:ReEncryptTo'],
  'kms:GenerateDataKey*': ['kms:GenerateDataKey', 'kms:GenerateDataKeyWithoutPlaintext'],
};

/**
 * The actions of a key a person uses or administers, one by one: the key users' statement of the
 * key's type with its wildcards spelt out, and the administrators' actions on an existing key
 * (the console's `kms:Create*`, `kms:Put*` ... as the operations they allow on it).
 */
export function keyActionGroups(cloud: Cloud, spec: KeySpec = 'SYMMETRIC_DEFAULT', usage: KeyUsage = 'ENCRYPT_DECRYPT', origin?: Origin): KeyActionGroup[] {
  const use = cloud.access.userActionsFor(spec, usage).flatMap((a) => USE_EXPANDED[a] ?? [a]);
  const administer = [
    'kms:PutKeyPolicy',
    'kms:GetKeyPolicy',
    'kms:UpdateKeyDescription',
    'kms:EnableKey',
    'kms:DisableKey',
    'kms:TagResource',
    'kms:UntagResource',
    'kms:CreateGrant',
    'kms:RevokeGrant',
  ];
  if (spec === 'SYMMETRIC_DEFAULT') administer.push('kms:EnableKeyRotation', 'kms:DisableKeyRotation', 'kms:RotateKeyOnDemand');
  if (origin === 'EXTERNAL') administer.push('kms:ImportKeyMaterial', 'kms:DeleteImportedKeyMaterial');
  administer.push(...cloud.access.deleteActions);
  return [
    { id: 'use', label: 'Use the key', actions: use },
    { id: 'administer', label: 'Administer the key', actions: administer },
  ];
}

/** What the account holds of an existing key for who-can: its grants (an allow source) and its own condition keys. */
export interface KeyInAccount {
  allowSources: () => readonly AllowSource[];
  context: (action: string, principal: Principal) => ConditionContext;
}

/** The key an ARN names, as the account holds it, with its grant rules loaded when it has grants; undefined when absent. */
export async function keyInAccount(cloud: Cloud, arn: string): Promise<KeyInAccount | undefined> {
  const [, , , region = '', , name = ''] = arn.split(':');
  const state = own(cloud.state.kms ?? {}, region);
  const key = state && own(state.keys, name.replace(/^key\//, ''));
  if (!state || !key) return undefined;
  if (key.grants?.length) await cloud.access.loadGrantRules();
  const { allowSources } = cloud.access.keyResource(key);
  return {
    allowSources: () => allowSources?.() ?? [],
    context: (action, principal) => kmsConditionContext({ action, input: {}, region, callerAccount: principal.accountId, key, resolved: {}, state }),
  };
}

/** Who can use and administer a key, from its key policy, the account's IAM policies and (for a key of the account) its grants. */
export function whoCanWithKey(cloud: Cloud, key: KeyAccessInput, held?: KeyInAccount): AccessOfPrincipal[] {
  const resource: Resource = {
    arn: key.arn,
    value: undefined,
    policy: () => ({ label: cloud.access.keyPolicyLabel, text: key.policy }),
    ...(held ? { allowSources: held.allowSources } : {}),
  };
  return whoCan(cloud, { resource, groups: keyActionGroups(cloud, key.keySpec, key.keyUsage, key.origin), context: held?.context });
}

/**
 * A group's checks in short: how many actions are allowed, and what allowed them, each basis once
 * (`Key policy, statement "Allow use of the key"`, or the key policy's delegation + the IAM policy).
 */
export function groupSummary(checks: readonly { allowed: boolean; decision: Decision }[]): { allowed: number; total: number; bases: string[] } {
  const allowed = checks.filter((c) => c.allowed);
  const bases = [...new Set(allowed.map((c) => c.decision.deciding.map(whereOf).join(' + ')))];
  return { allowed: allowed.length, total: checks.length, bases };
}

/** A key administrator who can also use the key, or a key user who can also administer it, and what allows it. */
export interface CrossedDuty {
  /** The ARN chosen in the wizard (user or role). */
  arn: string;
  name: string;
  chosenAs: 'administrator' | 'user';
  /** What else it can do: use (an administrator) or administer (a user). */
  alsoCan: 'use' | 'administer';
  actions: string[];
  /** The IAM policies that allow it (`AdministratorAccess (AWS managed, attached to group myKMSGroup)`). */
  policies: string[];
}

/**
 * For the create-key wizard's review: with this key policy, which chosen administrators could
 * also use the key, and which users could also administer it, through IAM policies (the key
 * policy's account statement lets them decide). AWS's advice: keep kms:* on every resource out of
 * IAM policies, and give administrators and users only their own actions.
 * https://docs.aws.amazon.com/kms/latest/developerguide/iam-policies-best-practices.html
 * https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#key-policy-default-allow-administrators
 */
export function crossedDuties(cloud: Cloud, key: KeyAccessInput & { administrators: string[]; users: string[] }): CrossedDuty[] {
  const rows = whoCanWithKey(cloud, key);
  const out: CrossedDuty[] = [];
  const look = (arn: string, chosenAs: CrossedDuty['chosenAs'], alsoCan: CrossedDuty['alsoCan']) => {
    const row = rows.find((r) => r.principal.type !== 'root' && cloud.access.principalIamArn(cloud.state.iam, r.principal) === arn);
    // Only what IAM policies allow: the console's own statements overlap (administrators may kms:DescribeKey too).
    const checks = row?.groups.find((g) => g.id === alsoCan)?.checks.filter((c) => c.allowed && c.decision.deciding.some((e) => e.from === 'identity')) ?? [];
    if (!row || !checks.length) return;
    const policies = [...new Set(checks.flatMap((c) => c.decision.deciding.filter((e) => e.from === 'identity').map((e) => e.source)))];
    out.push({ arn, name: row.principal.name, chosenAs, alsoCan, actions: checks.map((c) => c.action), policies });
  };
  for (const arn of key.administrators) look(arn, 'administrator', 'use');
  for (const arn of key.users) look(arn, 'user', 'administer');
  return out;
}
