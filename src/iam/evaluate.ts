/**
 * Authorization of one request, with a trace of the statements that matched and of those that
 * decided. This is the one place where the rule is stated (docs/aws-behaviour.md, "Authorization"):
 *  1. any matching explicit Deny, in the key policy or in an identity policy, wins;
 *  2. with a resource policy (the KMS key policy): allowed if it allows the caller directly, or
 *     if it allows the account (the "Enable IAM User Permissions" statement) and an identity
 *     policy allows the caller; without such an account statement IAM allows are ignored;
 *  3. without a resource policy (kms:CreateKey, kms:ListKeys, iam:*...): an identity policy must allow.
 * The root user has every identity permission implicitly and is "the account" itself.
 * https://docs.aws.amazon.com/kms/latest/developerguide/control-access.html
 * https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#key-policy-default-allow-root-enable-iam
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 * AccessDenied wording: https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html
 *  4. a caller from another account than the resource's needs both: the resource policy must name
 *     its account (or itself) and an identity policy of its own account must allow.
 * Grants are a further allow source, consulted by the pipeline (src/cloud/authorize.ts) after this.
 * Not modelled: SCPs, permissions boundaries, session policies.
 */
import { conditionOutcomes, type ConditionOutcome, type RequestContext } from './condition-operators';
import type { IamState, Principal } from './model';
import type { ParsedPolicy, ParsedStatement } from './policy-document';
import { identityPolicies, principalIamArn } from './state';
import { callerOf, matchPrincipal, targets, type Caller } from './statement-match';

export interface AccessRequest {
  principal: Principal;
  /** 'kms:Encrypt', 'iam:CreateUser' */
  action: string;
  /** Key ARN, IAM ARN, or '*' for actions without a resource. */
  resource: string;
  /** The KMS key policy; absent for IAM-only actions. */
  resourcePolicy?: { document: ParsedPolicy; label: string };
  /** The account that owns the resource; default: the caller's. */
  resourceAccount?: string;
  /** Condition keys. aws:PrincipalArn, aws:PrincipalAccount, aws:PrincipalType, aws:userid,
   * aws:username (users) and kms:CallerAccount (kms: actions) are filled in when absent. */
  context?: RequestContext;
}

export interface TraceEntry {
  /** 'Key policy', 'AdministratorAccess (AWS managed, attached to group admins)', 'Inline policy X of user Y' */
  source: string;
  sid?: string;
  /** 0-based position in the policy's Statement list; -1 for the root user's implicit permission. */
  statementIndex: number;
  effect: 'Allow' | 'Deny';
  /** The statement's JSON as written (null for the root user's implicit permission). */
  statement: unknown;
  /**
   * Where the statement is: the resource's own policy (the key policy), an identity policy of the
   * caller (or the root user's implicit permission), or a further allow source (a grant).
   */
  from?: 'resource' | 'identity' | 'grant';
  /** A resource-policy statement that names the caller's account, not the caller: it lets IAM policies decide. */
  viaAccount?: boolean;
  /** The statement's conditions as evaluated for this request (the request's value of each key). */
  conditions?: ConditionOutcome[];
}

export type DecisionReason =
  | 'allowed-by-resource-policy'
  | 'allowed-by-identity-policy'
  | 'allowed-by-grant'
  | 'explicit-deny-resource'
  | 'explicit-deny-identity'
  | 'no-resource-allow'
  | 'no-identity-allow';

export interface Decision {
  allowed: boolean;
  reason: DecisionReason;
  /** Statements that decided: the denies, or the allows that combined. Empty for an implicit deny. */
  deciding: TraceEntry[];
  /** Every statement whose principal, action, resource and conditions matched. */
  considered: TraceEntry[];
  /** The AccessDenied message as AWS words it; '' when allowed. */
  message: string;
  /** Allow sources (grants) that name the caller but did not allow the request, and why. */
  refusedBy?: { source: string; why: string }[];
  /** Statements that named the caller, action and resource but did not apply: a condition did not hold. */
  unmet?: TraceEntry[];
}

export const ROOT_IMPLICIT_ALLOW: TraceEntry = {
  source: 'Root user (the account root has every identity permission; no IAM policy applies to it)',
  statementIndex: -1,
  effect: 'Allow',
  statement: null,
  from: 'identity',
};

const entry = (source: string, st: ParsedStatement, from: 'resource' | 'identity', viaAccount = false): TraceEntry => ({
  source,
  ...(st.sid !== undefined ? { sid: st.sid } : {}),
  statementIndex: st.index,
  effect: st.effect,
  statement: st.raw,
  from,
  ...(viaAccount ? { viaAccount } : {}),
});

