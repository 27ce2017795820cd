/** Grading of the choice, ordering and matching formats, and the seeded shuffles that show them. */
import { matchChoices, type ChoiceQuestion, type MatchingQuestion, type OrderingQuestion, type Question } from './types';

/** mulberry32: a small seeded generator, so a shuffle is repeatable from its seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const hashString = (s: string) => [...s].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);

/** A permutation of 0..n-1. For ordering questions it never returns the right order (n > 1). */
export function shuffledOrder(n: number, seed: number, avoidIdentity = false): number[] {
  const rnd = seeded(seed);
  const out = [...Array(n).keys()];
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  if (avoidIdentity && n > 1 && out.every((v, i) => v === i)) out.push(out.shift()!);
  return out;
}

/** How many options a multiple-response question asks for ("Choose two"). */
export const expectedCount = (q: ChoiceQuestion) => q.answer.length;

/** Choice: the chosen option indexes must be exactly the right ones (no partial credit, as on AWS exams). */
export function gradeChoice(q: ChoiceQuestion, chosen: number[]): boolean {
  const a = [...new Set(chosen)].sort((x, y) => x - y);
  const b = [...q.answer].sort((x, y) => x - y);
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** Ordering: `order` lists step indexes as the learner placed them; right when it is 0..n-1. */
export const gradeOrdering = (q: OrderingQuestion, order: number[]) => order.length === q.steps.length && order.every((v, i) => v === i);

/** Matching: `response[i]` is the index (in matchChoices order) of the response chosen for item i; right when every item has its match. */
export function gradeMatching(q: MatchingQuestion, response: number[]): boolean {
  const choices = matchChoices(q);
  return response.length === q.pairs.length && q.pairs.every((p, i) => choices[response[i]!] === p.match);
}

/** A matching answer before anything is chosen: -1 (none) for every item. */
export const emptyMatching = (q: MatchingQuestion) => q.pairs.map(() => -1);

/** Whether a response has something to grade (a matching item counts once every item has a response). */
export const isAnswered = (q: Question, response: number[]) =>
  q.format === 'matching' ? response.length === q.pairs.length && response.every((r) => r >= 0) : response.length > 0;

export function gradeOffline(q: Question, response: number[]): boolean {
  if (q.format === 'ordering') return gradeOrdering(q, response);
  if (q.format === 'matching') return gradeMatching(q, response);
  if (q.format === 'cli' || q.format === 'task') throw new Error(`${q.format} questions are checked by running them`);
  return gradeChoice(q, response);
}

export const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six'];
