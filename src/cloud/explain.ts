/**
 * Why a call was allowed or denied, in words, read from the decision the one evaluator made
 * (src/iam/evaluate.ts, through authorize.ts): this file decides nothing, it tells what the
 * evaluation found, for allowed calls as well as denied ones. The console's "Why allowed" and
 * Event history, the key page's "Who can do what" and CloudShell's `why` all speak from here.
 *
 * A key policy and IAM policies combine as AWS evaluates them: an explicit Deny anywhere wins; a
 * key policy statement that names the caller allows on its own; a statement that names the
 * account (the default "Enable IAM User Permissions") only lets IAM policies decide, so an IAM
 * policy must allow as well; without it, IAM policies cannot allow anything on the key.
 * https://docs.aws.amazon.com/kms/latest/developerguide/determining-access-key-policy.html
 * https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#key-policy-default-allow-root-enable-iam
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 */
import type { ConditionOutcome } from '@/iam/condition-operators';
import type { Decision, TraceEntry } from '@/iam/evaluate';
import type { AuthorizationTrace } from './authorize';

/** One statement of the decision, named and with what it did. */
export interface ExplainedStatement {
  effect: 'Allow' | 'Deny';
  /** `Key policy, statement "Enable IAM User Permissions"`, `AdministratorAccess (AWS managed, attached to group myKMSGroup)`. */
  where: string;
  /** What the statement did for this request, in a sentence. */
  role: string;
  /** The statement's JSON as written (null for the root user's implicit permission). */
  statement: unknown;
  /** Each of its conditions with the request's value: `StringEquals kms:ViaService "ec2..."` met or not, and why. */
  conditions: string[];
}

export interface ExplainedCheck {
  action: string;
  resource: string;
  allowed: boolean;
  /** How the decision was reached, in a few sentences. */
  summary: string;
  /** The statements that decided (the allows that combined, or the denies). */
  deciding: ExplainedStatement[];
  /** Statements that matched the request but did not decide it. */
  alsoMatched: ExplainedStatement[];
  /** Statements that named the caller, action and resource but did not apply: a condition did not hold. */
  unmet: ExplainedStatement[];
}

const quoted = (values: readonly string[]) => values.map((v) => JSON.stringify(v)).join(' or ');

/** A condition and the request's value: `StringEquals kms:ViaService "ec2.us-east-1.amazonaws.com": not met, the request's value is "s3..."`. */
export function conditionText(c: ConditionOutcome): string {
  const value = c.actual === undefined ? `the request has no ${c.key}` : `the request's ${c.key} is ${c.actual.map((v) => JSON.stringify(v)).join(', ')}`;
  return `${c.operator} ${c.key} ${quoted(c.values)}: ${c.held ? 'met' : 'not met'}, ${value}`;
}

/** The condition that kept a statement from applying (the first that did not hold). */
const failedCondition = (e: TraceEntry) => e.conditions?.find((c) => !c.held);

const isKeyPolicy = (label: string) => label.startsWith('Key policy');

/** `the key policy` or the resource policy's own name, for sentences. */
const resourcePolicyName = (entries: TraceEntry[]) => {
  const label = entries.find((e) => e.from === 'resource')?.source ?? 'Key policy';
  return isKeyPolicy(label) ? 'the key policy' : label;
};

export function whereOf(e: TraceEntry): string {
  if (e.statementIndex < 0 && e.statement === null) return e.source;
  if (e.from === 'grant') return e.sid === undefined || e.source.includes(e.sid) ? e.source : `${e.source} (grant ID ${e.sid})`;
  return `${e.source}, statement ${e.sid !== undefined ? `"${e.sid}"` : e.statementIndex + 1}`;
}

function roleOf(e: TraceEntry, action: string): string {
  if (e.effect === 'Deny') return `denies ${action} explicitly: an explicit Deny wins over every Allow.`;
  if (e.from === 'grant') return `a grant that names the caller as grantee and lists ${action.replace(/^kms:/, '')}.`;
  if (e.from === 'resource' && e.viaAccount)
    return 'allows the account (its Principal is the account root ARN). This does not allow the caller by itself: it lets the IAM policies of the account allow access to the key.';
  if (e.from === 'resource') return `names the caller as principal and allows ${action}.`;
  if (e.statement === null) return 'the account root holds every IAM permission; no IAM policy applies to it.';
  return `an IAM policy of the caller that allows ${action} on this resource.`;
}

const explained = (entries: TraceEntry[], action: string, role = roleOf): ExplainedStatement[] =>
  entries.map((e) => ({
    effect: e.effect,
    where: whereOf(e),
    role: role(e, action),
    statement: e.statement,
    conditions: (e.conditions ?? []).map(conditionText),
  }));

const unmetRole = (e: TraceEntry, action: string) =>
  `would ${e.effect === 'Deny' ? 'deny' : 'allow'} ${action}, but a condition did not hold, so it does not apply.`;

