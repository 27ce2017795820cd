/**
 * An error the way the AWS console's red banner shows it: what failed, AWS's message word for
 * word, the error code. AWS errors are expected answers; anything else is a bug of the lab and
 * says so (docs/architecture.md, "Errors"). An AccessDenied that carries the policy evaluation
 * (`error.decision`, from KMS's AccessDeniedException or IAM's AccessDenied) gets a "Why?"
 * disclosure: which statements decided, which matched, for which principal, action and resource.
 */
import { useId, useState, type ReactNode } from 'react';
import { isAwsError } from '@/core/errors';
import type { Decision, DecisionReason, TraceEntry } from '@/iam/evaluate';
import { Button } from './button';
import { CodeBlock } from './code-block';

interface Props {
  error: unknown;
  /** What failed, in AWS's words: "Failed to create user myKeyUser". Default: the error code. */
  title?: ReactNode;
  onDismiss?(): void;
}

interface ShownError {
  code: string;
  message: string;
  bug: boolean;
  decision?: Decision;
}

function describe(e: unknown): ShownError {
  if (isAwsError(e)) {
    const decision = (e as { decision?: Decision }).decision;
    return { code: e.code, message: e.message, bug: false, decision: decision && Array.isArray(decision.considered) ? decision : undefined };
  }
  const text = e instanceof Error ? e.message : String(e);
  return { code: 'Unexpected error', message: `Unexpected error inside KMS Lab (a bug in the lab, not an AWS answer): ${text}`, bug: true };
}

export function ErrorAlert({ error, title, onDismiss }: Props) {
  const shown = describe(error);
  return (
    <div role="alert" className="alert alert--error">
      <div className="alert__body">
        <p className="alert__title">{title ?? shown.code}</p>
        {shown.message && <p className="alert__message">{shown.message}</p>}
        {!shown.bug && (
          <p className="alert__code">
            Error code: <span className="mono">{shown.code}</span>
          </p>
        )}
        {shown.decision && <WhyDenied decision={shown.decision} message={shown.message} />}
      </div>
      {onDismiss && (
        <Button className="button--small" onClick={onDismiss} aria-label="Dismiss error">
          Dismiss
        </Button>
      )}
    </div>
  );
}

/** Principal, action and resource, read back from AWS's AccessDenied wording. */
export function parseDenial(message: string): { principal?: string; action?: string; resource?: string } {
  const m = /User: (\S+) is not authorized to perform: (\S+) on resource: (\S+)/.exec(message);
  return m ? { principal: m[1], action: m[2], resource: m[3] } : {};
}

const REASONS: Record<DecisionReason, string> = {
  'explicit-deny-resource': 'A statement of the key policy explicitly denies this request. An explicit Deny always wins, whatever else allows it.',
  'explicit-deny-identity': "A statement of the caller's IAM policies explicitly denies this request. An explicit Deny always wins, whatever else allows it.",
  'no-resource-allow':
    'The key policy does not allow this principal: no statement names it, and no statement allows the account (the "Enable IAM User Permissions" statement), so IAM policies cannot help. Everything not allowed is denied (implicit deny).',
  'no-identity-allow':
    'No IAM policy of the principal (its own policies, or those of its groups) allows this action on this resource. Everything not allowed is denied (implicit deny).',
  'allowed-by-resource-policy': 'Allowed by the key policy.',
  'allowed-by-identity-policy': 'Allowed by an IAM policy.',
  'allowed-by-grant': 'Allowed by a grant on the key.',
};

/** Why an access was denied, from the evaluation's trace. */
export function WhyDenied({ decision, message }: { decision: Decision; message: string }) {
  const [open, setOpen] = useState(false);
  const panel = useId();
  const who = parseDenial(message);
  const accountAllowsIam = decision.reason === 'no-identity-allow' && decision.considered.some((t) => t.source === 'Key policy' && t.effect === 'Allow');
  return (
    <div className="why">
      <Button className="button--small" aria-expanded={open} aria-controls={panel} onClick={() => setOpen(!open)}>
        Why?
      </Button>
      <div id={panel} hidden={!open} className="why__panel">
        <dl className="why__request">
          {who.principal && (
            <>
              <dt>Principal</dt>
              <dd className="mono">{who.principal}</dd>
            </>
          )}
          {who.action && (
            <>
              <dt>Action</dt>
              <dd className="mono">{who.action}</dd>
            </>
          )}
          {who.resource && (
            <>
              <dt>Resource</dt>
              <dd className="mono">{who.resource}</dd>
            </>
          )}
        </dl>
        <p>{REASONS[decision.reason]}</p>
        {accountAllowsIam && (
          <p>The key policy allows the account to use IAM policies for this key, so an IAM policy had to allow the action too, and none did.</p>
        )}
        {decision.refusedBy?.length ? (
          <section className="why__trace">
            <h3>Grants that name this principal</h3>
            <p className="muted">A grant allows only the operations it lists, and only when its constraint is met. None of these allows this request:</p>
            <ul>
              {decision.refusedBy.map((r) => (
                <li key={r.source}>
                  <p>
                    <span className="mono">{r.source}</span>: {r.why}.
                  </p>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <Trace title="Statements that decided" entries={decision.deciding} empty="None: no statement allowed the request, so it is denied by default." />
        <Trace
          title="Statements that matched the request"
          entries={decision.considered}
          empty="None of the statements that apply to this principal matches this action and resource."
        />
      </div>
    </div>
  );
}

function Trace({ title, entries, empty }: { title: string; entries: TraceEntry[]; empty: string }) {
  return (
    <section className="why__trace">
      <h3>{title}</h3>
      {entries.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul>
          {entries.map((t, i) => (
            <li key={`${t.source}-${t.statementIndex}-${i}`}>
              <p>
                <strong className={t.effect === 'Deny' ? 'effect--deny' : 'effect--allow'}>{t.effect}</strong> in {t.source}
                {t.sid !== undefined ? (
                  <>
                    , statement <span className="mono">{t.sid}</span>
                  </>
                ) : t.statementIndex >= 0 ? (
                  `, statement ${t.statementIndex + 1}`
                ) : null}
              </p>
              {t.statement !== null && (
                <CodeBlock code={JSON.stringify(t.statement, null, 2)} label={`Statement ${t.sid ?? t.statementIndex + 1} of ${t.source}`} copy={false} />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
