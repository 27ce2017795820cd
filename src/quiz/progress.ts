/**
 * The learner's drill progress as plain JSON data (scheduler cards, review history, exam
 * results, lab misses waiting for the queue), its validation (stored or imported data is never
 * trusted: every field is checked and a bad file is rejected with the reason), and the export
 * file format.
 */
import { dict } from '@/core/dict';

export interface CardRecord {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review?: string;
}

export interface ReviewEntry {
  questionId: string;
  at: string;
  correct: boolean;
  /** ts-fsrs Rating: 1 Again, 2 Hard, 3 Good, 4 Easy. */
  rating: number;
  source: 'drill' | 'lab' | 'exam';
}

export interface ExamAnswerRecord {
  questionId: string;
  /** Option indexes chosen (choice), the order given (ordering, as step indexes) or the response chosen per item (matching, -1 for none). */
  response: number[];
  correct: boolean;
  /** False for the exam's unscored items (SCS-C03 has 15 among 65, not revealed during the exam); absent means scored. */
  scored?: boolean;
}

export interface ExamResult {
  id: string;
  startedAt: string;
  finishedAt: string;
  minutes: number;
  score: number;
  passed: boolean;
  answers: ExamAnswerRecord[];
  /** 'scs-c03': the full exam's form (65 items, 50 scored, weighted by domain); 'custom': a shorter practice set, all scored. */
  form?: 'scs-c03' | 'custom';
}

export interface LabMiss {
  factIds: string[];
  at: string;
  /** Where it was missed, e.g. "lab-6 step 2" (for the history). */
  where?: string;
}

export interface Settings {
  /** How many new cards a day the drills introduce (1-100; 10 unless the learner changed it). */
  newPerDay?: number;
}

export interface Progress {
  version: 1;
  cards: Record<string, CardRecord>;
  /**
   * Graded answers. Entries with source 'lab' were written by older versions, which turned a
   * missed lab check into an answer; they are kept for the record but never counted.
   */
  history: ReviewEntry[];
  exams: ExamResult[];
  /** New cards introduced per local day (YYYY-MM-DD). */
  introduced: Record<string, number>;
  /** Lab checks missed since the drills last ran; they make the linked cards come sooner, they are not answers. */
  labMisses: LabMiss[];
  /** New cards a missed lab check linked to: shown first among the day's new cards (not answers, not counted). */
  boosted?: string[];
  settings?: Settings;
}

export const PROGRESS_VERSION = 1;
/** The highest daily new-card limit a learner may set. */
export const MAX_NEW_PER_DAY = 100;
export const EXPORT_FORMAT = 'kms-lab-drill-progress';

export const emptyProgress = (): Progress => ({ version: 1, cards: dict(), history: [], exams: [], introduced: dict(), labMisses: [] });

export const isEmpty = (p: Progress) => !Object.keys(p.cards).length && !p.history.length && !p.exams.length && !p.labMisses.length;

type Check = (v: unknown, path: string) => string | null;
const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const num: Check = (v, p) => (typeof v === 'number' && Number.isFinite(v) ? null : `${p} must be a number`);
const str: Check = (v, p) => (typeof v === 'string' ? null : `${p} must be a string`);
const bool: Check = (v, p) => (typeof v === 'boolean' ? null : `${p} must be true or false`);
const date: Check = (v, p) => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? null : `${p} must be a date (ISO 8601 text)`);
const oneOf =
  (xs: unknown[]): Check =>
  (v, p) =>
    xs.includes(v) ? null : `${p} must be one of ${xs.join(', ')}`;
const arr =
  (item: Check): Check =>
  (v, p) => {
    if (!Array.isArray(v)) return `${p} must be a list`;
    for (let i = 0; i < v.length; i++) {
      const e = item(v[i], `${p}[${i}]`);
      if (e) return e;
    }
    return null;
  };
const obj =
  (fields: Record<string, Check>, optional: string[] = []): Check =>
  (v, p) => {
    if (!isObj(v)) return `${p} must be an object`;
    for (const [k, c] of Object.entries(fields)) {
      if (v[k] === undefined && optional.includes(k)) continue;
      const e = c(v[k], `${p}.${k}`);
      if (e) return e;
    }
    return null;
  };
const record =
  (item: Check): Check =>
  (v, p) => {
    if (!isObj(v)) return `${p} must be an object`;
    for (const [k, x] of Object.entries(v)) {
      const e = item(x, `${p}["${k}"]`);
      if (e) return e;
    }
    return null;
  };

const card = obj(
  {
    due: date,
    stability: num,
    difficulty: num,
    elapsed_days: num,
    scheduled_days: num,
    learning_steps: num,
    reps: num,
    lapses: num,
    state: oneOf([0, 1, 2, 3]),
    last_review: date,
  },
  ['last_review'],
);
const entry = obj({ questionId: str, at: date, correct: bool, rating: oneOf([1, 2, 3, 4]), source: oneOf(['drill', 'lab', 'exam']) });
const exam = obj(
  {
    id: str,
    startedAt: date,
    finishedAt: date,
    minutes: num,
    score: num,
    passed: bool,
    answers: arr(obj({ questionId: str, response: arr(num), correct: bool, scored: bool }, ['scored'])),
    form: oneOf(['scs-c03', 'custom']),
  },
  ['form'],
);
const miss = obj({ factIds: arr(str), at: date, where: str }, ['where']);
const perDay: Check = (v, p) =>
  typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= MAX_NEW_PER_DAY ? null : `${p} must be a whole number from 1 to ${MAX_NEW_PER_DAY}`;
const settings = obj({ newPerDay: perDay }, ['newPerDay']);
const progress = obj(
  {
    version: oneOf([1]),
    cards: record(card),
    history: arr(entry),
    exams: arr(exam),
    introduced: record(num),
    labMisses: arr(miss),
    boosted: arr(str),
    settings,
  },
  ['boosted', 'settings'],
);

export type Parsed = { ok: true; progress: Progress } | { ok: false; reason: string };

/** Checks stored or imported progress; the reason names the first bad field. */
export function parseProgress(v: unknown, path = 'progress'): Parsed {
  if (isObj(v) && typeof v.version === 'number' && v.version > PROGRESS_VERSION)
    return { ok: false, reason: `it was written by a newer version of KMS Lab (progress version ${v.version})` };
  const e = progress(v, path);
  if (e) return { ok: false, reason: e };
  // Maps keyed by ids from the file are rebuilt as null-prototype maps (core/dict.ts).
  const p = v as unknown as Progress;
  return { ok: true, progress: { ...p, cards: dict(p.cards), introduced: dict(p.introduced) } };
}

export const exportProgress = (p: Progress, now: Date) => JSON.stringify({ format: EXPORT_FORMAT, exportedAt: now.toISOString(), progress: p }, null, 2);

/** Reads an export file's text; rejects anything that is not a valid progress export, with the reason. */
export function parseExport(text: string): Parsed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: `The file is not JSON (${e instanceof Error ? e.message : String(e)}).` };
  }
  if (!isObj(data) || data.format !== EXPORT_FORMAT)
    return { ok: false, reason: `The file is not a KMS Lab drill progress export (its "format" is not "${EXPORT_FORMAT}").` };
  const r = parseProgress(data.progress);
  return r.ok ? r : { ok: false, reason: `The file's progress is not valid: ${r.reason}.` };
}
