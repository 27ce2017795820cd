/** The snapshot store on IndexedDB (fake-indexeddb). Over 300 lines: one module's cases, sharing fixtures. */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openStore, type MetaRecord, type SnapshotStore } from './store';
import { materialOf, sampleState } from './test-state';

let dbCount = 0;
const freshName = () => `kms-lab-test-${++dbCount}`;

/** Reads the raw records, as another program (or a later version) would see them. */
async function raw(name: string) {
  const db = await openDB(name);
  const meta = (await db.get('meta', 'active')) as MetaRecord | undefined;
  const snapshots = Object.fromEntries(await Promise.all((await db.getAllKeys('snapshots')).map(async (k) => [k, await db.get('snapshots', k)])));
  db.close();
  return { meta, snapshots };
}

async function writeRaw(name: string, slot: string, meta: Partial<MetaRecord>, record: unknown) {
  const store = await openStore({ name });
  store.close();
  const db = await openDB(name);
  await db.put('meta', { slot, revision: 1, schemaVersion: 1, writer: 'other', savedAt: '2026-01-01T00:00:00.000Z', ...meta }, 'active');
  await db.put('snapshots', record, slot);
  db.close();
}

async function loaded(name: string, o = {}): Promise<SnapshotStore> {
  const store = await openStore({ name, ...o });
  const result = await store.loadSnapshot();
  expect(result.ok).toBe(true);
  return store;
}

