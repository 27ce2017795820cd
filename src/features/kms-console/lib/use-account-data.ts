/**
 * Reads what a screen shows through the API and reads it again whenever the account changes: a
 * call that changed something (here, in the shell, by a lab), time passing (rotations,
 * deletions), a restore, or another Region or identity. Successful reads (Describe/Get/List) do
 * not trigger a reload, or a screen's own reads would reload it forever.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useConsole } from '@/state/console-store';
import { call, type Caller } from './api';

export type DataState<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'ready'; data: T; error?: undefined }
  | { status: 'error'; data?: undefined; error: unknown };

export function useAccountData<T>(load: (call: Caller) => Promise<T>, deps: unknown[]): DataState<T> & { reload(): void } {
  const cloud = useConsole((s) => s.cloud);
  const region = useConsole((s) => s.region);
  const identity = useConsole((s) => s.identity);
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<DataState<T>>({ status: 'loading' });
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    if (!cloud) return;
    return cloud.subscribe((change) => {
      if (change.kind === 'call' && (change.event.readOnly || change.event.errorCode)) return;
      setVersion((v) => v + 1);
    });
  }, [cloud]);

  useEffect(() => {
    if (!cloud) return;
    let current = true;
    loadRef.current(call).then(
      (data) => current && setState({ status: 'ready', data }),
      (error) => current && setState({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [cloud, region, identity, version, ...deps]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { ...state, reload };
}
