/**
 * IndexedDB storage of the account (docs/architecture.md, "Persistence"). Values are stored by structured clone,
 * so the non-extractable CryptoKeys of the key material are stored as they are
 * (docs/aws-behaviour.md, "Tools and platform notes").
 *
 * Layout: object store `snapshots` holds whole accounts by slot name; object store `meta` holds
 * one record, `active`, naming the slot in use, its revision and schema version. Rules:
 * - Nothing is ever silently wiped. A snapshot that fails to load (damaged, or written by a newer
 *   version of the lab) is reported and left untouched; saving stays blocked until the user
 *   chooses `startFresh()`, which moves on to a new slot and keeps the old one (listed in
 *   `meta.setAside`).
 * - Two tabs never overwrite each other's newer state: every save bumps the revision inside one
 *   transaction, and refuses with `conflict` when another tab wrote a newer revision (or moved to
 *   another slot) since this tab loaded or saved.
 */
import { DATABASES, DatabaseUnavailable, openDatabase, type Database } from '@/core/databases';
import type { CloudState } from '@/cloud/state';
import { SCHEMA_VERSION } from '@/cloud/state';
import { migrate, migrations as defaultMigrations, type Migrations } from './migrations';
import { checkState } from './validate';

/** The database (src/core/databases.ts); its layout version is the database's, the account's own schema is versioned inside the records. */
export const DB_NAME = DATABASES.account.name;
const FIRST_SLOT = 'account';

export interface MetaRecord {
  slot: string;
  revision: number;
  schemaVersion: number;
  writer: string;
  savedAt: string;
  setAside?: { slot: string; reason: string; at: string }[];
}

export interface SnapshotRecord {
  schemaVersion: number;
  revision: number;
  writer: string;
  savedAt: string;
  state: unknown;
}

export type LoadFailure = 'corrupted' | 'newer-version' | 'unavailable';
export type LoadResult = { ok: true; state: CloudState | undefined; revision: number } | { ok: false; reason: LoadFailure; detail: string };
/** `quota`: the browser's storage is full; nothing was written, and a later save may succeed once there is space. */
export type SaveResult = { ok: true; revision: number } | { ok: false; reason: 'conflict' | 'blocked' | 'unavailable' | 'failed' | 'quota'; detail: string };

export interface StoreOptions {
  name?: string;
  /** Identifies this tab in the records (debugging two-tab conflicts). */
  writerId?: string;
  schemaVersion?: number;
  migrations?: Migrations;
  /** Wall-clock time for `savedAt` (the simulated clock is the engine's, not storage's). */
  now?: () => Date;
  /** How long to wait for IndexedDB to open before going on without saving (default 10 s). */
  openTimeoutMs?: number;
}

/** Some browsers leave an open request unanswered (a blocked upgrade, a broken profile): do not wait forever. */
const OPEN_TIMEOUT_MS = 10_000;

export interface SnapshotStore {
  readonly available: boolean;
  loadSnapshot(): Promise<LoadResult>;
  saveSnapshot(state: CloudState): Promise<SaveResult>;
  /** After a failed load: keep the old slot untouched and save from now on into a new one. */
  startFresh(reason: string): Promise<SaveResult>;
  /**
   * Why the next save would be refused (another tab saved a newer version, or saving is blocked),
   * asked before a change that must not be made in memory only (an import); undefined when it
   * would be saved.
   */
  saveRefusal?(): Promise<string | undefined>;
  close(): void;
}

type Db = Database;

export async function openStore(o: StoreOptions = {}): Promise<SnapshotStore> {
  try {
    return new IdbSnapshotStore(await openDatabase('account', { name: o.name, timeoutMs: o.openTimeoutMs ?? OPEN_TIMEOUT_MS }), o);
  } catch (e) {
    if (e instanceof DatabaseUnavailable && e.reason === 'newer-version') {
      return unavailableStore(`The saved lab was written by a newer version of KMS Lab (${e.message}).`, 'newer-version');
    }
    return unavailableStore(e instanceof Error ? e.message : String(e), 'unavailable');
  }
}

class IdbSnapshotStore implements SnapshotStore {
  readonly available = true;
  private slot = FIRST_SLOT;
  private revision = 0;
  private blocked: string | undefined = 'Load the stored account before saving over it.';
  private readonly writer: string;
  private readonly schemaVersion: number;
  private readonly migrations: Migrations;
  private readonly now: () => Date;

  constructor(
    private readonly db: Db,
    o: StoreOptions,
  ) {
    this.writer = o.writerId ?? globalThis.crypto.randomUUID();
    this.schemaVersion = o.schemaVersion ?? SCHEMA_VERSION;
    this.migrations = o.migrations ?? defaultMigrations;
    this.now = o.now ?? (() => new Date());
  }

