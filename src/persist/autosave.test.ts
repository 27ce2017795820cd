import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CloudState } from '@/cloud/state';
import { startAutosave } from './autosave';
import type { SaveResult } from './store';

/** A cloud stand-in: `change(n)` moves its clock to n and notifies like cloud.call does. */
function fakeCloud() {
  const listeners = new Set<() => void>();
  let clockMs = 0;
  return {
    subscribe(l: () => void) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    snapshot: () => ({ clockMs }) as CloudState,
    change(n: number) {
      clockMs = n;
      for (const l of listeners) l();
    },
    listenerCount: () => listeners.size,
  };
}

function fakeStore(answer: (n: number) => SaveResult = (n) => ({ ok: true, revision: n })) {
  const saved: number[] = [];
  let release: (() => void) | undefined;
  let hold = false;
  return {
    saved,
    holdNext() {
      hold = true;
    },
    releaseHeld: () => release?.(),
    async saveSnapshot(state: CloudState): Promise<SaveResult> {
      if (hold) {
        hold = false;
        await new Promise<void>((r) => (release = r));
      }
      saved.push(state.clockMs);
      return answer(saved.length);
    },
  };
}

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('coalesces a burst of changes into one save of the latest state, ~200 ms later', async () => {
    const cloud = fakeCloud();
    const store = fakeStore();
    startAutosave(cloud, store);
    for (let i = 1; i <= 5; i++) cloud.change(i);
    await vi.advanceTimersByTimeAsync(199);
    expect(store.saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.saved).toEqual([5]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.saved).toEqual([5]);
  });

  it('saves again after a change made while a save was running', async () => {
    const cloud = fakeCloud();
    const store = fakeStore();
    startAutosave(cloud, store);
    store.holdNext();
    cloud.change(1);
    await vi.advanceTimersByTimeAsync(200);
    cloud.change(2);
    cloud.change(3);
    store.releaseHeld();
    await vi.advanceTimersByTimeAsync(200);
    expect(store.saved).toEqual([1, 3]);
  });

  it('flush saves pending changes at once and is a no-op when nothing changed', async () => {
    const cloud = fakeCloud();
    const store = fakeStore();
    const autosave = startAutosave(cloud, store);
    await autosave.flush();
    expect(store.saved).toEqual([]);
    cloud.change(7);
    await autosave.flush();
    expect(store.saved).toEqual([7]);
    await vi.advanceTimersByTimeAsync(500);
    expect(store.saved).toEqual([7]);
  });

  it('stops and reports when another tab wrote a newer revision', async () => {
    const cloud = fakeCloud();
    const store = fakeStore(() => ({ ok: false, reason: 'conflict', detail: 'Another tab saved a newer version of this account.' }));
    const results: SaveResult[] = [];
    const autosave = startAutosave(cloud, store, { onResult: (r) => results.push(r) });
    cloud.change(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(results).toEqual([{ ok: false, reason: 'conflict', detail: 'Another tab saved a newer version of this account.' }]);
    expect(autosave.stopped).toBe(true);
    expect(cloud.listenerCount()).toBe(0);
    cloud.change(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.saved).toEqual([1]);
  });

  it('keeps going after a transient failure and reports it', async () => {
    const cloud = fakeCloud();
    const store = fakeStore((n) => (n === 1 ? { ok: false, reason: 'failed', detail: 'QuotaExceededError' } : { ok: true, revision: n }));
    const results: SaveResult[] = [];
    startAutosave(cloud, store, { onResult: (r) => results.push(r) });
    cloud.change(1);
    await vi.advanceTimersByTimeAsync(200);
    cloud.change(2);
    await vi.advanceTimersByTimeAsync(200);
    expect(results.map((r) => r.ok)).toEqual([false, true]);
  });
});

describe('autosave status', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reports pending again when a change arrived during a save', async () => {
    const cloud = fakeCloud();
    const store = fakeStore();
    const log: string[] = [];
    startAutosave(cloud, store, { onPending: () => log.push('pending'), onResult: (r) => log.push(r.ok ? 'saved' : 'failed') });
    store.holdNext();
    cloud.change(1);
    await vi.advanceTimersByTimeAsync(200);
    cloud.change(2);
    store.releaseHeld();
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual(['pending', 'pending', 'saved', 'pending']);
    await vi.advanceTimersByTimeAsync(200);
    expect(log.at(-1)).toBe('saved');
  });
});
