/**
 * The one authorization step of the pipeline, for every service (docs/architecture.md): the
 * caller's identity policies and the resource's own policy are evaluated by src/iam/evaluate.ts;
 * when they neither allow nor deny explicitly, the resource's further allow sources (KMS grants)
 * are asked; a denial becomes the service's AccessDenied, built here once with AWS's wording.
 * Every check, allowed or denied, is kept in the call's trace: the console answers "Why?" (and
 * "why allowed") from it, and it never enters an AWS answer or the trail's JSON.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 * https://docs.aws.amazon.com/kms/latest/developerguide/grants.html
 */
import { ACCOUNT_ID, AwsError, type ConditionContext, type Resource } from '@/core';
import { evaluate, type Decision } from '@/iam/evaluate';
import type { IamState, Principal } from '@/iam/model';
import { parsePolicy, type ParsedPolicy } from '@/iam/policy-document';
import { callerOf } from '@/iam/statement-match';
import type { ServiceDescriptor } from './service';

/** One action authorized on one resource (or on `*`), and how it was decided. */
export interface AuthorizationCheck {
  action: string;
  resource: string;
  decision: Decision;
}

/** Every authorization of a call, in order; `skipped` when the operation is answered whatever the policies say. */
export interface AuthorizationTrace {
  checks: AuthorizationCheck[];
  skipped?: boolean;
}

/** An AccessDenied as the service words it, carrying the decision and the trace for the console's "Why?". */
export type AccessDeniedError = AwsError & { decision: Decision; trace: AuthorizationTrace };

const NOTHING_ALLOWED: ParsedPolicy = { statements: [] };

function resourcePolicy(resource: Resource | undefined, action: string, changes: boolean) {
  const policy = resource?.policy?.({ action, changes });
  if (!policy) return undefined;
  if (policy.text === null) return { document: NOTHING_ALLOWED, label: policy.label };
  const parsed = parsePolicy(policy.text);
  // A stored policy that no longer parses is ignored (policies are checked when they are put).
  return parsed.ok ? { document: parsed.policy, label: policy.label } : undefined;
}

/** Policies first; then, unless a policy denied explicitly, the resource's allow sources (grants). */
export function decide(o: { iam: IamState; caller: Principal; action: string; resource?: Resource; changes?: boolean; context: ConditionContext }): Decision {
  const decision = evaluate(o.iam, {
    principal: o.caller,
    action: o.action,
    resource: o.resource?.arn ?? '*',
    resourcePolicy: resourcePolicy(o.resource, o.action, o.changes ?? false),
    resourceAccount: o.resource && (o.resource.account ?? ACCOUNT_ID),
    context: o.context,
  });
  if (decision.allowed || decision.reason === 'explicit-deny-resource' || decision.reason === 'explicit-deny-identity') return decision;
  const request = {
    principalArn: o.caller.arn,
    principalArns: callerOf(o.iam, o.caller).direct,
    accountId: o.caller.accountId,
    action: o.action,
    context: o.context,
  };
  const refusedBy: { source: string; why: string }[] = [];
  for (const source of o.resource?.allowSources?.() ?? []) {
    const hit = source.allows(request);
    if (hit) {
      const entry = { source: source.label, sid: hit.id, statementIndex: -1, effect: 'Allow' as const, statement: hit.record, from: 'grant' as const };
      return { allowed: true, reason: 'allowed-by-grant', deciding: [entry], considered: [...decision.considered, entry], message: '' };
    }
    const why = source.refusal?.(request);
    if (why) refusedBy.push({ source: source.label, why });
  }
  return refusedBy.length ? { ...decision, refusedBy } : decision;
}

/** Authorizes one action, recording it in the trace; throws the service's AccessDenied when denied. */
export function authorize(o: Parameters<typeof decide>[0] & { service: ServiceDescriptor; trace: AuthorizationTrace }): void {
  const decision = decide(o);
  o.trace.checks.push({ action: o.action, resource: o.resource?.arn ?? '*', decision });
  if (!decision.allowed) {
    const { code, httpStatus } = o.service.accessDenied;
    throw Object.assign(new AwsError(code, decision.message, httpStatus), { decision, trace: o.trace }) as AccessDeniedError;
  }
}
