/**
 * The learner's progress file: lab completion (src/state/lab-progress) and drill progress
 * (src/quiz store: history, scheduler state, exams) in one versioned JSON file. An import is
 * validated whole before anything is applied; a bad, foreign, truncated or newer file is
 * rejected with the reason. Applying writes the drills first (the write that can fail: IndexedDB)
 * and then the labs; if the labs cannot be replaced the drills are put back, so a failed import
 * leaves the browser's progress as it was.
 */
import { isLabId } from '@/labs/lab-ids';
import { EXPORT_FORMAT as DRILL_EXPORT_FORMAT, isEmpty, parseExport as parseDrillExport, parseProgress, type Progress } from '@/quiz/progress';
import type { LabProgress } from './lab-progress';

export const FILE_FORMAT = 'kms-lab-progress';
export const FILE_VERSION = 1;

export interface LabsPart {
  progress: Record<string, LabProgress>;
  last?: { lab: string; step?: string };
}

export interface ProgressFile {
  /** Absent when the file is an older drills-only export: the labs are then left as they are. */
  labs?: LabsPart;
  drills: Progress;
}

export type ParsedFile = { ok: true; file: ProgressFile } | { ok: false; reason: string };

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

export function exportProgressFile(labs: LabsPart, drills: Progress, now: Date): string {
  return JSON.stringify(
    {
      format: FILE_FORMAT,
      version: FILE_VERSION,
      exportedAt: now.toISOString(),
      labs: { progress: labs.progress, ...(labs.last ? { last: labs.last } : {}) },
      drills,
    },
    null,
    2,
  );
}

/** Checks the labs part; the reason names the first bad field. */
export function checkLabs(v: unknown, path = 'labs'): string | null {
  if (!isObj(v)) return `${path} must be an object`;
  if (!isObj(v.progress)) return `${path}.progress must be an object`;
  for (const [id, p] of Object.entries(v.progress)) {
    const at = `${path}.progress["${id}"]`;
    if (!isLabId(id)) return `${at} is not a lab of KMS Lab`;
    if (!isObj(p)) return `${at} must be an object`;
    if (!Array.isArray(p.passed) || !p.passed.every((s) => typeof s === 'string')) return `${at}.passed must be a list of step ids`;
    if (!isObj(p.hints) || !Object.values(p.hints).every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 3))
      return `${at}.hints must map step ids to 0-3`;
    if (typeof p.completed !== 'boolean') return `${at}.completed must be true or false`;
  }
  if (v.last !== undefined) {
    if (!isObj(v.last) || typeof v.last.lab !== 'string' || !isLabId(v.last.lab)) return `${path}.last.lab must be a lab of KMS Lab`;
    if (v.last.step !== undefined && typeof v.last.step !== 'string') return `${path}.last.step must be a string`;
  }
  return null;
}

/** Reads a progress file's text; nothing is trusted until every part has been checked. */
export function parseProgressFile(text: string): ParsedFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: `The file is not JSON, or it is incomplete (${e instanceof Error ? e.message : String(e)}).` };
  }
  // Files exported before labs were included: drills only, accepted as such.
  if (isObj(data) && data.format === DRILL_EXPORT_FORMAT) {
    const r = parseDrillExport(text);
    return r.ok ? { ok: true, file: { drills: r.progress } } : r;
  }
  if (!isObj(data) || data.format !== FILE_FORMAT)
    return { ok: false, reason: `The file is not a KMS Lab progress file (its "format" is not "${FILE_FORMAT}").` };
  if (typeof data.version !== 'number') return { ok: false, reason: 'The file has no version number.' };
  if (data.version > FILE_VERSION)
    return { ok: false, reason: `The file was written by a newer version of KMS Lab (file version ${data.version}; this one reads version ${FILE_VERSION}).` };
  if (data.version !== FILE_VERSION) return { ok: false, reason: `The file's version ${data.version} is not one KMS Lab knows.` };
  if (data.labs === undefined) return { ok: false, reason: 'The file has no lab progress ("labs" is missing); it may be truncated.' };
  if (data.drills === undefined) return { ok: false, reason: 'The file has no drill progress ("drills" is missing); it may be truncated.' };
  const labError = checkLabs(data.labs);
  if (labError) return { ok: false, reason: `The file's lab progress is not valid: ${labError}.` };
  const drills = parseProgress(data.drills, 'drills');
  if (!drills.ok) return { ok: false, reason: `The file's drill progress is not valid: ${drills.reason}.` };
  const labs = data.labs as unknown as LabsPart;
  return { ok: true, file: { labs: { progress: labs.progress, ...(labs.last ? { last: labs.last } : {}) }, drills: drills.progress } };
}

/** True when the browser holds progress an import would overwrite (so the learner is asked first). */
export const hasProgress = (labs: LabsPart, drills: Progress | undefined) => Object.keys(labs.progress).length > 0 || (!!drills && !isEmpty(drills));

export interface ProgressTargets {
  readDrills(): Promise<Progress>;
  writeDrills(p: Progress): Promise<unknown>;
  readLabs(): LabsPart;
  writeLabs(l: LabsPart): void;
}

/** Applies a validated file: all of it or, on a failure, nothing (the error is rethrown). */
export async function applyProgressFile(file: ProgressFile, t: ProgressTargets): Promise<void> {
  const before = await t.readDrills();
  await t.writeDrills(file.drills);
  if (!file.labs) return;
  try {
    t.writeLabs(file.labs);
  } catch (e) {
    await t.writeDrills(before);
    throw e;
  }
}

/** Counts for messages: "2 labs complete, 14 cards, 30 reviews, 1 exam". */
export function describeProgress(labs: LabsPart | undefined, drills: Progress): string {
  const n = (k: number, one: string, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;
  const parts = [n(Object.keys(drills.cards).length, 'card'), n(drills.history.length, 'review'), n(drills.exams.length, 'exam')];
  if (labs) parts.unshift(`${n(Object.values(labs.progress).filter((p) => p.completed).length, 'lab')} complete`);
  return parts.join(', ');
}
