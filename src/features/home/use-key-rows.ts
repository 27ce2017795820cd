/**
 * Loads the key table of a Region and reloads it whenever the account changes (a key created
 * here, in the shell, by a lab, or by time passing) or the learner signs in as someone else.
 * The store's `revision` ignores read-only calls: the table's own List/Describe calls would
 * otherwise reload it forever.
 */
import { useEffect, useState } from 'react';
import { consoleCall, useConsole } from '@/state/console-store';
import { formatError } from './format-error';
import { listKeyRows, type ConsoleCall, type KeyRows } from './list-key-rows';

export type KeyRowsState = { status: 'loading' } | { status: 'ready'; data: KeyRows } | { status: 'error'; message: string };

const call: ConsoleCall = (req) => consoleCall(req);

export function useKeyRows(region: string): KeyRowsState {
  const [state, setState] = useState<KeyRowsState>({ status: 'loading' });
  const cloud = useConsole((s) => s.cloud);
  const revision = useConsole((s) => s.revision);
  const identity = useConsole((s) => s.identity.arn);

  useEffect(() => {
    if (!cloud) return;
    let current = true;
    listKeyRows(call, region).then(
      (data) => current && setState({ status: 'ready', data }),
      (e) => current && setState({ status: 'error', message: formatError(e) }),
    );
    return () => {
      current = false;
    };
  }, [cloud, region, revision, identity]);

  return state;
}