describe('snapshot store', () => {
  it('starts empty', async () => {
    const store = await openStore({ name: freshName() });
    expect(await store.loadSnapshot()).toEqual({ ok: true, state: undefined, revision: 0 });
  });

  it('round-trips an account; key material still decrypts and still refuses export', async () => {
    const name = freshName();
    const state = await sampleState();
    const iv = new Uint8Array(12);
    const secret = new TextEncoder().encode('hello, KMS');
    const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, materialOf(state), secret);

    const a = await loaded(name);
    expect(await a.saveSnapshot(state)).toEqual({ ok: true, revision: 1 });
    a.close();

    const b = await openStore({ name });
    const result = await b.loadSnapshot();
    if (!result.ok || !result.state) throw new Error(`load failed: ${JSON.stringify(result)}`);
    expect(result.revision).toBe(1);
    const key = materialOf(result.state);
    expect(key).toBeInstanceOf(CryptoKey);
    expect(key.extractable).toBe(false);
    const opened = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, sealed);
    expect(new TextDecoder().decode(opened)).toBe('hello, KMS');
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('refuses to save before the stored account was loaded (never overwrites unseen data)', async () => {
    const store = await openStore({ name: freshName() });
    const result = await store.saveSnapshot(await sampleState());
    expect(result).toMatchObject({ ok: false, reason: 'blocked' });
  });

  it('reports a store written by a newer version and leaves it untouched', async () => {
    const name = freshName();
    const future = { schemaVersion: 2, revision: 7, writer: 'future', savedAt: 'x', state: { brandNew: true } };
    await writeRaw(name, 'account', { schemaVersion: 2, revision: 7 }, future);
    const before = await raw(name);

    const store = await openStore({ name });
    const result = await store.loadSnapshot();
    expect(result).toMatchObject({ ok: false, reason: 'newer-version' });
    if (!result.ok) expect(result.detail).toContain('schema version 2');
    expect(await store.saveSnapshot(await sampleState())).toMatchObject({ ok: false, reason: 'blocked' });
    expect(await raw(name)).toEqual(before);
  });

  it('reports a newer IndexedDB layout (VersionError) as newer-version', async () => {
    const name = freshName();
    (await openDB(name, 5)).close();
    const store = await openStore({ name });
    expect(store.available).toBe(false);
    expect(await store.loadSnapshot()).toMatchObject({ ok: false, reason: 'newer-version' });
    expect(await store.saveSnapshot(await sampleState())).toMatchObject({ ok: false, reason: 'unavailable' });
  });

  it.each([
    ['a record that is not an account', { schemaVersion: 1, revision: 1, state: 'garbage' }, 'not an object'],
    [
      'an unknown Region',
      { schemaVersion: 1, revision: 1, state: { schemaVersion: 1, clockMs: 0, iam: {}, trail: [], kms: { 'mars-1': { keys: {}, aliases: {} } } } },
      'unknown Region "mars-1"',
    ],
    [
      'key material that is not a CryptoKey',
      {
        schemaVersion: 1,
        revision: 1,
        state: {
          schemaVersion: 1,
          clockMs: 0,
          iam: {},
          trail: [],
          kms: { 'us-east-1': { keys: { k: { keyId: 'k', arn: 'a', materials: [{ key: 'bytes' }] } }, aliases: {} } },
        },
      },
      'did not survive storage',
    ],
    [
      'HMAC or private-key handles that are not CryptoKeys',
      {
        schemaVersion: 1,
        revision: 1,
        state: {
          schemaVersion: 1,
          clockMs: 0,
          iam: {},
          trail: [],
          kms: { 'us-east-1': { keys: { k: { keyId: 'k', arn: 'a', materials: [{ handles: { HMAC: 'bytes' } }] } }, aliases: {} } },
        },
      },
      'did not survive storage',
    ],
    [
      'key material with neither keys nor bytes',
      {
        schemaVersion: 1,
        revision: 1,
        state: {
          schemaVersion: 1,
          clockMs: 0,
          iam: {},
          trail: [],
          kms: { 'us-east-1': { keys: { k: { keyId: 'k', arn: 'a', materials: [{ id: 'x' }] } }, aliases: {} } },
        },
      },
      'did not survive storage',
    ],
    ['no snapshot behind the index', undefined, 'missing or damaged'],
  ])('reports %s as corrupted and keeps it', async (_what, record, detail) => {
    const name = freshName();
    await writeRaw(name, 'account', {}, record);
    const before = await raw(name);
    const store = await openStore({ name });
    const result = await store.loadSnapshot();
    expect(result).toMatchObject({ ok: false, reason: 'corrupted' });
    if (!result.ok) expect(result.detail).toContain(detail);
    expect(await store.saveSnapshot(await sampleState())).toMatchObject({ ok: false, reason: 'blocked' });
    expect(await raw(name)).toEqual(before);
  });

  it('loads HMAC and asymmetric material: non-extractable handles and, for signing keys, their bytes', async () => {
    const name = freshName();
    const state = await sampleState();
    const hmac = await crypto.subtle.importKey('raw', new Uint8Array(32), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const key = Object.values(state.kms['us-east-1']!.keys)[0]!;
    key.materials.push(
      { id: 'b'.repeat(64), handles: { HMAC: hmac }, createdMs: 0 },
      { id: 'c'.repeat(64), raw: new Uint8Array(48), publicKey: new Uint8Array(44), createdMs: 0 },
    );
    const store = await openStore({ name });
    await store.loadSnapshot();
    expect(await store.saveSnapshot(state)).toEqual({ ok: true, revision: 1 });
    const loaded = await (await openStore({ name })).loadSnapshot();
    if (!loaded.ok || !loaded.state) throw new Error(JSON.stringify(loaded));
    const [, withHandles, withBytes] = Object.values(loaded.state.kms['us-east-1']!.keys)[0]!.materials;
    expect(withHandles!.handles!.HMAC).toBeInstanceOf(CryptoKey);
    expect(withHandles!.handles!.HMAC!.extractable).toBe(false);
    expect(withBytes!.raw).toEqual(new Uint8Array(48));
  });

  it('starts a fresh account in a new slot and keeps the old data', async () => {
    const name = freshName();
    await writeRaw(name, 'account', { schemaVersion: 9 }, { schemaVersion: 9, revision: 1, state: { future: 1 } });
    const store = await openStore({ name, now: () => new Date('2026-03-01T10:00:00Z') });
    expect((await store.loadSnapshot()).ok).toBe(false);
    expect(await store.startFresh('newer-version')).toEqual({ ok: true, revision: 0 });
    expect(await store.saveSnapshot(await sampleState())).toEqual({ ok: true, revision: 1 });

    const { meta, snapshots } = await raw(name);
    expect(meta!.slot).not.toBe('account');
    expect(meta!.setAside).toEqual([{ slot: 'account', reason: 'newer-version', at: '2026-03-01T10:00:00.000Z' }]);
    expect(snapshots['account']).toEqual({ schemaVersion: 9, revision: 1, state: { future: 1 } });

    const reloaded = await openStore({ name });
    const result = await reloaded.loadSnapshot();
    expect(result).toMatchObject({ ok: true, revision: 1 });
  });

  it('never lets one tab overwrite a newer revision written by another', async () => {
    const name = freshName();
    const state = await sampleState();
    const tabA = await loaded(name, { writerId: 'tab-a' });
    const tabB = await loaded(name, { writerId: 'tab-b' });
    expect(await tabA.saveSnapshot(state)).toEqual({ ok: true, revision: 1 });
    expect(await tabA.saveSnapshot(state)).toEqual({ ok: true, revision: 2 });
    const refused = await tabB.saveSnapshot({ ...state, clockMs: 1 });
    expect(refused).toMatchObject({ ok: false, reason: 'conflict' });
    if (!refused.ok) expect(refused.detail).toContain('Another tab');
    // Once refused, the tab stays refused: it must reload rather than retry over the other tab.
    expect(await tabB.saveSnapshot(state)).toMatchObject({ ok: false, reason: 'blocked' });

    const tabC = await loaded(name, { writerId: 'tab-c' });
    expect(await tabC.saveSnapshot(state)).toEqual({ ok: true, revision: 3 });
    expect(await tabA.saveSnapshot(state)).toMatchObject({ ok: false, reason: 'conflict' });
    const { meta, snapshots } = await raw(name);
    expect(meta).toMatchObject({ slot: 'account', revision: 3, writer: 'tab-c' });
    expect(snapshots['account']).toMatchObject({ revision: 3, writer: 'tab-c', state: { clockMs: state.clockMs } });
  });

  it('says before saving that a save would be refused, once another tab saved a newer version', async () => {
    const name = freshName();
    const state = await sampleState();
    const tabA = await loaded(name, { writerId: 'tab-a' });
    const tabB = await loaded(name, { writerId: 'tab-b' });
    expect(await tabB.saveRefusal!()).toBeUndefined();
    expect(await tabA.saveSnapshot(state)).toMatchObject({ ok: true });
    expect(await tabB.saveRefusal!()).toBe('Another tab saved a newer version of this account.');
    expect(await tabA.saveRefusal!()).toBeUndefined();
  });

  it('applies migrations to older snapshots when loading', async () => {
    const name = freshName();
    const v1 = await sampleState();
    const { trail: _trail, ...v0 } = { ...v1, schemaVersion: 0, events: [] };
    await writeRaw(name, 'account', { schemaVersion: 0, revision: 4 }, { schemaVersion: 0, revision: 4, state: v0 });
    // A fake v0 -> v1 migration: v0 called the event history `events`.
    const migrations = { 0: ({ events, ...rest }: any) => ({ ...rest, trail: events }) };
    const store = await openStore({ name, migrations });
    const result = await store.loadSnapshot();
    if (!result.ok || !result.state) throw new Error(JSON.stringify(result));
    expect(result.state.schemaVersion).toBe(1);
    expect(result.state.trail).toEqual([]);
    expect(result.revision).toBe(4);
    expect(await store.saveSnapshot(result.state)).toEqual({ ok: true, revision: 5 });
  });

  it('reports an account that is damaged deep inside (a clock of 1e300, a key in no state) as corrupted, with the place, and keeps it', async () => {
    for (const [damage, detail] of [
      [
        (s: any) => (s.clockMs = 1e300),
        'The stored account is damaged: account.clockMs must be a date between 1970-01-01 and 9999-12-31 (epoch milliseconds).',
      ],
      [
        (s: any) => (Object.values(s.kms['us-east-1'].keys as Record<string, any>)[0]!.keyState = 'Broken'),
        'The stored account is damaged: account.kms["us-east-1"].keys',
      ],
    ] as const) {
      const name = freshName();
      const state = await sampleState();
      damage(state);
      await writeRaw(name, 'account', {}, { schemaVersion: 1, revision: 1, state });
      const before = await raw(name);
      const result = await (await openStore({ name })).loadSnapshot();
      expect(result).toMatchObject({ ok: false, reason: 'corrupted' });
      if (!result.ok) expect(result.detail).toContain(detail);
      expect(await raw(name)).toEqual(before);
    }
  });

  it('reports a snapshot it has no migration for as corrupted', async () => {
    const name = freshName();
    await writeRaw(name, 'account', { schemaVersion: 0 }, { schemaVersion: 0, revision: 1, state: {} });
    const result = await (await openStore({ name })).loadSnapshot();
    expect(result).toEqual({ ok: false, reason: 'corrupted', detail: 'No migration from schema version 0 to 1.' });
  });

  it('goes on without storage when IndexedDB never answers the open request', async () => {
    const saved = globalThis.indexedDB;
    const silent = { open: () => new IDBOpenDBRequest() } as unknown as IDBFactory; // a request whose events never fire
    globalThis.indexedDB = silent;
    try {
      const store = await openStore({ name: freshName(), openTimeoutMs: 30 });
      expect(store.available).toBe(false);
      expect(await store.loadSnapshot()).toEqual({
        ok: false,
        reason: 'unavailable',
        detail: "IndexedDB did not answer within 0 seconds (another tab may be upgrading it, or the browser's storage is not working).",
      });
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('reports unavailable storage when the browser has no IndexedDB', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error simulating a browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      const store = await openStore({ name: freshName() });
      expect(store.available).toBe(false);
      expect(await store.loadSnapshot()).toMatchObject({ ok: false, reason: 'unavailable' });
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});
