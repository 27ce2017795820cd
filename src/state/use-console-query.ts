/**
 * The console's one query hook: reads through the API what a screen shows, and reads it again
 * whenever the account changes (store `revision`: a call that changed something, here, in the
 * shell or by a lab; time passing; a restore), when the learner signs in as someone else or picks
 * another Region, when `deps` change, or on `reload()`. Reads and failed calls change nothing, so
 * they never trigger a read: a screen would otherwise re-read forever after its own reads, or after
 * a read that keeps failing. What was shown stays on screen while the new read runs, so tables do
 * not flicker; an answer that arrives after a newer read started, or after the screen is gone, is
 * dropped. `QueryStatus` (components/ui/query-status.tsx) shows its loading and error states.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useConsole } from './console-store';

export type QueryState<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'ready'; data: T; error?: undefined }
  | { status: 'error'; data?: undefined; error: unknown };

export function useConsoleQuery<T>(load: () => Promise<T>, deps: readonly unknown[] = []): QueryState<T> & { reload(): void } {
  const cloud = useConsole((s) => s.cloud);
  const revision = useConsole((s) => s.revision);
  const identity = useConsole((s) => s.identity.arn);
  const region = useConsole((s) => s.region);
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' });
  const [nudge, setNudge] = useState(0);
  const latest = useRef(0);
  const loader = useRef(load);
  loader.current = load;

  useEffect(() => {
    if (!cloud) return;
    const ticket = ++latest.current;
    loader.current().then(
      (data) => ticket === latest.current && setState({ status: 'ready', data }),
      (error) => ticket === latest.current && setState({ status: 'error', error }),
    );
  }, [cloud, revision, identity, region, nudge, ...deps]);

  useEffect(
    () => () => {
      latest.current++;
    },
    [],
  );

  const reload = useCallback(() => setNudge((n) => n + 1), []);
  return { ...state, reload };
}
