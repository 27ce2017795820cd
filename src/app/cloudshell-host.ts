/**
 * CloudShell's wiring (the app is the only place that joins engine, storage and UI): one session
 * per loaded account, its shell built over the account with a file system whose home directory
 * comes back from IndexedDB (src/persist/terminal-home.ts), or starts with secret.txt. The home
 * directory and the history are saved, debounced, after every change and every command, and
 * flushed when the page is hidden. A saved home that cannot be loaded is reported and kept;
 * the session then runs on a fresh, unsaved home until the user chooses to start a new one.
 */
import { useEffect, useState } from 'react';
import type { Cloud } from '@/cloud/create-cloud';
import type { CloudShellHost, HomeSaveState, StorageNotice } from '@/features/cloudshell/context';
import { HISTORY_LIMIT, openTerminalStore, startTerminalAutosave, type Autosave, type SaveResult, type TerminalStore } from '@/persist';
import { useConsole } from '@/state/console-store';
import { registerTerminalHome, setTerminalHomeStarter } from '@/state/terminal-home-slot';

type Ready = Extract<CloudShellHost, { status: 'ready' }>;

/**
 * Runs `run` when the browser is idle (requestIdleCallback; `timeoutMs` at the latest), or after a
 * short delay where there is no requestIdleCallback (Safari). Returns the function that cancels it.
 */
export function whenIdle(run: () => void, timeoutMs = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 200);
  return () => clearTimeout(id);
}

/**
 * The session starts only when it is wanted (issue 8, Lighthouse on a phone): its ~50 kB CLI
 * chunk and the work of building the shell competed with the screen being opened, even when
 * started at the first idle moment after it (a phone's largest paint of #/drills moved between
 * 3.0 and 3.9 s; without it, 3.0 s every time). It starts at once when the user opens CloudShell
 * (`openNow`), when the browser is idle after the user points at or focuses the CloudShell
 * button (`wanted`: the download overlaps the move to the click), or when the learner's export
 * or import asks for the home directory (whenTerminalHome in src/state/terminal-home-slot.ts).
 */
export function useCloudShellHost(
  cloud: Cloud | undefined,
  persistent: boolean,
  when: { wanted: boolean; openNow: boolean } = { wanted: true, openNow: true },
): CloudShellHost {
  const [host, setHost] = useState<CloudShellHost>({ status: 'starting' });
  const [start, setStart] = useState(when.openNow);
  const { wanted, openNow } = when;

  useEffect(() => {
    if (openNow) setStart(true);
  }, [openNow]);
  // Registered while an account is loaded, even once started: an export during the start waits for it.
  useEffect(() => (cloud ? setTerminalHomeStarter(() => setStart(true)) : undefined), [cloud]);
  useEffect(() => (cloud && wanted && !start ? whenIdle(() => setStart(true)) : undefined), [cloud, wanted, start]);

  useEffect(() => {
    setHost({ status: 'starting' });
    if (!cloud || !start) return;
    let live = true;
    let running: RunningCloudShell | undefined;
    void startCloudShell(cloud, persistent, (h) => live && setHost(h)).then((r) => {
      if (live) running = r;
      else r.stop();
    });
    // Pending saves are flushed when the page is hidden, so a quick reload keeps the last command.
    const flush = () => void running?.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      live = false;
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      running?.stop();
    };
  }, [cloud, persistent, start]);

  return host;
}

export interface RunningCloudShell {
  flush(): Promise<void>;
  /** Saves what is pending, then stops saving and closes the storage. */
  stop(): void;
}

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);
const notSaved = (detail: string): StorageNotice => ({ title: 'Your CloudShell home directory is not saved', detail });

