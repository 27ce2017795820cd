/**
 * Measures an exam-bank editor applies to the bank, used by its tests and by the README's
 * figures: how often the right option of a single-answer item is also its longest (a test-wise
 * learner's cue), counts by format and difficulty, and a similarity check that finds two
 * questions giving the same answer to the same situation.
 */
import { matchChoices, type Question } from './types';

/** Single-answer items (single, scenario). */
const singleAnswer = (q: Question) => q.format === 'single' || q.format === 'scenario';

/** True when the right option is at least as long as every other option (ties count: the cue is there). */
export function rightIsLongest(q: Question): boolean {
  if (!singleAnswer(q) || !('options' in q)) return false;
  const right = q.options[q.answer[0]!]!.text.length;
  return q.options.every((o) => o.text.length <= right);
}

/** True when the right option is at most as long as every other option (the opposite cue). */
export function rightIsShortest(q: Question): boolean {
  if (!singleAnswer(q) || !('options' in q)) return false;
  const right = q.options[q.answer[0]!]!.text.length;
  return q.options.every((o) => o.text.length >= right);
}

/** The share of single-answer items whose right option is the shortest, in percent. */
export function shortestShare(bank: Question[]): { share: number; count: number; of: number } {
  const items = bank.filter(singleAnswer);
  const count = items.filter(rightIsShortest).length;
  return { share: items.length ? (100 * count) / items.length : 0, count, of: items.length };
}

/** The share of single-answer items whose right option is the longest, in percent. */
export function longestShare(bank: Question[]): { share: number; count: number; of: number; ids: string[] } {
  const items = bank.filter(singleAnswer);
  const ids = items.filter(rightIsLongest).map((q) => q.id);
  return { share: items.length ? (100 * ids.length) / items.length : 0, count: ids.length, of: items.length, ids };
}

export const countBy = <K extends string>(bank: Question[], key: (q: Question) => K) =>
  bank.reduce<Partial<Record<K, number>>>((m, q) => ((m[key(q)] = (m[key(q)] ?? 0) + 1), m), {});

const STOP = new Set(
  (
    'a an the of to in on for and or is are be with by it its that this what which who how why when where does do can must should ' +
    'from as at into than then their them they there these those was were will would you your yours not no only also any each every ' +
    'all some same one two three team company application app using use used uses'
  ).split(' '),
);

/** Words every command carries (aws kms ... --key-id $KEY_ID): they say nothing about what the command does. */
const COMMAND_STOP = new Set(['aws', 'kms', 'key-id', 'key_id', 'output', 'text', 'query']);

/** The words that carry meaning, lower-cased and lightly stemmed (a trailing s dropped). */
export function words(text: string, extraStop: ReadonlySet<string> = new Set()): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[a-z0-9][a-z0-9:/_.-]*/g) ?? []) {
    const t = w.replace(/[.:-]+$/, '');
    if (t.length < 2 || STOP.has(t) || extraStop.has(t)) continue;
    out.add(t.length > 3 && t.endsWith('s') && !t.endsWith('ss') ? t.slice(0, -1) : t);
  }
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 1;
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
}

/** What a question says is right: the right options, the steps in order, the pairs, or the model command. */
export function rightText(q: Question): string {
  switch (q.format) {
    case 'single':
    case 'scenario':
    case 'multiple':
      return q.answer.map((i) => q.options[i]!.text).join(' ');
    case 'ordering':
      return q.steps.map((s) => s.text).join(' ');
    case 'matching':
      return q.pairs.map((p) => `${p.item} ${p.match}`).join(' ') + ' ' + matchChoices(q).join(' ');
    default:
      return q.model;
  }
}

export interface SimilarPair {
  a: string;
  b: string;
  /** How alike the situations are: the stems, or the facts tested (same facts, paraphrased stem). */
  situation: number;
  /** How alike the right answers are (overlap of their words). */
  answer: number;
}

/**
 * Thresholds: the same situation (stems alike, or the same facts tested with stems not far
 * apart) with the same answer (the shorter right answer's words mostly found in the other's).
 */
export const SIMILARITY = { situation: 0.65, answer: 0.3 } as const;

const sentences = (text: string) => text.split(/(?<=[.?!])\s+/).map((x) => x.trim());

/**
 * How alike two stems are. Sentences both stems share word for word are a common setting (for
 * example the CloudShell setting of the CLI items), not the situation asked about, so they are
 * left out, unless nothing else is left, in which case the stems are identical.
 */
export function stemSimilarity(a: string, b: string): number {
  const sa = sentences(a);
  const sb = sentences(b);
  const ra = sa.filter((x) => !sb.includes(x));
  const rb = sb.filter((x) => !sa.includes(x));
  if (!ra.length && !rb.length) return 1;
  return jaccard(words(ra.join(' ')), words(rb.join(' ')));
}

/** The share of the smaller set found in the larger one. */
export function overlap(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / Math.min(a.size, b.size);
}

export function similarity(a: Question, b: Question): { situation: number; answer: number; stem: number } {
  const stem = stemSimilarity(a.stem, b.stem);
  const facts = jaccard(new Set(a.facts), new Set(b.facts));
  const answerWords = (q: Question) => words(rightText(q), q.format === 'cli' || q.format === 'task' ? COMMAND_STOP : undefined);
  return { situation: Math.max(stem, 0.6 * facts + 0.4 * stem), answer: overlap(answerWords(a), answerWords(b)), stem };
}

/**
 * Two items are near-duplicates when their situations are alike and so are their answers. When
 * the stems share little wording (the likeness comes from testing the same facts), only a clearly
 * similar answer makes them the same item.
 */
export const isNearDuplicate = (s: { situation: number; answer: number; stem: number }, t: { situation: number; answer: number } = SIMILARITY) =>
  s.situation >= t.situation && s.answer >= t.answer && (s.stem >= 0.25 || s.answer >= 0.5);

/** Exam-format items are compared with each other; typing a command and doing a task in the simulator each within their own kind. */
const kind = (q: Question) => (q.format === 'cli' || q.format === 'task' ? q.format : 'exam');

/** Every pair of questions whose situations and right answers are both alike above the thresholds. */
export function similarPairs(bank: Question[], t: { situation: number; answer: number } = SIMILARITY): SimilarPair[] {
  const out: SimilarPair[] = [];
  for (let i = 0; i < bank.length; i++) {
    for (let j = i + 1; j < bank.length; j++) {
      if (kind(bank[i]!) !== kind(bank[j]!)) continue;
      const s = similarity(bank[i]!, bank[j]!);
      if (isNearDuplicate(s, t)) out.push({ a: bank[i]!.id, b: bank[j]!.id, situation: s.situation, answer: s.answer });
    }
  }
  return out;
}
