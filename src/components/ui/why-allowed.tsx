/**
 * "Why allowed": a disclosure under a console action's outcome (and in Event history) that tells
 * how each call was authorized, from the trace the one authorization step kept. Its content is
 * loaded when it is first opened, so the first screen carries only this disclosure.
 */
import { lazy, Suspense, useState } from 'react';
import type { ExplainedCall } from './access-explain';

const AccessExplain = lazy(() => import('./access-explain'));

interface Props {
  calls: ExplainedCall[];
  /** The disclosure's text; default "Why allowed". */
  title?: string;
  className?: string;
}

export function WhyAllowed({ calls, title = 'Why allowed', className = 'flash__details' }: Props) {
  const [open, setOpen] = useState(false);
  if (!calls.length) return null;
  return (
    <details className={className} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{title}</summary>
      {open && (
        <Suspense fallback={<p aria-busy="true">Loading the explanation…</p>}>
          <AccessExplain calls={calls} />
        </Suspense>
      )}
    </details>
  );
}

/** The calls of an action that carry a trace, named as `service Operation`. */
export const tracedCalls = (calls: readonly { service: string; operation: string; trace?: ExplainedCall['trace'] }[]): ExplainedCall[] =>
  calls.flatMap((c) => (c.trace ? [{ label: `${c.service} ${c.operation}`, trace: c.trace }] : []));
