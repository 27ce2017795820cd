/**
 * How calls were authorized, allowed or denied, as the one evaluator decided them: for each
 * call, each action checked on each resource, with its verdict, the reason in words, the
 * statements that decided (the key policy's delegation to IAM named as such) and those that
 * matched without deciding. The words come from src/cloud/explain.ts (shared with CloudShell's
 * `why`); this file only lays them out. Loaded on first use (why-allowed.tsx).
 */
import { explainTrace, type ExplainedStatement } from '@/cloud/explain';
import type { AuthorizationTrace } from '@/cloud/authorize';
import { CodeBlock } from './code-block';
import './access-explain.css';

export interface ExplainedCall {
  /** `kms Encrypt`, as the call is named. */
  label: string;
  trace: AuthorizationTrace;
}

export default function AccessExplain({ calls }: { calls: ExplainedCall[] }) {
  return (
    <div className="access-explain">
      {calls.map((c, i) => (
        <section key={i} className="access-explain__call" aria-label={`How ${c.label} was authorized`}>
          {calls.length > 1 && <h3 className="access-explain__title">{c.label}</h3>}
          <CallChecks trace={c.trace} />
        </section>
      ))}
    </div>
  );
}

function CallChecks({ trace }: { trace: AuthorizationTrace }) {
  if (trace.skipped) return <p>No authorization: this operation answers every caller, whatever the policies say.</p>;
  if (!trace.checks.length) return <p>No policy was evaluated: the call failed before its authorization step.</p>;
  return (
    <>
      {explainTrace(trace).map((check, i) => (
        <div key={i} className="access-explain__check">
          <p>
            <strong className={check.allowed ? 'effect--allow' : 'effect--deny'}>{check.allowed ? 'Allowed' : 'Denied'}</strong>{' '}
            <span className="mono">{check.action}</span> on <span className="mono access-explain__resource">{check.resource}</span>
          </p>
          <p>{check.summary}</p>
          <Statements title="Statements that decided" items={check.deciding} />
          <Statements title="Also matched, without deciding" items={check.alsoMatched} />
          <Statements title="Did not apply (a condition did not hold)" items={check.unmet} />
        </div>
      ))}
    </>
  );
}

function Statements({ title, items }: { title: string; items: ExplainedStatement[] }) {
  if (!items.length) return null;
  return (
    <>
      <p className="access-explain__heading">{title}</p>
      <ul className="access-explain__list">
        {items.map((s, i) => (
          <li key={i}>
            <strong className={s.effect === 'Deny' ? 'effect--deny' : 'effect--allow'}>{s.effect}</strong> in {s.where}: {s.role}
            {s.conditions.length > 0 && (
              <ul className="access-explain__conditions" aria-label={`Conditions of ${s.where}`}>
                {s.conditions.map((c, j) => (
                  <li key={j} className="mono">
                    {c}
                  </li>
                ))}
              </ul>
            )}
            {s.statement !== null && (
              <details className="access-explain__json">
                <summary>Statement JSON</summary>
                <CodeBlock code={JSON.stringify(s.statement, null, 2)} label={`${s.where} JSON`} copy={false} />
              </details>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