function summaryOf(action: string, d: Decision): string {
  const key = resourcePolicyName([...d.deciding, ...d.considered]);
  const identity = d.deciding.filter((e) => e.from === 'identity' || e.from === undefined);
  const delegation = d.deciding.filter((e) => e.from === 'resource' && e.viaAccount);
  const direct = d.deciding.filter((e) => e.from === 'resource' && !e.viaAccount);
  const names = (list: TraceEntry[]) => list.map(whereOf).join('; ');
  switch (d.reason) {
    case 'allowed-by-resource-policy':
      return `Allowed by ${key} alone: ${names(d.deciding)} names the caller and allows ${action}. A key policy that allows a principal directly needs no IAM policy, and no statement denied.`;
    case 'allowed-by-identity-policy':
      if (delegation.length)
        return (
          `Allowed by two statements together, as AWS combines a key policy with IAM policies: ${names(delegation)} allows the account, which lets ` +
          `IAM policies grant access to this key, and ${names(identity)} allows ${action}. Without the first, no IAM policy could allow anything on this key; ` +
          `without the second, the key policy alone would not allow this caller. No statement denied.`
        );
      if (direct.length)
        return `Allowed: the resource belongs to another account. Its policy lets the caller in (${names(direct)}) and an IAM policy of the caller's own account allows ${action} (${names(identity)}). Both are needed across accounts.`;
      return `Allowed by an IAM policy: ${names(identity)} allows ${action}. This action has no resource policy (a key policy applies only to actions on a key), so the caller's IAM policies alone decide, and none denied.`;
    case 'allowed-by-grant':
      return `Allowed by a grant on the key: no policy allowed ${action} and none denied it, and ${names(d.deciding)} gives the caller this operation.`;
    case 'explicit-deny-resource':
      return `Denied: ${names(d.deciding)} denies ${action} explicitly. An explicit Deny in ${key} wins over every Allow, in the key policy or in IAM.`;
    case 'explicit-deny-identity':
      return `Denied: ${names(d.deciding)} denies ${action} explicitly. An explicit Deny in an IAM policy wins over every Allow, even a key policy statement that names the caller.`;
    case 'no-resource-allow':
      return `Denied by default: no statement of ${key} allows the caller, and none allows the account (the "Enable IAM User Permissions" statement), so IAM policies cannot allow ${action} on this key, whatever they say.`;
    case 'no-identity-allow':
      return d.considered.some((e) => e.from === 'resource' && e.viaAccount && e.effect === 'Allow')
        ? `Denied by default: ${key} allows the account, which lets IAM policies decide, but no IAM policy of the caller (its own, or its groups') allows ${action}.`
        : `Denied by default: no IAM policy of the caller (its own, or its groups') allows ${action} on this resource.`;
  }
}

/** What the conditions of the deciding statements, and of a statement that did not apply, add to the summary. */
function conditionsSentence(d: Decision): string {
  const held = d.deciding.flatMap((e) => (e.conditions ?? []).map((c) => `${conditionText(c)} (${whereOf(e)})`));
  const out = held.length ? ` Its conditions held: ${held.join('; ')}.` : '';
  // Denied: the Allow that a condition kept out; allowed: the Deny that a condition kept out.
  const missed = (d.unmet ?? []).find((e) => e.effect === (d.allowed ? 'Deny' : 'Allow'));
  const failed = missed && failedCondition(missed);
  if (!missed || !failed || (!d.allowed && d.deciding.length)) return out;
  return `${out} ${whereOf(missed)} would ${d.allowed ? 'deny' : 'allow'} it, but its condition did not hold: ${conditionText(failed)}.`;
}

export function explainDecision(action: string, resource: string, d: Decision): ExplainedCheck {
  const deciding = new Set(d.deciding);
  return {
    action,
    resource,
    allowed: d.allowed,
    summary: summaryOf(action, d) + conditionsSentence(d),
    deciding: explained(d.deciding, action),
    alsoMatched: explained(
      d.considered.filter((e) => !deciding.has(e)),
      action,
    ),
    unmet: explained(d.unmet ?? [], action, unmetRole),
  };
}

/** Each authorization of a call, in order. */
export const explainTrace = (trace: AuthorizationTrace): ExplainedCheck[] => trace.checks.map((c) => explainDecision(c.action, c.resource, c.decision));

/** A trace as text, for a terminal: each check, its verdict, its reason and its statements. */
export function traceText(trace: AuthorizationTrace, width = 80): string {
  if (trace.skipped) return 'No authorization: this operation answers every caller, whatever the policies say.\n';
  if (!trace.checks.length) return 'No policy was evaluated: the call failed before its authorization step (its input or the resource it names).\n';
  const out: string[] = [];
  for (const c of explainTrace(trace)) {
    out.push(`${c.allowed ? 'ALLOWED' : 'DENIED'}  ${c.action} on ${c.resource}`);
    out.push(...wrap(c.summary, width, '  '));
    const list = (title: string, items: ExplainedStatement[]) => {
      if (!items.length) return;
      out.push(`  ${title}:`);
      for (const s of items) {
        out.push(...wrap(`${s.effect} in ${s.where}: ${s.role}`, width, '    - ', '      '));
        for (const cond of s.conditions) out.push(...wrap(`Condition ${cond}`, width, '      ', '        '));
        if (s.statement !== null) out.push(`      ${JSON.stringify(s.statement)}`);
      }
    };
    list('Statements that decided', c.deciding);
    list('Also matched, without deciding', c.alsoMatched);
    list('Did not apply (a condition did not hold)', c.unmet);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Words to lines of at most `width` columns (a longer word keeps its own line). */
function wrap(text: string, width: number, first: string, rest = first): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(' ')) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = rest + word;
    } else line += (empty ? '' : ' ') + word;
    empty = false;
  }
  lines.push(line);
  return lines;
}