  async loadSnapshot(): Promise<LoadResult> {
    const failed = (reason: LoadFailure, detail: string): LoadResult => {
      this.blocked = detail;
      return { ok: false, reason, detail };
    };
    let meta: unknown;
    let record: unknown;
    try {
      const tx = this.db.transaction(['meta', 'snapshots'], 'readonly');
      meta = await tx.objectStore('meta').get('active');
      if (isMeta(meta)) record = await tx.objectStore('snapshots').get(meta.slot);
      await tx.done;
    } catch (e) {
      return failed('corrupted', `The stored account could not be read: ${describe(e)}`);
    }
    if (meta === undefined) {
      this.blocked = undefined;
      return { ok: true, state: undefined, revision: 0 };
    }
    if (!isMeta(meta)) return failed('corrupted', 'The storage index of the lab is damaged.');
    this.slot = meta.slot;
    if (meta.schemaVersion > this.schemaVersion) {
      return failed(
        'newer-version',
        `The stored account uses schema version ${meta.schemaVersion}; this version of KMS Lab understands up to ${this.schemaVersion}.`,
      );
    }
    if (!isRecord(record)) return failed('corrupted', `The stored account (revision ${meta.revision}) is missing or damaged.`);
    if (record.schemaVersion > this.schemaVersion) {
      return failed(
        'newer-version',
        `The stored account uses schema version ${record.schemaVersion}; this version of KMS Lab understands up to ${this.schemaVersion}.`,
      );
    }
    const migrated = migrate(record.state, record.schemaVersion, this.schemaVersion, this.migrations);
    if (!migrated.ok) return failed('corrupted', migrated.detail);
    const problem = checkState(migrated.state, this.schemaVersion);
    if (problem) return failed('corrupted', problem);
    // Every part and value of the account, as an imported file is checked (loaded with the code that checks it).
    const deep = (await import('@/cloud/state-check')).checkCloudState(migrated.state);
    if (deep) return failed('corrupted', `The stored account is damaged: ${deep}.`);
    this.revision = meta.revision;
    this.blocked = undefined;
    return { ok: true, state: migrated.state as CloudState, revision: meta.revision };
  }

  async saveRefusal(): Promise<string | undefined> {
    if (this.blocked) return this.blocked;
    const meta = (await this.db.get('meta', 'active')) as MetaRecord | undefined;
    return meta && (meta.slot !== this.slot || meta.revision > this.revision) ? 'Another tab saved a newer version of this account.' : undefined;
  }

  async saveSnapshot(state: CloudState): Promise<SaveResult> {
    if (this.blocked) return { ok: false, reason: 'blocked', detail: this.blocked };
    let written: { readonly error: DOMException | null; readonly done: Promise<void> } | undefined;
    try {
      const tx = this.db.transaction(['meta', 'snapshots'], 'readwrite');
      written = tx;
      const meta = (await tx.objectStore('meta').get('active')) as MetaRecord | undefined;
      if (meta && (meta.slot !== this.slot || meta.revision > this.revision)) {
        tx.abort();
        await tx.done.catch(() => undefined);
        this.blocked = 'Another tab saved a newer version of this account.';
        return { ok: false, reason: 'conflict', detail: `${this.blocked} Reload to continue from it.` };
      }
      const revision = (meta?.revision ?? this.revision) + 1;
      const savedAt = this.now().toISOString();
      const record: SnapshotRecord = { schemaVersion: this.schemaVersion, revision, writer: this.writer, savedAt, state };
      await tx.objectStore('snapshots').put(record, this.slot);
      const next: MetaRecord = { ...meta, slot: this.slot, revision, schemaVersion: this.schemaVersion, writer: this.writer, savedAt };
      await tx.objectStore('meta').put(next, 'active');
      await tx.done;
      this.revision = revision;
      return { ok: true, revision };
    } catch (e) {
      // The transaction is undone as a whole: the last good save and its revision stay as they were.
      // A full disk aborts the transaction at commit; the request may only report the abort.
      void written?.done.catch(() => undefined); // its abort is this error: reported here, not as an unhandled rejection
      const quota = [e, written?.error].find(isQuotaError);
      if (quota) return { ok: false, reason: 'quota', detail: `The account could not be saved: ${describe(quota)}` };
      return { ok: false, reason: 'failed', detail: `The account could not be saved: ${describe(e)}` };
    }
  }

  async startFresh(reason: string): Promise<SaveResult> {
    try {
      const tx = this.db.transaction(['meta'], 'readwrite');
      const raw: unknown = await tx
        .objectStore('meta')
        .get('active')
        .catch(() => undefined);
      const old = isMeta(raw) ? raw : undefined;
      const at = this.now().toISOString();
      const slot = `${FIRST_SLOT}-${at.replace(/[^0-9]/g, '')}-${this.writer.slice(0, 8)}`;
      const setAside = [...(old?.setAside ?? []), { slot: old?.slot ?? this.slot, reason, at }];
      // Revision 0 in a new slot: the old slot's snapshot stays exactly as it was.
      const next: MetaRecord = { slot, revision: 0, schemaVersion: this.schemaVersion, writer: this.writer, savedAt: at, setAside };
      await tx.objectStore('meta').put(next, 'active');
      await tx.done;
      this.slot = slot;
      this.revision = 0;
      this.blocked = undefined;
      return { ok: true, revision: 0 };
    } catch (e) {
      return { ok: false, reason: 'failed', detail: `A fresh account could not be started: ${describe(e)}` };
    }
  }

  close(): void {
    this.db.close();
  }
}

/** A store that cannot persist: loading reports why; saving does nothing and says so. */
function unavailableStore(detail: string, reason: LoadFailure): SnapshotStore {
  return {
    available: false,
    loadSnapshot: async () => ({ ok: false, reason, detail }),
    saveSnapshot: async () => ({ ok: false, reason: 'unavailable', detail }),
    startFresh: async () => ({ ok: false, reason: 'unavailable', detail }),
    close: () => undefined,
  };
}

const isMeta = (x: unknown): x is MetaRecord =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as MetaRecord).slot === 'string' &&
  Number.isInteger((x as MetaRecord).revision) &&
  Number.isInteger((x as MetaRecord).schemaVersion);

const isRecord = (x: unknown): x is SnapshotRecord =>
  typeof x === 'object' && x !== null && Number.isInteger((x as SnapshotRecord).schemaVersion) && 'state' in x;

/** The browser's "storage is full" error (Firefox's legacy name included), thrown or as a transaction's error. */
export function isQuotaError(e: unknown): boolean {
  return typeof DOMException !== 'undefined' && e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

const describe = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));
