import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { bootSession, startFreshSession } from './boot';

let n = 0;
const name = () => `boot-test-${++n}`;
const listKeys = (s: Awaited<ReturnType<typeof bootSession>>) => {
  if (s.kind !== 'ready') throw new Error(s.kind);
  return s.cloud.call({ service: 'kms', operation: 'ListKeys', input: {} });
};

describe('booting the lab', () => {
  it('starts a fresh account at the current time when nothing is stored', async () => {
    const session = await bootSession({ name: name(), nowMs: () => Date.UTC(2027, 4, 1) });
    expect(session).toMatchObject({ kind: 'ready', persistent: true });
    if (session.kind === 'ready') expect(session.cloud.clock.nowMs()).toBe(Date.UTC(2027, 4, 1));
    expect((await listKeys(session)).Keys).toEqual([]);
  });

  it('restores the saved account', async () => {
    const db = name();
    const first = await bootSession({ name: db });
    if (first.kind !== 'ready') throw new Error(first.kind);
    const { KeyMetadata } = await first.cloud.call({ service: 'kms', operation: 'CreateKey', input: {} });
    expect((await first.store.saveSnapshot(first.cloud.snapshot())).ok).toBe(true);
    first.store.close();

    const second = await bootSession({ name: db });
    expect((await listKeys(second)).Keys.map((k: { KeyId: string }) => k.KeyId)).toEqual([KeyMetadata.KeyId]);
  });

  it('offers the damaged-store choice, not a blank page, for an account whose dates cannot be shown (Advance time of 1e308 ms)', async () => {
    const db = name();
    const first = await bootSession({ name: db });
    if (first.kind !== 'ready') throw new Error(first.kind);
    expect((await first.store.saveSnapshot({ ...first.cloud.snapshot(), clockOffsetMs: 1e308 })).ok).toBe(true);
    first.store.close();
    const second = await bootSession({ name: db });
    expect(second).toMatchObject({ kind: 'load-failed', reason: 'corrupted', detail: expect.stringContaining('account.clockOffsetMs must be at most') });
    if (second.kind !== 'load-failed') return;
    const fresh = await startFreshSession(second.store, second.reason);
    expect((await listKeys(fresh)).Keys).toEqual([]);
  });

  it("follows the wall clock, and a reopened account keeps Advance time's days and counts the time away", async () => {
    const db = name();
    let wall = Date.UTC(2027, 4, 1);
    const first = await bootSession({ name: db, nowMs: () => wall });
    if (first.kind !== 'ready') throw new Error(first.kind);
    wall += 90_000;
    expect(first.cloud.clock.nowMs()).toBe(Date.UTC(2027, 4, 1, 0, 1, 30));
    await first.cloud.clock.advanceDays(365);
    expect((await first.store.saveSnapshot(first.cloud.snapshot())).ok).toBe(true);
    first.store.close();

    wall += 86_400_000;
    const second = await bootSession({ name: db, nowMs: () => wall });
    if (second.kind !== 'ready') throw new Error(second.kind);
    expect(new Date(second.cloud.clock.nowMs()).toISOString()).toBe('2028-05-01T00:01:30.000Z');
  });

  it('reports an unloadable account and starts fresh only when asked, keeping the old data', async () => {
    const db = name();
    (await bootSession({ name: db })).store.close();
    const raw = await openDB(db);
    await raw.put('meta', { slot: 'account', revision: 3, schemaVersion: 99, writer: 'x', savedAt: 'x' }, 'active');
    await raw.put('snapshots', { schemaVersion: 99, revision: 3, state: { later: true } }, 'account');
    raw.close();

    const session = await bootSession({ name: db });
    expect(session).toMatchObject({ kind: 'load-failed', reason: 'newer-version' });
    const fresh = await startFreshSession(session.store, 'newer-version');
    expect(fresh).toMatchObject({ kind: 'ready', persistent: true });
    expect((await listKeys(fresh)).Keys).toEqual([]);

    const after = await openDB(db);
    expect(await after.get('snapshots', 'account')).toEqual({ schemaVersion: 99, revision: 3, state: { later: true } });
    after.close();
  });
});
