/**
 * Where lab progress is kept: one record in IndexedDB (database `kms-lab-labs`), like the
 * account, the terminal home and the drills. Earlier versions kept it in localStorage; that
 * copy is read once at start (so the panel shows progress at once) and moved to IndexedDB.
 * Failures never throw: progress then lives for this session only, and the caller says so.
 */
import { DATABASES, recordSlot } from '@/core/databases';

export const LAB_DB_NAME = DATABASES.labs.name;

export interface LabProgressDb {
  read(): Promise<unknown>;
  write(value: unknown): Promise<void>;
  /** Reads, applies `fn` (synchronous) and writes in one transaction, so no other tab writes in between. */
  update?(fn: (stored: unknown) => unknown): Promise<unknown>;
}

/** One record, `labs`, in the object store `progress`; the database is opened for each use and closed after it. */
export function labProgressDb(name: string = LAB_DB_NAME): LabProgressDb {
  const slot = recordSlot('labs', 'progress', 'labs', { name });
  return { read: slot.read, write: slot.write, update: slot.update };
}
