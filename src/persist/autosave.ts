/**
 * Saves the account after every change, debounced: a burst of calls (a lab step, a script in
 * the shell) becomes one save, taken from the state as it is when the save runs. Saves never
 * overlap; a change during a save schedules one more. After a refused save (another tab wrote a
 * newer revision, or the store is blocked) autosave stops and reports, so the app can offer a
 * reload instead of fighting the other tab. After a failed save or a full storage it reports and
 * keeps saving at the next change (the whole state each time, so nothing is lost once it works).
 */
import type { CloudState } from '@/cloud/state';
import { isQuotaError, type SaveResult, type SnapshotStore } from './store';

export interface AutosaveSource {
  subscribe(listener: () => void): () => void;
  snapshot(): CloudState;
}

export interface AutosaveOptions {
  delayMs?: number;
  /** Called with every save result (the app shows failures). */
  onResult?: (result: SaveResult) => void;
  /** Called when a change arrives that is not saved yet (the app shows "Saving…"). */
  onPending?: () => void;
}

export interface Autosave {
  /** Saves now if anything is pending; resolves when storage has it. */
  flush(): Promise<void>;
  stop(): void;
  readonly stopped: boolean;
}

export function startAutosave(source: AutosaveSource, store: Pick<SnapshotStore, 'saveSnapshot'>, o: AutosaveOptions = {}): Autosave {
  const delayMs = o.delayMs ?? 200;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;
  let running: Promise<void> | undefined;
  let stopped = false;

  const schedule = () => {
    if (stopped) return;
    dirty = true;
    o.onPending?.();
    if (timer === undefined && !running) timer = setTimeout(() => void run(), delayMs);
  };

  const run = async (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (running) return running;
    if (!dirty || stopped) return;
    dirty = false;
    running = (async () => {
      let result: SaveResult;
      try {
        result = await store.saveSnapshot(source.snapshot());
      } catch (e) {
        result = {
          ok: false,
          reason: isQuotaError(e) ? 'quota' : 'failed',
          detail: `The account could not be saved: ${e instanceof Error ? e.message : String(e)}`,
        };
      }
      // A failed save, or a full storage, may succeed at the next change (space freed): keep going.
      if (!result.ok && result.reason !== 'failed' && result.reason !== 'quota') stop();
      o.onResult?.(result);
      // A change that arrived during this save is not in it: still pending.
      if (dirty && !stopped) o.onPending?.();
    })();
    try {
      await running;
    } finally {
      running = undefined;
      if (dirty && !stopped) timer = setTimeout(() => void run(), delayMs);
    }
  };

  const unsubscribe = source.subscribe(schedule);

  function stop() {
    stopped = true;
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  }

  return {
    async flush() {
      for (;;) {
        if (running) {
          await running; // the save's own bookkeeping finishes a microtask later: check again
          continue;
        }
        if (!dirty || stopped) return;
        await run();
      }
    },
    stop,
    get stopped() {
      return stopped;
    },
  };
}
