/**
 * Lab session and progress (docs/architecture.md, "Persistence"): which lab the side panel shows, which step,
 * how many hints were revealed, which steps passed and which labs are complete. The open lab
 * and step are saved too, so a reload brings the panel back where it was. Persisted in
 * IndexedDB (lab-progress-db.ts) after every change, merged with what another tab saved in the
 * meantime (lab-progress-merge.ts); a copy left in localStorage by earlier versions is read at
 * start and moved. Stored data that does not parse or has the wrong shape
 * is ignored with a notice (never a crash), so a corrupted entry costs progress, not the app.
 */
import { create } from 'zustand';
import { createCloud, type Cloud } from '@/cloud/create-cloud';
import { SimulatedClock } from '@/core/clock';
import { dict } from '@/core/dict';
// Only the ids here: the catalogue loads with the lab screens, not with the first screen (issue 8).
import { isLabId } from '@/labs/lab-ids';
import { labProgressDb, type LabProgressDb } from './lab-progress-db';
import { mergeLabProgress } from './lab-progress-merge';
import type { LabProgress } from './lab-progress-record';
import { whenTerminalHome } from './terminal-home-slot';

export const PROGRESS_KEY = 'kms-lab.lab-progress.v1';

export type { LabProgress } from './lab-progress-record';

export interface LabSession {
  /** The lab the side panel shows (undefined: panel closed). */
  activeLab?: string;
  /** The step the learner looks at (from a link or the last check). */
  activeStep?: string;
  panelOpen: boolean;
  progress: Record<string, LabProgress>;
  /** "Continue where I left off". */
  last?: { lab: string; step?: string };
  /** Set when stored progress was unreadable and ignored. */
  notice?: string;
}

const isProgress = (p: any): p is LabProgress =>
  !!p &&
  typeof p === 'object' &&
  Array.isArray(p.passed) &&
  p.passed.every((s: unknown) => typeof s === 'string') &&
  !!p.hints &&
  typeof p.hints === 'object' &&
  Object.values(p.hints).every((n) => typeof n === 'number') &&
  typeof p.completed === 'boolean';

