/**
 * The browser databases of KMS Lab, in one place (docs/architecture.md, "Persistence"). Four
 * IndexedDB databases, each with its own name and layout version so that no upgrade of one can
 * touch another, and resetting the account keeps what was learned:
 *   kms-lab             the account: `snapshots` by slot, `meta` naming the active one (src/persist/store.ts)
 *   kms-lab-cloudshell  CloudShell's home directory and history: `terminal` (src/persist/terminal-home.ts)
 *   kms-lab-drills      drill progress: `progress` (src/quiz/store.ts)
 *   kms-lab-labs        lab progress: `progress` (src/state/lab-progress-db.ts)
 * Names, versions and object stores are exactly those the lab has always written: a learner's
 * saved data opens unchanged (src/app/saved-data.test.ts writes each layout with plain IndexedDB and reads
 * it back through here). How each keeps two tabs from overwriting each other (a revision checked
 * in the save's transaction, or an update applied to what is stored inside one transaction) is
 * the owner's: `update` here is that one transaction.
 */
import { openDB, type IDBPDatabase } from 'idb';

export const DATABASES = {
  account: { name: 'kms-lab', version: 1, stores: ['snapshots', 'meta'] },
  terminal: { name: 'kms-lab-cloudshell', version: 1, stores: ['terminal'] },
  drills: { name: 'kms-lab-drills', version: 1, stores: ['progress'] },
  labs: { name: 'kms-lab-labs', version: 1, stores: ['progress'] },
} as const;

export type DatabaseId = keyof typeof DATABASES;
export type Database = IDBPDatabase<unknown>;

export interface OpenOptions {
  /** Another database name with the same layout (tests, or a second copy). */
  name?: string;
  /** Give up waiting after this long (some browsers leave an open request unanswered); the late connection is closed. */
  timeoutMs?: number;
}

/** Why a database could not be opened: `newer-version` when a newer lab upgraded it. */
export class DatabaseUnavailable extends Error {
  constructor(
    readonly reason: 'unavailable' | 'newer-version' | 'timeout',
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseUnavailable';
  }
}

/** Opens one of the four databases, creating its object stores the first time. Throws DatabaseUnavailable. */
export async function openDatabase(id: DatabaseId, o: OpenOptions = {}): Promise<Database> {
  if (typeof indexedDB === 'undefined') throw new DatabaseUnavailable('unavailable', 'This browser offers no IndexedDB storage.');
  const { name, version, stores } = DATABASES[id];
  let opening: Promise<Database>;
  try {
    opening = openDB(o.name ?? name, version, {
      upgrade(d) {
        for (const s of stores) if (!d.objectStoreNames.contains(s)) d.createObjectStore(s);
      },
    });
  } catch (e) {
    // indexedDB.open itself throws where site data is blocked (SecurityError).
    throw unavailable(e);
  }
  if (o.timeoutMs === undefined) return opening.catch((e) => Promise.reject(unavailable(e)));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), o.timeoutMs);
  });
  const db = await Promise.race([opening, timedOut])
    .catch((e) => Promise.reject(unavailable(e)))
    .finally(() => clearTimeout(timer));
  if (db !== 'timeout') return db;
  // If it opens after all, close it: the caller has gone on without storage.
  opening.then(
    (late) => late.close(),
    () => {},
  );
  throw new DatabaseUnavailable(
    'timeout',
    `IndexedDB did not answer within ${Math.round(o.timeoutMs / 1000)} seconds (another tab may be upgrading it, or the browser's storage is not working).`,
  );
}

/** A database upgraded by a newer version of the lab cannot be opened at an older version. */
function unavailable(e: unknown): DatabaseUnavailable {
  if (e instanceof DatabaseUnavailable) return e;
  if (typeof DOMException !== 'undefined' && e instanceof DOMException && e.name === 'VersionError') return new DatabaseUnavailable('newer-version', e.message);
  return new DatabaseUnavailable('unavailable', `IndexedDB could not be opened: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
}

/** One record of a database that is opened for each use and closed after it (progress records). */
export interface RecordSlot<T = unknown> {
  read(): Promise<unknown>;
  write(value: T): Promise<void>;
  /** Reads, applies `fn` (synchronous) and writes in one transaction, so no other tab writes in between. */
  update(fn: (stored: unknown) => T): Promise<T>;
  /** Writes `value` under another key of the same object store (damaged data kept aside). */
  writeBeside(key: string, value: unknown): Promise<void>;
}

export function recordSlot<T = unknown>(id: DatabaseId, store: string, key: string, o: OpenOptions = {}): RecordSlot<T> {
  const use = async <R>(fn: (db: Database) => Promise<R>): Promise<R> => {
    const db = await openDatabase(id, o);
    try {
      return await fn(db);
    } finally {
      db.close();
    }
  };
  return {
    read: () => use((db) => db.get(store, key)),
    write: (value) => use(async (db) => void (await db.put(store, value, key))),
    writeBeside: (other, value) => use(async (db) => void (await db.put(store, value, other))),
    update: (fn) =>
      use(async (db) => {
        const tx = db.transaction(store, 'readwrite');
        const value = fn(await tx.store.get(key));
        await tx.store.put(value, key);
        await tx.done;
        return value;
      }),
  };
}
