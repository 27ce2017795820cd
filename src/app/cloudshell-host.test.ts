import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import type { CloudShellHost } from '@/features/cloudshell';
import { freshConsole } from '@/state/testing/console';
import { HOME } from '@/vfs';
import { startCloudShell } from './cloudshell-host';

type Ready = Extract<CloudShellHost, { status: 'ready' }>;
let count = 0;

/** Starts CloudShell over a fresh account; `latest()` is what the app would show now. */
async function start(name: string) {
  const cloud = freshConsole();
  let latest: CloudShellHost = { status: 'starting' };
  const running = await startCloudShell(cloud, true, (h) => (latest = h), name);
  const stop = () => running.stop();
  const host = () => latest as Ready;
  const waitFor = async (what: (h: Ready) => boolean) => {
    for (let i = 0; i < 200 && !what(host()); i++) await new Promise((r) => setTimeout(r, 10));
    expect(what(host())).toBe(true);
  };
  return { host, stop, waitFor, session: host().session };
}

describe('CloudShell wiring', () => {
  it('starts with secret.txt, saves the home directory and history after commands, and restores them', async () => {
    const name = `cloudshell-host-${++count}`;
    const a = await start(name);
    expect(a.session.vfs.isFile(`${HOME}/secret.txt`)).toBe(true);
    a.session.submit("printf '\\x00\\xff' > c.bin", 'mkdir notes');
    await a.session.whenIdle();
    await a.waitFor((h) => h.save === 'saved');
    a.stop();
    await new Promise((r) => setTimeout(r, 20)); // closing the storage

    const b = await start(name);
    expect([...b.session.vfs.readFile(`${HOME}/c.bin`)]).toEqual([0, 255]);
    expect(b.session.vfs.isDir(`${HOME}/notes`)).toBe(true);
    expect(b.session.history()).toEqual(["printf '\\x00\\xff' > c.bin", 'mkdir notes']);
    expect(b.host().notice).toBeUndefined();
    b.stop();
  });

  it('reports a damaged saved home, keeps it, and saves a new one only when the user says so', async () => {
    const name = `cloudshell-host-${++count}`;
    const db = await openDB(name, 1, { upgrade: (d) => void d.createObjectStore('terminal') });
    await db.put(
      'terminal',
      {
        format: 'kmslab-cloudshell-home',
        version: 1,
        revision: 4,
        history: [],
        home: { type: 'dir', mtimeMs: 1, entries: { x: { type: 'file', mtimeMs: 1, data: 'oops' } } },
      },
      'home',
    );
    db.close();

    const a = await start(name);
    const notice = a.host().notice!;
    expect(notice.title).toBe('Your saved CloudShell home directory could not be loaded');
    expect(notice.detail).toContain(`The saved home directory is damaged: Invalid file system data at ${HOME}/x: data must be a Uint8Array`);
    expect(a.host().save).toBe('not-saved');
    expect(a.session.vfs.isFile(`${HOME}/secret.txt`)).toBe(true);

    notice.action!.run();
    await a.waitFor((h) => h.save === 'saved' && !h.notice);
    a.stop();
    await new Promise((r) => setTimeout(r, 20));
    const raw = await openDB(name);
    const keys = (await raw.getAllKeys('terminal')).map(String);
    expect(keys.some((k) => k.startsWith('set-aside-'))).toBe(true);
    expect(await raw.get('terminal', 'home')).toMatchObject({ revision: 1 });
    raw.close();
  });
});
