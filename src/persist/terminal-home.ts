/**
 * IndexedDB storage of CloudShell's home directory and command history (docs/architecture.md, "Persistence").
 * It lives in a database of its own, beside the account's (store.ts), so that neither one's
 * layout version or upgrade can touch the other, and a broken terminal record never blocks the
 * account (or the reverse). One record, `home`: the home directory as the terminal's file-system
 * data (files as Uint8Array, structured-cloneable), the last HISTORY_LIMIT history lines and a
 * revision. The rules are store.ts's:
 * - Nothing is silently wiped. A record that fails to load (damaged, or written by a newer lab)
 *   is reported and left as it is; saving stays blocked until the user chooses `startFresh()`,
 *   which copies the old record aside (key `set-aside-<time>`) before starting anew.
 * - Two tabs never overwrite each other's newer home: a save refuses with `conflict` when another
 *   tab saved a newer revision since this one loaded or saved.
 * The home directory's own validation (file tree) is the terminal's; `load` takes it as a check.
 */
import { DATABASES, DatabaseUnavailable, openDatabase, type Database } from '@/core/databases';
import type { CloudState } from '@/cloud/state';
import { startAutosave, type Autosave, type AutosaveOptions } from './autosave';
import { isQuotaError, type LoadFailure, type SaveResult } from './store';

export const TERMINAL_DB_NAME = DATABASES.terminal.name;
const OBJECT_STORE = DATABASES.terminal.stores[0];
const KEY = 'home';
export const TERMINAL_FORMAT = 'kmslab-cloudshell-home';
export const TERMINAL_VERSION = 1;
/** bash's default HISTSIZE: the last 500 lines are kept. */
export const HISTORY_LIMIT = 500;

export interface TerminalData {
  /** The home directory as file-system data (the terminal checks and restores it). */
  home: unknown;
  history: string[];
}

export interface TerminalRecord extends TerminalData {
  format: typeof TERMINAL_FORMAT;
  version: number;
  revision: number;
  writer: string;
  savedAt: string;
}

export type TerminalLoad = { ok: true; data: TerminalData | undefined } | { ok: false; reason: LoadFailure; detail: string };

export interface TerminalStore {
  readonly available: boolean;
  /** `checkHome` returns why the home data is unusable, or undefined when it is fine. */
  load(checkHome: (home: unknown) => string | undefined): Promise<TerminalLoad>;
  save(data: TerminalData): Promise<SaveResult>;
  /** After a failed load: copy the unreadable record aside, untouched, and save anew from now on. */
  startFresh(reason: string): Promise<SaveResult>;
  close(): void;
}

export interface TerminalStoreOptions {
  name?: string;
  writerId?: string;
  now?: () => Date;
}

export async function openTerminalStore(o: TerminalStoreOptions = {}): Promise<TerminalStore> {
  try {
    return new IdbTerminalStore(await openDatabase('terminal', { name: o.name }), o);
  } catch (e) {
    if (e instanceof DatabaseUnavailable && e.reason === 'newer-version') {
      return unavailable(`The saved home directory was written by a newer version of KMS Lab (${e.message}).`, 'newer-version');
    }
    return unavailable(e instanceof Error ? e.message : String(e), 'unavailable');
  }
}

class IdbTerminalStore implements TerminalStore {
  readonly available = true;
  private revision = 0;
  private blocked: string | undefined = 'Load the stored home directory before saving over it.';
  private readonly writer: string;
  private readonly now: () => Date;

  constructor(
    private readonly db: Database,
    o: TerminalStoreOptions,
  ) {
    this.writer = o.writerId ?? globalThis.crypto.randomUUID();
    this.now = o.now ?? (() => new Date());
  }

