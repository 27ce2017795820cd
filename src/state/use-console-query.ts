/**
 * Reads through the API for a screen, and reads again whenever the account changes (a change
 * made here, in the shell, by a lab or by time passing), when the learner signs in as someone
 * else or picks another Region. What was shown stays on screen while the new read runs, so
 * tables do not flicker; an answer that arrives after a newer read started is dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useConsole } from './console-store';

export type QueryState<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: unknown };

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
