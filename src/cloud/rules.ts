/**
 * The engine's own rules, read-only, for code that checks or explains an account without calling an
 * operation: the labs' checks and starting states, scenarios, drills, the account file's check and
 * the console's inline checks. Each rule here is the one the operations run, so they cannot drift
 * apart; nothing here changes the account (docs/architecture.md, "Labs read the engine's rules").
 */
import { own } from '@/core';
import type { Decision } from '@/iam/evaluate';
import { evaluate } from '@/iam/evaluate';
import type { IamState, Principal } from '@/iam/model';
import { parsePolicyDocument } from '@/iam/policy-document';
import { principalForRole, principalForUser } from '@/iam/state';
import { DEFAULT_ROTATION_PERIOD_DAYS, ROTATION_PERIOD_MAX_DAYS, ROTATION_PERIOD_MIN_DAYS } from '@/kms/lifecycle/rotation';
import { ALIAS_NAME_MAX } from '@/kms/model/alias-rules';
import { buildDefaultPolicy, type DefaultPolicyOptions } from '@/kms/model/default-policy';
import type { KmsKey } from '@/kms/model/key';
import type { CloudState } from './state';

export { CUSTOM_KEY_STORE_STATES, KEY_ORIGINS, KEY_STATE_NAMES, type KeyState, type KmsKey, type Origin } from '@/kms/model/key';
export type { Decision } from '@/iam/evaluate';
export type { DefaultPolicyOptions } from '@/kms/model/default-policy';
/** The grant operations a key of a spec and usage supports (CreateGrant refuses the others). */
export { grantOperationsFor } from '@/kms/model/grants';
export type { GrantOperation } from '@/kms/model/grant-operations';

/** What the rules read: the account's state (a `Cloud` is one). */
export interface Account {
  readonly state: CloudState;
}

/**
 * A key policy as KMS writes it: `key-default-1` without administrators or users, else the
 * console's `key-consolepolicy-3` (administrators, users, the grant statement for AWS resources).
 */
export const defaultKeyPolicy = (o: DefaultPolicyOptions = {}): string => buildDefaultPolicy(o);

/** EnableKeyRotation's period: 90 to 2560 days, 365 by default. */
export const ROTATION_PERIOD_DAYS = { min: ROTATION_PERIOD_MIN_DAYS, max: ROTATION_PERIOD_MAX_DAYS, default: DEFAULT_ROTATION_PERIOD_DAYS } as const;

/** The longest alias name, `alias/` included. */
export const ALIAS_NAME_MAX_LENGTH = ALIAS_NAME_MAX;

/** The key an alias points to in a Region (undefined when the alias or its key is missing). */
export function keyByAlias(account: Account, alias: string, region: string): KmsKey | undefined {
  const r = own(account.state.kms, region);
  const a = own(r?.aliases, alias);
  return a ? own(r!.keys, a.targetKeyId) : undefined;
}

/** The customer managed keys of a Region. */
export const customerKeys = (account: Account, region: string): KmsKey[] =>
  Object.values(own(account.state.kms, region)?.keys ?? {}).filter((k) => k.keyManager === 'CUSTOMER');

/** The principal an IAM user or role ARN names in the account, or undefined. */
export function principalOf(iam: IamState, arn: string): Principal | undefined {
  const user = Object.values(iam.users).find((u) => u.arn === arn);
  if (user) return principalForUser(iam, user.userName);
  const role = Object.values(iam.roles).find((r) => r.arn === arn);
  return role ? principalForRole(iam, role.roleName) : undefined;
}

/**
 * How the engine decides `action` on `key` for the user or role `principalArn`: identity policies
 * and the key policy, as a call would be authorized (grants aside). Undefined for an unknown
 * principal or a key policy that does not parse.
 */
export function keyAccess(account: Account, key: KmsKey, principalArn: string, action: string): Decision | undefined {
  const principal = principalOf(account.state.iam, principalArn);
  const parsed = parsePolicyDocument(key.policy, 'resource');
  if (!principal || !parsed.ok) return undefined;
  return evaluate(account.state.iam, { principal, action, resource: key.arn, resourcePolicy: { document: parsed.policy, label: 'Key policy' } });
}

/** True when the key policy itself allows the principal the action (a statement naming it), whatever IAM says. */
export const keyPolicyAllows = (account: Account, key: KmsKey, principalArn: string, action: string): boolean =>
  keyAccess(account, key, principalArn, action)?.reason === 'allowed-by-resource-policy';