  async load(checkHome: (home: unknown) => string | undefined): Promise<TerminalLoad> {
    const failed = (reason: LoadFailure, detail: string): TerminalLoad => {
      this.blocked = detail;
      return { ok: false, reason, detail };
    };
    let record: unknown;
    try {
      record = await this.db.get(OBJECT_STORE, KEY);
    } catch (e) {
      return failed('corrupted', `The saved home directory could not be read: ${describe(e)}`);
    }
    if (record === undefined) {
      this.blocked = undefined;
      return { ok: true, data: undefined };
    }
    if (!isObject(record) || record.format !== TERMINAL_FORMAT || !Number.isInteger(record.version) || !Number.isInteger(record.revision)) {
      return failed('corrupted', 'The saved home directory is damaged: its record is not one KMS Lab wrote.');
    }
    if ((record.version as number) > TERMINAL_VERSION) {
      return failed(
        'newer-version',
        `The saved home directory uses format version ${record.version}; this version of KMS Lab understands up to ${TERMINAL_VERSION}.`,
      );
    }
    const history = record.history;
    if (!Array.isArray(history) || !history.every((l) => typeof l === 'string')) {
      return failed('corrupted', 'The saved home directory is damaged: its command history is not a list of lines.');
    }
    const problem = checkHome(record.home);
    if (problem) return failed('corrupted', `The saved home directory is damaged: ${problem}`);
    this.revision = record.revision as number;
    this.blocked = undefined;
    return { ok: true, data: { home: record.home, history: history.slice(-HISTORY_LIMIT) } };
  }

  async save(data: TerminalData): Promise<SaveResult> {
    if (this.blocked) return { ok: false, reason: 'blocked', detail: this.blocked };
    let written: { readonly error: DOMException | null; readonly done: Promise<void> } | undefined;
    try {
      const tx = this.db.transaction(OBJECT_STORE, 'readwrite');
      written = tx;
      const current: unknown = await tx.store.get(KEY);
      const stored = isObject(current) && Number.isInteger(current.revision) ? (current.revision as number) : 0;
      if (stored > this.revision) {
        tx.abort();
        await tx.done.catch(() => undefined);
        this.blocked = 'Another tab saved a newer version of your home directory.';
        return { ok: false, reason: 'conflict', detail: `${this.blocked} Reload to continue from it.` };
      }
      const revision = stored + 1;
      const record: TerminalRecord = {
        format: TERMINAL_FORMAT,
        version: TERMINAL_VERSION,
        revision,
        writer: this.writer,
        savedAt: this.now().toISOString(),
        home: data.home,
        history: data.history.slice(-HISTORY_LIMIT),
      };
      await tx.store.put(record, KEY);
      await tx.done;
      this.revision = revision;
      return { ok: true, revision };
    } catch (e) {
      void written?.done.catch(() => undefined); // its abort is this error: reported here, not as an unhandled rejection
      const quota = [e, written?.error].find(isQuotaError);
      if (quota) return { ok: false, reason: 'quota', detail: `The home directory could not be saved, browser storage is full: ${describe(quota)}` };
      return { ok: false, reason: 'failed', detail: `The home directory could not be saved: ${describe(e)}` };
    }
  }

  async startFresh(reason: string): Promise<SaveResult> {
    try {
      const tx = this.db.transaction(OBJECT_STORE, 'readwrite');
      const old: unknown = await tx.store.get(KEY).catch(() => undefined);
      const at = this.now().toISOString();
      if (old !== undefined) {
        await tx.store.put({ reason, at, record: old }, `set-aside-${at.replace(/[^0-9]/g, '')}-${this.writer.slice(0, 8)}`);
        await tx.store.delete(KEY);
      }
      await tx.done;
      this.revision = 0;
      this.blocked = undefined;
      return { ok: true, revision: 0 };
    } catch (e) {
      return { ok: false, reason: 'failed', detail: `A new home directory could not be started: ${describe(e)}` };
    }
  }

  close(): void {
    this.db.close();
  }
}

function unavailable(detail: string, reason: LoadFailure): TerminalStore {
  return {
    available: false,
    load: async () => ({ ok: false, reason, detail }),
    save: async () => ({ ok: false, reason: 'unavailable', detail }),
    startFresh: async () => ({ ok: false, reason: 'unavailable', detail }),
    close: () => undefined,
  };
}

export interface TerminalSource {
  /** Notified after every change worth saving (a file written, a command run). */
  subscribe(listener: () => void): () => void;
  data(): TerminalData;
}

/** autosave.ts's debounced, never-overlapping saver, over the terminal record instead of the account. */
export function startTerminalAutosave(source: TerminalSource, store: Pick<TerminalStore, 'save'>, o: AutosaveOptions = {}): Autosave {
  // autosave.ts is typed for the account's snapshot; it only passes the value through.
  const asSnapshot = { subscribe: source.subscribe, snapshot: () => source.data() as unknown as CloudState };
  return startAutosave(asSnapshot, { saveSnapshot: (s) => store.save(s as unknown as TerminalData) }, o);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const describe = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));
