import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, openTerminalStore, startTerminalAutosave, TERMINAL_FORMAT, type TerminalData } from './terminal-home';

let count = 0;
const freshName = () => `kms-lab-terminal-test-${++count}`;
const ok = () => undefined;
const home = (text: string) => ({ type: 'dir', mtimeMs: 1, entries: { 'secret.txt': { type: 'file', mtimeMs: 1, data: new TextEncoder().encode(text) } } });

async function rawRecords(name: string): Promise<Record<string, unknown>> {
  const db = await openDB(name);
  const keys = await db.getAllKeys('terminal');
  const out = Object.fromEntries(await Promise.all(keys.map(async (k) => [String(k), await db.get('terminal', k)])));
  db.close();
  return out;
}

async function writeRaw(name: string, value: unknown) {
  (await openTerminalStore({ name })).close();
  const db = await openDB(name);
  await db.put('terminal', value, 'home');
  db.close();
}

describe('terminal home store', () => {
  it('starts empty, then round-trips the home directory (bytes intact) and the history', async () => {
    const name = freshName();
    const a = await openTerminalStore({ name });
    expect(await a.load(ok)).toEqual({ ok: true, data: undefined });
    const binary = new Uint8Array([0, 255, 1, 128]);
    const data: TerminalData = {
      home: { type: 'dir', mtimeMs: 5, entries: { 'c.bin': { type: 'file', mtimeMs: 5, data: binary } } },
      history: ['ls', 'cat secret.txt'],
    };
    expect(await a.save(data)).toEqual({ ok: true, revision: 1 });
    a.close();

    const b = await openTerminalStore({ name });
    const loaded = await b.load(ok);
    expect(loaded).toEqual({ ok: true, data });
    b.close();
  });

  it('keeps only the last 500 history lines', async () => {
    const name = freshName();
    const a = await openTerminalStore({ name });
    await a.load(ok);
    const history = Array.from({ length: 700 }, (_, i) => `echo ${i}`);
    await a.save({ home: home('x'), history });
    const saved = (await rawRecords(name)).home as { history: string[] };
    expect(saved.history).toHaveLength(HISTORY_LIMIT);
    expect(saved.history[0]).toBe('echo 200');
    a.close();
  });

  it('refuses to save before loading (it would overwrite what it has not seen)', async () => {
    const a = await openTerminalStore({ name: freshName() });
    expect(await a.save({ home: home('x'), history: [] })).toMatchObject({ ok: false, reason: 'blocked' });
    a.close();
  });

  it('reports a damaged record, keeps it, blocks saving, and sets it aside only on startFresh', async () => {
    const name = freshName();
    await writeRaw(name, { format: TERMINAL_FORMAT, version: 1, revision: 3, home: home('old'), history: 'not a list' });
    const a = await openTerminalStore({ name, now: () => new Date('2027-05-01T10:00:00Z') });
    expect(await a.load(ok)).toEqual({
      ok: false,
      reason: 'corrupted',
      detail: 'The saved home directory is damaged: its command history is not a list of lines.',
    });
    expect(await a.save({ home: home('new'), history: [] })).toMatchObject({ ok: false, reason: 'blocked' });
    expect(((await rawRecords(name)).home as { revision: number }).revision).toBe(3);

    expect(await a.startFresh('damaged')).toEqual({ ok: true, revision: 0 });
    expect(await a.save({ home: home('new'), history: ['ls'] })).toEqual({ ok: true, revision: 1 });
    const records = await rawRecords(name);
    const aside = Object.entries(records).find(([k]) => k.startsWith('set-aside-20270501100000'));
    expect(aside?.[1]).toMatchObject({ reason: 'damaged', record: { revision: 3, history: 'not a list' } });
    expect(records.home).toMatchObject({ revision: 1, history: ['ls'] });
    a.close();
  });

  it("reports a home the terminal finds invalid, with the check's reason", async () => {
    const name = freshName();
    await writeRaw(name, { format: TERMINAL_FORMAT, version: 1, revision: 1, home: { type: 'nonsense' }, history: [] });
    const a = await openTerminalStore({ name });
    const result = await a.load((h) =>
      (h as { type: string }).type === 'dir' ? undefined : 'Invalid file system data at /home/cloudshell-user: type must be "file" or "dir"',
    );
    expect(result).toEqual({
      ok: false,
      reason: 'corrupted',
      detail: 'The saved home directory is damaged: Invalid file system data at /home/cloudshell-user: type must be "file" or "dir"',
    });
    a.close();
  });

  it('reports a record that is not one of ours, and one from a newer version', async () => {
    const name = freshName();
    await writeRaw(name, 'hello');
    const a = await openTerminalStore({ name });
    expect(await a.load(ok)).toMatchObject({
      ok: false,
      reason: 'corrupted',
      detail: 'The saved home directory is damaged: its record is not one KMS Lab wrote.',
    });
    a.close();
    await writeRaw(name, { format: TERMINAL_FORMAT, version: 9, revision: 1, home: home('x'), history: [] });
    const b = await openTerminalStore({ name });
    expect(await b.load(ok)).toMatchObject({
      ok: false,
      reason: 'newer-version',
      detail: 'The saved home directory uses format version 9; this version of KMS Lab understands up to 1.',
    });
    b.close();
  });

  it('never overwrites a newer home saved by another tab', async () => {
    const name = freshName();
    const a = await openTerminalStore({ name });
    const b = await openTerminalStore({ name });
    await a.load(ok);
    await b.load(ok);
    expect(await a.save({ home: home('from a'), history: [] })).toEqual({ ok: true, revision: 1 });
    expect(await b.save({ home: home('from b'), history: [] })).toMatchObject({
      ok: false,
      reason: 'conflict',
      detail: 'Another tab saved a newer version of your home directory. Reload to continue from it.',
    });
    const saved = (await rawRecords(name)).home as { home: ReturnType<typeof home> };
    expect(new TextDecoder().decode(saved.home.entries['secret.txt'].data)).toBe('from a');
    a.close();
    b.close();
  });

  it('autosaves debounced: a burst of changes becomes one save of the latest data', async () => {
    const saves: TerminalData[] = [];
    const listeners = new Set<() => void>();
    let n = 0;
    const autosave = startTerminalAutosave(
      { subscribe: (l) => (listeners.add(l), () => listeners.delete(l)), data: () => ({ home: home(`v${n}`), history: [`echo ${n}`] }) },
      { save: async (d) => (saves.push(d), { ok: true, revision: saves.length }) },
      { delayMs: 10_000 },
    );
    for (n = 1; n <= 3; n++) listeners.forEach((l) => l());
    n = 3;
    await autosave.flush();
    expect(saves).toEqual([{ home: home('v3'), history: ['echo 3'] }]);
    autosave.stop();
  });
});
