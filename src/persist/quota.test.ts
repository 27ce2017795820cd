/**
 * A full browser storage (QuotaExceededError) when saving: reported as `quota`, nothing half
 * written (the last good save and its revision stay), and saving works again once there is space.
 */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CloudState } from '@/cloud/state';
import { startAutosave } from './autosave';
import { isQuotaError, openStore, type MetaRecord, type SaveResult } from './store';
import { openTerminalStore } from './terminal-home';
import { sampleState } from './test-state';

let dbCount = 0;
const freshName = () => `kms-lab-quota-test-${++dbCount}`;
const originalPut = IDBObjectStore.prototype.put;

/** From now on, a put into `storeName` fails: thrown at once, or (`atCommit`) as the whole transaction's abort, as a full disk does. */
function fillStorage(storeName: string, atCommit = false) {
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (this.name !== storeName) return originalPut.apply(this, args);
    if (!atCommit) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const request = originalPut.apply(this, args);
    // fake-indexeddb's own abort with an error name: the transaction's error becomes that DOMException.
    const tx = this.transaction as IDBTransaction & { _abort(name: string): void };
    request.addEventListener('success', () => tx._abort('QuotaExceededError'));
    return request;
  };
}

afterEach(() => {
  IDBObjectStore.prototype.put = originalPut;
});

async function rawAccount(name: string) {
  const db = await openDB(name);
  const meta = (await db.get('meta', 'active')) as MetaRecord;
  const record = (await db.get('snapshots', meta.slot)) as { revision: number; state: CloudState };
  db.close();
  return { meta, record };
}

describe('a full storage', () => {
  it('recognises the quota errors browsers throw, and nothing else', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED'))).toBe(true);
    expect(isQuotaError(new DOMException('no', 'AbortError'))).toBe(false);
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });

  for (const atCommit of [false, true]) {
    it(`reports quota and keeps the last good save when the write fails ${atCommit ? 'at commit' : 'at once'}; saves again once there is space`, async () => {
      const name = freshName();
      const store = await openStore({ name });
      await store.loadSnapshot();
      const first = await sampleState();
      expect(await store.saveSnapshot(first)).toEqual({ ok: true, revision: 1 });
      const before = await rawAccount(name);

      fillStorage('snapshots', atCommit);
      const second = { ...first, clockMs: first.clockMs + 86_400_000 };
      const refused = await store.saveSnapshot(second);
      expect(refused).toEqual({ ok: false, reason: 'quota', detail: expect.stringMatching(/^The account could not be saved: QuotaExceededError/) });
      const after = await rawAccount(name);
      expect(after.meta).toEqual(before.meta);
      expect(after.record.revision).toBe(1);
      expect(after.record.state.clockMs).toBe(first.clockMs);

      IDBObjectStore.prototype.put = originalPut;
      expect(await store.saveSnapshot(second)).toEqual({ ok: true, revision: 2 });
      expect((await rawAccount(name)).record.state.clockMs).toBe(second.clockMs);
      store.close();
    });
  }

  it('reports quota for the CloudShell home directory too', async () => {
    const name = freshName();
    const store = await openTerminalStore({ name });
    await store.load(() => undefined);
    fillStorage('terminal');
    const result = await store.save({ home: { type: 'dir', mtimeMs: 1, entries: {} }, history: [] });
    expect(result).toEqual({ ok: false, reason: 'quota', detail: expect.stringContaining('browser storage is full: QuotaExceededError') });
    store.close();
  });
});

describe('autosave with a full storage', () => {
  afterEach(() => vi.useRealTimers());

  it('reports quota and keeps saving at the next change (a thrown quota error included)', async () => {
    vi.useFakeTimers();
    const listeners = new Set<() => void>();
    let clockMs = 0;
    const source = { subscribe: (l: () => void) => (listeners.add(l), () => listeners.delete(l)), snapshot: () => ({ clockMs }) as CloudState };
    const change = (n: number) => ((clockMs = n), listeners.forEach((l) => l()));
    const answers: (() => SaveResult)[] = [
      () => ({ ok: false, reason: 'quota', detail: 'full' }),
      () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      () => ({ ok: true, revision: 1 }),
    ];
    const saved: number[] = [];
    const store = { saveSnapshot: async (s: CloudState) => (saved.push(s.clockMs), answers.shift()!()) };
    const results: SaveResult[] = [];
    const autosave = startAutosave(source, store, { onResult: (r) => results.push(r) });
    for (const n of [1, 2, 3]) {
      change(n);
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(saved).toEqual([1, 2, 3]);
    expect(results.map((r) => (r.ok ? 'saved' : r.reason))).toEqual(['quota', 'quota', 'saved']);
    expect(autosave.stopped).toBe(false);
  });
});
