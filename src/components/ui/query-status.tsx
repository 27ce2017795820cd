/**
 * The one loading and error view of the console's screens, for what they read through the API
 * (useConsoleQuery, src/state/use-console-query.ts): a busy line while the first read runs, AWS's
 * error banner (ErrorAlert, with its "Why?" for an AccessDenied) if the read failed, nothing once
 * the data is there. A screen whose table already says it is loading passes no `loading` text.
 * Two reads only help a form and fall back to nothing, as the AWS console's do: the create-key
 * wizard's existing aliases and custom key stores, and the grant form's principals (the action's
 * own call then says what is wrong). query-status.test.tsx checks no screen has lines of its own.
 */
import type { ReactNode } from 'react';
import { ErrorAlert } from './error-alert';

interface Props {
  query: { status: 'loading' | 'ready' | 'error'; error?: unknown };
  /** What is being read, shown while it loads: "Loading keys…". */
  loading?: string;
  /** What failed, in AWS's words: "Failed to list keys". */
  failed: ReactNode;
  /** Shown under the error, e.g. a link back to the list. */
  children?: ReactNode;
}

export function QueryStatus({ query, loading, failed, children }: Props) {
  if (query.status === 'loading') return loading ? <p aria-busy="true">{loading}</p> : null;
  if (query.status === 'error')
    return (
      <>
        <ErrorAlert error={query.error} title={failed} />
        {children}
      </>
    );
  return null;
}