/** Builds the session and its autosave. */
export async function startCloudShell(
  cloud: Cloud,
  persistent: boolean,
  publish: (host: CloudShellHost) => void,
  storeName?: string,
): Promise<RunningCloudShell> {
  // The shell, the AWS CLI and the terminal are chunks of their own, fetched here, after the first
  // screen is up: they are no part of its budget (issue 8, README "Budgets").
  const [{ cloudShellEnv, createShell }, { homeOf, withHome }, { TerminalSession }, { createStarterVfs, Vfs, VfsDataError }] = await Promise.all([
    import('@/cli'),
    import('@/features/cloudshell/home-data'),
    import('@/features/cloudshell/session'),
    import('@/vfs'),
  ]);
  const store: TerminalStore | undefined = persistent ? await openTerminalStore({ name: storeName }) : undefined;
  const vfs = createStarterVfs(cloud.clock);
  const base = vfs.toData();
  const check = (home: unknown) => {
    try {
      new Vfs(cloud.clock, withHome(base, home));
      return undefined;
    } catch (e) {
      if (e instanceof VfsDataError) return e.message;
      throw e;
    }
  };
  const loaded = store ? await store.load(check) : undefined;
  if (loaded?.ok && loaded.data) vfs.restore(withHome(base, loaded.data.home));
  // The learner's export and import (src/state/account-file.ts) read and replace this home.
  const unregisterHome = registerTerminalHome({ read: () => homeOf(vfs.toData()), replace: (home) => vfs.restore(withHome(vfs.toData(), home)) });

  const session = new TerminalSession({
    makeShell: (spec) =>
      createShell({
        cloud,
        vfs,
        caller: spec.caller,
        columns: spec.columns,
        history: spec.history,
        cwd: spec.cwd,
        env: { ...cloudShellEnv(spec.region), ...spec.env },
      }),
    identity: () => useConsole.getState().identity,
    region: () => useConsole.getState().region,
    history: loaded?.ok ? (loaded.data?.history ?? []) : [],
  });

  let state: Ready = { status: 'ready', session, save: store ? 'idle' : 'not-saved' };
  const update = (change: Partial<Ready>) => {
    state = { ...state, ...change };
    publish(state);
  };

  let autosave: Autosave | undefined;
  const onResult = (r: SaveResult) => {
    if (r.ok) update({ save: 'saved', notice: undefined });
    else update({ save: 'not-saved', notice: notSaved(r.reason === 'conflict' ? r.detail : `${r.detail} Your files stay in this page until you reload it.`) });
  };
  const begin = (s: TerminalStore) => {
    autosave = startTerminalAutosave(
      {
        subscribe(listener) {
          const offFiles = vfs.subscribe(listener);
          const offCommands = session.onCommand(listener);
          return () => (offFiles(), offCommands());
        },
        data: () => ({ home: homeOf(vfs.toData()), history: session.history().slice(-HISTORY_LIMIT) }),
      },
      s,
      { delayMs: 300, onResult, onPending: () => state.save !== 'pending' && update({ save: 'pending' as HomeSaveState }) },
    );
  };

  if (store && loaded?.ok) begin(store);
  else if (store && loaded && !loaded.ok) {
    const reason = loaded.reason;
    state.save = 'not-saved';
    state.notice =
      reason === 'unavailable'
        ? notSaved(loaded.detail)
        : {
            title: 'Your saved CloudShell home directory could not be loaded',
            detail: `${sentence(loaded.detail)} It is kept as it was. This session has a new home directory, which is not saved until you choose to start saving it.`,
            action: {
              label: 'Save a new home directory from now on',
              run: () =>
                void store.startFresh(reason).then((r) => {
                  if (!r.ok) return onResult(r);
                  begin(store);
                  update({ notice: undefined, save: 'pending' });
                  // Save the current home now: the old record is set aside, nothing stands for it.
                  session.note('Your home directory is saved in this browser from now on.');
                  void store.save({ home: homeOf(vfs.toData()), history: session.history().slice(-HISTORY_LIMIT) }).then(onResult);
                }),
            },
          };
  }
  publish(state);

  return {
    flush: async () => autosave?.flush(),
    stop() {
      unregisterHome();
      const pending = autosave;
      void (pending ? pending.flush().finally(() => pending.stop()) : Promise.resolve()).finally(() => store?.close());
    },
  };
}