/** Reads progress left in localStorage by earlier versions; bad data gives an empty progress and a notice. */
export function loadProgress(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Pick<LabSession, 'progress' | 'last' | 'notice'> {
  let raw: string | null;
  try {
    raw = storage?.getItem(PROGRESS_KEY) ?? null;
  } catch {
    return { progress: {} };
  }
  if (!raw) return { progress: {} };
  try {
    return parseStored(JSON.parse(raw));
  } catch {
    return { progress: {}, notice: UNREADABLE };
  }
}

const UNREADABLE = 'Your saved lab progress could not be read and was ignored; labs start over.';

/** Validates stored progress (from IndexedDB or the old localStorage copy); throws on a wrong shape. */
function parseStored(data: any): Pick<LabSession, 'progress' | 'last'> & Partial<Pick<LabSession, 'activeLab' | 'activeStep' | 'panelOpen'>> {
  if (typeof data !== 'object' || !data || typeof data.progress !== 'object' || !data.progress) throw new Error('wrong shape');
  const progress = dict<LabProgress>();
  for (const [id, p] of Object.entries(data.progress)) if (isLabId(id) && isProgress(p)) progress[id] = { ...p, hints: dict(p.hints) };
  const last =
    data.last && typeof data.last.lab === 'string' && isLabId(data.last.lab)
      ? { lab: data.last.lab as string, step: typeof data.last.step === 'string' ? (data.last.step as string) : undefined }
      : undefined;
  // The panel that was open (a lab id we know; the step is checked against the lab when shown).
  const open = data.open && typeof data.open.lab === 'string' && isLabId(data.open.lab) ? data.open : undefined;
  if (!open) return { progress, last };
  return { progress, last, activeLab: open.lab, activeStep: typeof open.step === 'string' ? open.step : undefined, panelOpen: true };
}

let db: LabProgressDb | undefined;
let hydrated = false;
/** The stored progress this tab's progress was made from (what its own changes are measured against). */
let synced: Record<string, LabProgress> = {};
let saving: Promise<unknown> = Promise.resolve();

/** Settles once every save queued so far has finished (tests wait for it instead of for time). */
export const labProgressSaved = (): Promise<unknown> => saving;

const storedProgress = (stored: unknown): Record<string, LabProgress> => {
  try {
    return stored === undefined ? {} : parseStored(stored).progress;
  } catch {
    return {};
  }
};

function save(s: LabSession): void {
  if (!db || !hydrated) return;
  const store = db;
  const open = s.panelOpen && s.activeLab ? { lab: s.activeLab, step: s.activeStep } : undefined;
  const record = (progress: Record<string, LabProgress>) => ({ progress, last: s.last, ...(open ? { open } : {}) });
  const mine = s.progress;
  const from = synced;
  // One save at a time (IndexedDB transactions keep other tabs out of each one).
  const write = saving.then(async () => {
    const merged = (stored: unknown) => record(mergeLabProgress(from, mine, storedProgress(stored)));
    return store.update ? ((await store.update(merged)) as ReturnType<typeof record>) : (await store.write(record(mine)), record(mine));
  });
  saving = write.catch(() => undefined);
  write.then(
    ({ progress }) => {
      // Unless this tab changed something meanwhile, it now shows what is stored, another tab's steps included.
      if (useLabSession.getState().progress === mine) {
        synced = progress;
        if (JSON.stringify(progress) !== JSON.stringify(mine)) useLabSession.setState({ progress });
      }
      try {
        globalThis.localStorage?.removeItem(PROGRESS_KEY);
      } catch {
        // Nothing to clean up where localStorage is unavailable.
      }
    },
    () => useLabSession.setState({ notice: 'Lab progress cannot be saved in this browser (storage is not available); it lasts for this visit only.' }),
  );
}

/**
 * Loads lab progress from IndexedDB (the app calls this once at start). Progress still in
 * localStorage from an earlier version is moved there; unreadable records are ignored with a
 * notice and overwritten only by the learner's next change.
 */
export async function hydrateLabProgress(store: LabProgressDb = labProgressDb()): Promise<void> {
  db = store;
  synced = {};
  try {
    const stored = await store.read();
    if (stored !== undefined) {
      try {
        const parsed = parseStored(stored);
        synced = parsed.progress;
        // A lab opened during this visit (a shared link) wins over the panel saved last time.
        if (useLabSession.getState().activeLab) {
          delete parsed.activeLab;
          delete parsed.activeStep;
          delete parsed.panelOpen;
        }
        useLabSession.setState(parsed);
      } catch {
        useLabSession.setState({ progress: {}, last: undefined, notice: UNREADABLE });
      }
      hydrated = true;
      return;
    }
    hydrated = true;
    const s = useLabSession.getState();
    if (Object.keys(s.progress).length || s.last) save(s);
  } catch {
    hydrated = false;
    useLabSession.setState({ notice: 'Lab progress cannot be saved in this browser (storage is not available); it lasts for this visit only.' });
  }
}

export const useLabSession = create<LabSession>(() => ({ panelOpen: false, ...loadProgress() }));

const update = (f: (s: LabSession) => Partial<LabSession>) => {
  useLabSession.setState(f);
  save(useLabSession.getState());
};

const progressOf = (s: LabSession, lab: string): LabProgress => s.progress[lab] ?? { passed: [], hints: {}, completed: false };

export function openLab(lab: string, step?: string): void {
  if (!isLabId(lab)) return;
  update(() => ({ activeLab: lab, activeStep: step, panelOpen: true, last: { lab, step } }));
}

export const closeLabPanel = () => update(() => ({ panelOpen: false }));
export const dismissLabNotice = () => useLabSession.setState({ notice: undefined });

export function setActiveStep(step: string): void {
  update((s) => ({ activeStep: step, last: s.activeLab ? { lab: s.activeLab, step } : s.last }));
}

export function revealHint(lab: string, step: string): void {
  update((s) => {
    const p = progressOf(s, lab);
    return { progress: { ...s.progress, [lab]: { ...p, hints: { ...p.hints, [step]: Math.min(3, (p.hints[step] ?? 0) + 1) } } } };
  });
}

export function recordCheck(lab: string, passed: string[], completed: boolean, current?: string): void {
  update((s) => {
    const p = progressOf(s, lab);
    const all = [...new Set([...p.passed, ...passed])];
    return {
      progress: { ...s.progress, [lab]: { ...p, passed: all, completed: p.completed || completed } },
      activeStep: current ?? s.activeStep,
      last: { lab, step: current },
    };
  });
}

/**
 * Reset lab: replaces the account with the lab's starting state (a fresh account at the current
 * simulated time, plus the lab's setup), through the cloud's own restore, puts CloudShell's home
 * back to the lab's starting files (starting CloudShell if it has not started), and clears the
 * lab's step progress (hints revealed stay forgotten too).
 */
export async function resetLab(cloud: Cloud, labId: string): Promise<void> {
  const [{ findLab, setupLab }, { startingHome }] = await Promise.all([import('@/labs'), import('./lab-reset')]);
  const lab = findLab(labId);
  if (!lab) return;
  const fresh = createCloud({ clock: new SimulatedClock(cloud.clock.nowMs()) });
  await setupLab(lab, fresh);
  cloud.restore(fresh.snapshot());
  (await whenTerminalHome())?.replace(startingHome(lab, cloud.clock.nowMs()));
  update((s) => ({ progress: { ...s.progress, [labId]: { passed: [], hints: {}, completed: false } }, activeStep: lab.steps[0]?.id }));
}

export const labProgress = (s: LabSession, lab: string) => progressOf(s, lab);

/** Replaces all lab progress (an imported progress file, already validated); the panel stays as it is. */
export function replaceLabProgress(progress: Record<string, LabProgress>, last?: { lab: string; step?: string }): void {
  update(() => ({ progress: structuredClone(progress), last: last && { ...last } }));
}
