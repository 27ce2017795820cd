/**
 * Where drill progress lives: IndexedDB (database `kms-lab-drills`, separate from the account so
 * resetting the account keeps what was learned), read through parseProgress so damaged data is
 * never trusted: it is set aside under its own key, reported, and a fresh start is made.
 * Updates are serialised (one promise chain) so a lab miss and a drill answer never race, and
 * each update is applied to what is stored at that moment, read and written in one IndexedDB
 * transaction: drills answered in two tabs add up (every update is a function of the progress,
 * and the review history only grows), where the last tab to write used to replace the other's.
 * `recordLabMiss` is the labs' entry into the same review queue.
 */
import { DATABASES, recordSlot } from '@/core/databases';
import { emptyProgress, parseProgress, type Progress } from './progress';

export interface ProgressBackend {
  read(): Promise<unknown>;
  write(p: Progress): Promise<void>;
  /** Keeps unreadable data under another key, so nothing is lost silently. */
  setAside(data: unknown, reason: string): Promise<void>;
  /** Reads, applies `fn` (synchronous) and writes in one transaction, so no other tab writes in between. */
  update?(fn: (stored: unknown) => Progress): Promise<Progress>;
}

export function memoryBackend(initial?: unknown): ProgressBackend & { data: unknown; aside: unknown[] } {
  const b = {
    data: initial,
    aside: [] as unknown[],
    read: async () => b.data,
    write: async (p: Progress) => void (b.data = structuredClone(p)),
    setAside: async (data: unknown) => void b.aside.push(data),
  };
  return b;
}

/** The record `current` in the object store `progress`; damaged data goes beside it under `damaged-<time>`. */
export function idbBackend(name: string = DATABASES.drills.name): ProgressBackend {
  const slot = recordSlot<Progress>('drills', 'progress', 'current', { name });
  return {
    read: slot.read,
    write: slot.write,
    setAside: (data, reason) => slot.writeBeside(`damaged-${new Date().toISOString()}`, { data, reason }),
    update: slot.update,
  };
}

let backend: ProgressBackend | undefined;
let current: Promise<Progress> | undefined;
let problem: string | undefined;
const listeners = new Set<(p: Progress) => void>();

const defaultBackend = () => (typeof indexedDB !== 'undefined' ? idbBackend() : memoryBackend());

/** Chooses the storage (tests: memoryBackend()); forgets what was loaded. */
export function setProgressBackend(b: ProgressBackend): void {
  backend = b;
  current = undefined;
  problem = undefined;
}

async function load(): Promise<Progress> {
  const b = (backend ??= defaultBackend());
  let data: unknown;
  try {
    data = await b.read();
  } catch (e) {
    problem = `Drill progress could not be read from this browser (${e instanceof Error ? e.message : String(e)}); this session's progress will not be saved.`;
    backend = memoryBackend();
    return emptyProgress();
  }
  if (data === undefined) return emptyProgress();
  const r = parseProgress(data);
  if (r.ok) return r.progress;
  problem = `Saved drill progress was damaged (${r.reason}); it was set aside and drills start afresh.`;
  await b.setAside(data, r.reason).catch(() => undefined);
  return emptyProgress();
}

export function loadProgress(): Promise<Progress> {
  return (current ??= load());
}

/** A problem met while loading (damaged data set aside, storage unavailable), to show once. */
export const progressProblem = () => problem;

export function updateProgress(fn: (p: Progress) => Progress): Promise<Progress> {
  const next = loadProgress().then(async (mine) => {
    const b = (backend ??= defaultBackend());
    // Another tab may have saved since this one read: the change applies to what is stored now.
    const apply = (stored: unknown) => fn(storedOr(stored, mine));
    let out: Progress;
    if (b.update) out = await b.update(apply);
    else {
      out = apply(await b.read());
      await b.write(out);
    }
    for (const l of listeners) l(out);
    return out;
  });
  // A failed write keeps the last good state as the base for the next update.
  current = next.catch(() => loadProgress());
  return next;
}

/** The stored progress when it is readable, else this tab's (damaged data was set aside when it was loaded). */
function storedOr(stored: unknown, mine: Progress): Progress {
  if (stored === undefined) return mine;
  const r = parseProgress(stored);
  return r.ok ? r.progress : mine;
}

export function subscribeProgress(fn: (p: Progress) => void): () => void {
  listeners.add(fn);
  return () => void listeners.delete(fn);
}

/** A lab check the learner missed: its facts come back in the drill queue as Again reviews. */
export function recordLabMiss(factIds: string[], where?: string, now = new Date()): Promise<Progress> {
  return updateProgress((p) => ({ ...p, labMisses: [...p.labMisses, { factIds: [...factIds], at: now.toISOString(), ...(where ? { where } : {}) }] }));
}
