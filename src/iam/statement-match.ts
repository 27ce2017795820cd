/**
 * Does one statement apply to a request? Principal (resource policies only), Action/NotAction,
 * Resource/NotResource and Condition, each as IAM defines it.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
 * https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html
 * A principal naming the account (arn:aws:iam::<account>:root or the bare account id) matches
 * every principal of the account, but only as "the account": for an Allow that delegates to IAM
 * (an IAM policy must allow too); for a Deny it applies to all of them. For the root user the
 * account principal is the caller itself. A role named as principal matches its sessions.
 */
import { rootArn } from '@/core';
import { actionMatches, globMatch } from './glob';
import { conditionsMatch, substituteVariables, type RequestContext } from './condition-operators';
import type { IamState, Principal } from './model';
import type { ParsedStatement, PrincipalSpec } from './policy-document';
import { principalIamArn } from './state';

export interface Caller {
  principal: Principal;
  /** ARNs that name the caller itself: its own ARN, plus the role ARN for a role session. */
  direct: string[];
  rootArn: string;
  accountId: string;
  isRoot: boolean;
}

export function callerOf(iam: IamState, principal: Principal): Caller {
  const direct = [principal.arn];
  if (principal.type === 'role') direct.push(principalIamArn(iam, principal));
  return { principal, direct, rootArn: rootArn(principal.accountId), accountId: principal.accountId, isRoot: principal.type === 'root' };
}

export type PrincipalMatch = 'direct' | 'account' | undefined;

function specMatch(spec: PrincipalSpec, c: Caller): PrincipalMatch {
  if (spec.any || spec.aws.includes('*')) return 'direct';
  if (spec.aws.some((a) => c.direct.includes(a))) return 'direct';
  if (spec.aws.includes(c.rootArn) || spec.aws.includes(c.accountId)) return c.isRoot ? 'direct' : 'account';
  return undefined;
}

/**
 * How a resource-policy statement's Principal/NotPrincipal names the caller. NotPrincipal excludes
 * the caller only when every principal of its chain (session, role, account) is listed, as the
 * NotPrincipal page explains; otherwise the statement applies to the caller directly.
 */
export function matchPrincipal(st: ParsedStatement, c: Caller): PrincipalMatch {
  if (st.principal) return specMatch(st.principal, c);
  if (st.notPrincipal) {
    const spec = st.notPrincipal;
    if (spec.any || spec.aws.includes('*')) return undefined;
    const chain = c.isRoot ? [c.rootArn] : [...c.direct, c.rootArn];
    const listed = (arn: string) => spec.aws.includes(arn) || (arn === c.rootArn && spec.aws.includes(c.accountId));
    return chain.every(listed) ? undefined : 'direct';
  }
  return undefined;
}

/** Action, resource and conditions (no principal). Policy variables need Version 2012-10-17. */
export function matchesRequest(st: ParsedStatement, action: string, resource: string, ctx: RequestContext, version?: string): boolean {
  return targets(st, action, resource, ctx, version) && conditionsMatch(st.condition, ctx, version === '2012-10-17');
}

/** Action and resource only (no principal, no condition). */
export function targets(st: ParsedStatement, action: string, resource: string, ctx: RequestContext, version?: string): boolean {
  const variables = version === '2012-10-17';
  if (st.action && !st.action.some((a) => actionMatches(a, action))) return false;
  if (st.notAction && st.notAction.some((a) => actionMatches(a, action))) return false;
  const resourceMatches = (pattern: string) => {
    const p = variables ? substituteVariables(pattern, ctx) : pattern;
    return p !== undefined && globMatch(p, resource);
  };
  if (st.resource && !st.resource.some(resourceMatches)) return false;
  return !(st.notResource && st.notResource.some(resourceMatches));
}
