/**
 * Saves the account after every change (debounced in src/persist/autosave.ts) and reports what
 * happened: a short status for the header, and failures for the banners. Pending work is
 * flushed when the page is hidden, so a quick reload keeps the last action.
 */
import { useEffect, useState } from 'react';
import type { Cloud } from '@/cloud/create-cloud';
import { startAutosave, type SaveResult, type SnapshotStore } from '@/persist';

/** `quota`: the browser's storage is full (the app says how to free space; saving resumes at the next change). */
export type SaveState = { kind: 'idle' | 'pending' | 'saved' } | { kind: 'conflict' | 'failed' | 'quota'; detail: string };

export function useAutosave(cloud: Cloud | undefined, store: SnapshotStore | undefined, enabled: boolean): SaveState {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });

  useEffect(() => {
    if (!enabled || !cloud || !store) return;
    const onResult = (r: SaveResult) => {
      if (r.ok) setState({ kind: 'saved' });
      else setState({ kind: r.reason === 'conflict' || r.reason === 'quota' ? r.reason : 'failed', detail: r.detail });
    };
    // A full storage stays reported while the next save is pending (no banner flicker at every change).
    const autosave = startAutosave(cloud, store, {
      onResult,
      onPending: () => setState((s) => (s.kind === 'conflict' || s.kind === 'quota' ? s : { kind: 'pending' })),
    });
    const flush = () => void autosave.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      // Keep the last change (React remounts effects in development; the page may be leaving).
      void autosave.flush().finally(() => autosave.stop());
    };
  }, [cloud, store, enabled]);

  return state;
}
