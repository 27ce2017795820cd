/**
 * Starting the lab: open the browser's storage, restore the saved account when there is one,
 * otherwise start a fresh account. A saved account that cannot be loaded is never replaced on
 * the user's behalf: the app reports it and waits for the user's choice (`startFresh`).
 */
import { createCloud, type Cloud } from '@/cloud/create-cloud';
import { SimulatedClock } from '@/core/clock';
import { openStore, type LoadFailure, type SnapshotStore, type StoreOptions } from '@/persist';

export type Session =
  | { kind: 'ready'; cloud: Cloud; store: SnapshotStore; persistent: boolean; notSavedReason?: string }
  | { kind: 'load-failed'; store: SnapshotStore; reason: LoadFailure; detail: string };

/**
 * The browser account's clock follows the wall clock (`now`), plus what Advance time added:
 * a fresh account starts at today's date, and a saved one resumes with its saved offset.
 */
const freshCloud = (now: () => number) => createCloud({ clock: SimulatedClock.following(now) });

export async function bootSession(o: StoreOptions & { nowMs?: () => number } = {}): Promise<Session> {
  const now = o.nowMs ?? Date.now;
  const store = await openStore(o);
  const loaded = await store.loadSnapshot();
  if (loaded.ok) {
    if (!loaded.state) return { kind: 'ready', cloud: freshCloud(now), store, persistent: true };
    try {
      const cloud = createCloud({ state: loaded.state, clock: SimulatedClock.following(now) });
      cloud.clock.nowMs();
      return { kind: 'ready', cloud, store, persistent: true };
    } catch (e) {
      // Whatever the checks missed: the same choice as for a damaged store, never a blank page.
      return {
        kind: 'load-failed',
        store,
        reason: 'corrupted',
        detail: `The stored account could not be restored (${e instanceof Error ? e.message : String(e)}).`,
      };
    }
  }
  // No storage at all (and so nothing to protect): work in memory and say it is not saved.
  if (loaded.reason === 'unavailable') return { kind: 'ready', cloud: freshCloud(now), store, persistent: false, notSavedReason: loaded.detail };
  return { kind: 'load-failed', store, reason: loaded.reason, detail: loaded.detail };
}

/** The user's choice after a failed load: a fresh account, saved in a new slot; the old data stays. */
export async function startFreshSession(store: SnapshotStore, reason: LoadFailure, nowMs: () => number = Date.now): Promise<Session> {
  const result = await store.startFresh(reason);
  const cloud = freshCloud(nowMs);
  if (result.ok) return { kind: 'ready', cloud, store, persistent: true };
  return { kind: 'ready', cloud, store, persistent: false, notSavedReason: result.detail };
}
