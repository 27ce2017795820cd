/**
 * Where lab progress is kept: one record in IndexedDB (database `kms-lab-labs`), like the
 * account, the terminal home and the drills. Earlier versions kept it in localStorage; that
 * copy is read once at start (so the panel shows progress at once) and moved to IndexedDB.
 * Failures never throw: progress then lives for this session only, and the caller says so.
 */
import { openDB } from 'idb';

export const LAB_DB_NAME = 'kms-lab-labs';
const STORE = 'progress';
const KEY = 'labs';

export interface LabProgressDb {
  read(): Promise<unknown>;
  write(value: unknown): Promise<void>;
  /** Reads, applies `fn` (synchronous) and writes in one transaction, so no other tab writes in between. */
  update?(fn: (stored: unknown) => unknown): Promise<unknown>;
}

export function labProgressDb(name = LAB_DB_NAME): LabProgressDb {
  const db = () => openDB(name, 1, { upgrade: (d) => void d.createObjectStore(STORE) });
  return {
    async read() {
      const d = await db();
      try {
        return await d.get(STORE, KEY);
      } finally {
        d.close();
      }
    },
    async write(value) {
      const d = await db();
      try {
        await d.put(STORE, value, KEY);
      } finally {
        d.close();
      }
    },
    async update(fn) {
      const d = await db();
      try {
        const tx = d.transaction(STORE, 'readwrite');
        const value = fn(await tx.store.get(KEY));
        await tx.store.put(value, KEY);
        await tx.done;
        return value;
      } finally {
        d.close();
      }
    },
  };
}
