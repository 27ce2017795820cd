/**
 * A learner's saved data loads after the storage code moved to one module (src/core/databases.ts):
 * each of the four databases is written here with plain IndexedDB, in the layout the lab has
 * always written (database names, version 1, object stores, keys, records), and read back through
 * the code that owns it, which still refuses to overwrite another tab's newer save.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '@/cloud/state';
import { openStore } from '@/persist/store';
import { sampleState } from '@/persist/test-state';
import { openTerminalStore, TERMINAL_FORMAT } from '@/persist/terminal-home';
import { emptyProgress } from '@/quiz/progress';
import { idbBackend, loadProgress, setProgressBackend, updateProgress } from '@/quiz/store';
import { labProgressDb } from '@/state/lab-progress-db';

/** Creates `name` at version 1 with `stores` and puts `records` ([store, key, value]), as the lab's earlier code did. */
function writeLayout(name: string, stores: string[], records: [string, string, unknown][]): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      for (const s of stores) open.result.createObjectStore(s);
    };
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(stores, 'readwrite');
      for (const [store, key, value] of records) tx.objectStore(store).put(value, key);
      tx.oncomplete = () => (db.close(), resolve());
      tx.onerror = () => reject(tx.error);
    };
  });
}

function putRecord(name: string, store: string, key: string, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onsuccess = () => {
      const tx = open.result.transaction(store, 'readwrite');
      tx.objectStore(store).put(value, key);
      tx.oncomplete = () => (open.result.close(), resolve());
      tx.onerror = () => reject(tx.error);
    };
    open.onerror = () => reject(open.error);
  });
}

const SAVED_AT = '2026-11-01T10:00:00.000Z';

describe('saved data of the four databases loads unchanged', () => {
  it('the account (kms-lab: snapshots + meta), and a save over another tab’s newer one is refused', async () => {
    const state = await sampleState(SCHEMA_VERSION);
    const meta = { slot: 'account', revision: 7, schemaVersion: SCHEMA_VERSION, writer: 'older-tab', savedAt: SAVED_AT };
    await writeLayout(
      'kms-lab',
      ['snapshots', 'meta'],
      [
        ['meta', 'active', meta],
        ['snapshots', 'account', { schemaVersion: SCHEMA_VERSION, revision: 7, writer: 'older-tab', savedAt: SAVED_AT, state }],
      ],
    );
    const store = await openStore();
    const loaded = await store.loadSnapshot();
    expect(loaded.ok && loaded.revision).toBe(7);
    expect(loaded.ok && Object.keys(loaded.state!.kms['us-east-1']!.keys)).toEqual(Object.keys(state.kms['us-east-1']!.keys));
    expect(await store.saveSnapshot(loaded.ok ? loaded.state! : state)).toEqual({ ok: true, revision: 8 });
    await putRecord('kms-lab', 'meta', 'active', { ...meta, revision: 9 });
    expect(await store.saveSnapshot(state)).toMatchObject({ ok: false, reason: 'conflict' });
    store.close();
  });

  it('CloudShell’s home directory and history (kms-lab-cloudshell: terminal/home)', async () => {
    const home = { kind: 'dir', entries: { 'notes.txt': { kind: 'file', data: new Uint8Array([104, 105]) } } };
    const record = { format: TERMINAL_FORMAT, version: 1, revision: 4, writer: 'older-tab', savedAt: SAVED_AT, home, history: ['ls', 'aws kms list-keys'] };
    await writeLayout('kms-lab-cloudshell', ['terminal'], [['terminal', 'home', record]]);
    const store = await openTerminalStore();
    expect(await store.load(() => undefined)).toEqual({ ok: true, data: { home, history: ['ls', 'aws kms list-keys'] } });
    await putRecord('kms-lab-cloudshell', 'terminal', 'home', { ...record, revision: 6 });
    expect(await store.save({ home, history: [] })).toMatchObject({ ok: false, reason: 'conflict' });
    store.close();
  });

  it('drill progress (kms-lab-drills: progress/current), and an update adds to what is stored', async () => {
    const saved = { ...emptyProgress(), labMisses: [{ factIds: ['kms-key-policy'], at: SAVED_AT }] };
    await writeLayout('kms-lab-drills', ['progress'], [['progress', 'current', saved]]);
    setProgressBackend(idbBackend());
    expect((await loadProgress()).labMisses).toEqual(saved.labMisses);
    await updateProgress((p) => ({ ...p, labMisses: [...p.labMisses, { factIds: ['grants'], at: SAVED_AT }] }));
    expect(((await idbBackend().read()) as typeof saved).labMisses.map((m) => m.factIds[0])).toEqual(['kms-key-policy', 'grants']);
  });

  it('lab progress (kms-lab-labs: progress/labs), read and updated in one transaction', async () => {
    const saved = { progress: { 'lab-1': { passed: ['create-key'], hints: {}, completed: false } }, last: { lab: 'lab-1' } };
    await writeLayout('kms-lab-labs', ['progress'], [['progress', 'labs', saved]]);
    const db = labProgressDb();
    expect(await db.read()).toEqual(saved);
    await db.update!((stored) => ({ ...(stored as typeof saved), last: { lab: 'lab-2' } }));
    expect(await labProgressDb().read()).toEqual({ ...saved, last: { lab: 'lab-2' } });
  });
});