export function evaluate(iam: IamState, req: AccessRequest): Decision {
  const caller: Caller = callerOf(iam, req.principal);
  const ctx = requestContext(iam, req);
  const considered: TraceEntry[] = [];
  const unmet: TraceEntry[] = [];
  /** The statement's entry when it applies (its conditions hold); a statement whose only miss is a condition goes to `unmet`. */
  const applies = (st: ParsedStatement, version: string | undefined, make: () => TraceEntry): TraceEntry | undefined => {
    if (!targets(st, req.action, req.resource, ctx, version)) return undefined;
    const e = make();
    if (!Object.keys(st.condition).length) return e;
    e.conditions = conditionOutcomes(st.condition, ctx, version === '2012-10-17');
    if (e.conditions.every((c) => c.held)) return e;
    unmet.push(e);
    return undefined;
  };
  const resourceDeny: TraceEntry[] = [];
  const resourceDirect: TraceEntry[] = [];
  const resourceViaAccount: TraceEntry[] = [];
  if (req.resourcePolicy) {
    const { document, label } = req.resourcePolicy;
    for (const st of document.statements) {
      const who = matchPrincipal(st, caller);
      const e = who && applies(st, document.version, () => entry(label, st, 'resource', who === 'account'));
      if (!e) continue;
      considered.push(e);
      if (st.effect === 'Deny') resourceDeny.push(e);
      else (who === 'direct' ? resourceDirect : resourceViaAccount).push(e);
    }
  }
  const identityDeny: TraceEntry[] = [];
  const identityAllow: TraceEntry[] = [];
  for (const p of identityPolicies(iam, req.principal)) {
    for (const st of p.document.statements) {
      const e = applies(st, p.document.version, () => entry(p.source, st, 'identity'));
      if (!e) continue;
      considered.push(e);
      (st.effect === 'Deny' ? identityDeny : identityAllow).push(e);
    }
  }
  if (caller.isRoot) identityAllow.unshift(ROOT_IMPLICIT_ALLOW);

  const prefix = `User: ${req.principal.arn} is not authorized to perform: ${req.action} on resource: ${req.resource}`;
  const more = unmet.length ? { unmet } : {};
  const allow = (reason: DecisionReason, deciding: TraceEntry[]): Decision => ({ allowed: true, reason, deciding, considered, message: '', ...more });
  const deny = (reason: DecisionReason, deciding: TraceEntry[], message: string): Decision => ({
    allowed: false,
    reason,
    deciding,
    considered,
    message,
    ...more,
  });
  const noAllow = (kind: 'identity' | 'resource') => `${prefix} because no ${kind}-based policy allows the ${req.action} action`;

  if (resourceDeny.length) return deny('explicit-deny-resource', resourceDeny, `${prefix} with an explicit deny in a resource-based policy`);
  if (identityDeny.length) return deny('explicit-deny-identity', identityDeny, `${prefix} with an explicit deny in an identity-based policy`);
  if (req.resourceAccount !== undefined && req.resourceAccount !== req.principal.accountId) {
    // Another account's resource: its policy must let this caller in, and the caller's own account must allow too.
    const inResource = [...resourceDirect, ...resourceViaAccount];
    if (!inResource.length) return deny('no-resource-allow', [], noAllow('resource'));
    if (!identityAllow.length) return deny('no-identity-allow', [], noAllow('identity'));
    return allow('allowed-by-identity-policy', [...inResource, ...identityAllow]);
  }
  if (req.resourcePolicy) {
    if (resourceDirect.length) return allow('allowed-by-resource-policy', resourceDirect);
    if (resourceViaAccount.length && identityAllow.length) return allow('allowed-by-identity-policy', [...resourceViaAccount, ...identityAllow]);
    if (resourceViaAccount.length) return deny('no-identity-allow', [], noAllow('identity'));
    return deny('no-resource-allow', [], noAllow('resource'));
  }
  if (identityAllow.length) return allow('allowed-by-identity-policy', identityAllow);
  return deny('no-identity-allow', [], noAllow('identity'));
}

/** Global condition keys from the caller, overridden by what the request supplies. */
function requestContext(iam: IamState, req: AccessRequest): RequestContext {
  const p = req.principal;
  const ctx: RequestContext = {
    'aws:PrincipalArn': principalIamArn(iam, p),
    'aws:PrincipalAccount': p.accountId,
    'aws:PrincipalType': p.type === 'root' ? 'Account' : p.type === 'user' ? 'User' : 'AssumedRole',
    'aws:userid': p.userId,
  };
  if (p.type === 'user') ctx['aws:username'] = p.name;
  if (req.action.toLowerCase().startsWith('kms:')) ctx['kms:CallerAccount'] = p.accountId;
  const given = req.context ?? {};
  // Condition key names are case-insensitive: a key the request gives replaces the caller's whatever its case.
  const givenNames = new Set(Object.keys(given).map((k) => k.toLowerCase()));
  for (const key of Object.keys(ctx)) if (givenNames.has(key.toLowerCase())) delete ctx[key];
  return { ...ctx, ...given };
}
