/**
 * Keeps the endpoint's --state file in step with the account, and says when a change is safe:
 * - every change of the account (a call, or time passing) schedules a save; saves never overlap,
 *   and the changes that arrive during one are written together by the next, so a burst of
 *   requests costs a few saves, not one each;
 * - `committed()` resolves once every change made so far is in the file. The endpoint answers a
 *   call that changed the account only then, so what it acknowledged survives a restart;
 * - a save that fails (a full or read-only disk) leaves the file as it was (state-file.ts), and
 *   the account goes back to what the file holds: the calls whose changes were lost are told so
 *   (`committed()` rejects) and fail, instead of succeeding in memory only.
 */
import type { Cloud } from '@/cloud/create-cloud';
import { decodeState, encodeState, writeStateFile } from './state-file';

export class SaveFailedError extends Error {
  constructor(override readonly cause: unknown) {
    super(`the account could not be saved (${cause instanceof Error ? cause.message : String(cause)})`);
    this.name = 'SaveFailedError';
  }
}

export interface Saver {
  /** Where the account stands now: give it to `committed` after a call, to learn whether the call's change was kept. */
  mark(): number;
  /**
   * Resolves once every change made so far is saved; rejects with SaveFailedError when they were
   * lost, or when the account went back to the file since `mark` (a call that spanned the rollback).
   */
  committed(mark?: number): Promise<void>;
  /** Saves now (a new file) and waits, rejecting when it could not be written. */
  saveNow(): Promise<void>;
  /** Waits for the saves under way. */
  flush(): Promise<void>;
  stop(): void;
}

interface Waiter {
  gen: number;
  resolve: () => void;
  reject: (e: SaveFailedError) => void;
}

export function saveOnChange(cloud: Cloud, path: string, o: { onError: (e: unknown) => void; write?: (path: string, text: string) => Promise<void> }): Saver {
  const write = o.write ?? writeStateFile;
  /** The account as the file holds it (what a failed save goes back to). */
  let lastGood = encodeState(cloud.state);
  let changes = 0;
  let saved = 0;
  let lost = 0;
  let lastError: SaveFailedError | undefined;
  let rollbacks = 0;
  let dirty = false;
  let running: Promise<void> | undefined;
  const waiters: Waiter[] = [];

  const settle = () => {
    for (let i = waiters.length - 1; i >= 0; i--) {
      const w = waiters[i]!;
      if (w.gen <= saved) w.resolve();
      else if (w.gen <= lost) w.reject(lastError!);
      else continue;
      waiters.splice(i, 1);
    }
  };

  /** Puts the account back to the file's content; every change made until then is lost. */
  const rollBack = async (cause: unknown) => {
    lastError = new SaveFailedError(cause);
    try {
      cloud.restore(await decodeState(lastGood));
    } catch (e) {
      o.onError(e);
    }
    lost = changes;
    rollbacks++;
    dirty = false;
  };

  const run = async () => {
    while (dirty) {
      dirty = false;
      const gen = changes;
      try {
        const text = encodeState(cloud.state); // encoded before the first await: the state as of `gen`
        await write(path, text);
        lastGood = text;
        saved = gen;
      } catch (e) {
        o.onError(e);
        await rollBack(e);
      }
      settle();
    }
    running = undefined;
  };

  const schedule = () => {
    changes++;
    dirty = true;
    running ??= run();
  };
  // A restore is the rollback itself (or a whole new account given by its owner): not a change to save.
  const stop = cloud.subscribe((c) => c.kind !== 'restore' && schedule());

  const committed = (mark = rollbacks): Promise<void> => {
    if (mark !== rollbacks) return Promise.reject(lastError!);
    if (changes <= saved) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      waiters.push({ gen: changes, resolve, reject });
      settle();
    });
  };

  return {
    mark: () => rollbacks,
    committed,
    saveNow: () => (schedule(), committed()),
    flush: async () => {
      while (running) await running;
    },
    stop,
  };
}
