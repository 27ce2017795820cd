/**
 * Loads the key table of a Region and reloads it whenever the account changes (a key created
 * here, in the shell, by a lab, or by time passing). Read-only calls do not trigger a reload:
 * the table's own List/Describe calls would otherwise reload it forever.
 */
import { useEffect, useState } from 'react';
import type { Cloud } from '../../cloud/create-cloud';
import { formatError } from './format-error';
import { listKeyRows, type ConsoleCall, type KeyRows } from './list-key-rows';

export interface HomeAccount {
  call: ConsoleCall;
  subscribe: Cloud['subscribe'];
}

export type KeyRowsState = { status: 'loading' } | { status: 'ready'; data: KeyRows } | { status: 'error'; message: string };

export function useKeyRows(account: HomeAccount, region: string): KeyRowsState {
  const [state, setState] = useState<KeyRowsState>({ status: 'loading' });
  const [version, setVersion] = useState(0);

  useEffect(
    () =>
      account.subscribe((change) => {
        if (change.kind !== 'call' || !change.event.readOnly) setVersion((v) => v + 1);
      }),
    [account],
  );

  useEffect(() => {
    let current = true;
    listKeyRows(account.call, region).then(
      (data) => current && setState({ status: 'ready', data }),
      (e) => current && setState({ status: 'error', message: formatError(e) }),
    );
    return () => {
      current = false;
    };
  }, [account, region, version]);

  return state;
}
