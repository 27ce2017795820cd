/**
 * Spaced repetition with ts-fsrs (FSRS). Automatic grading follows the maintainers' advice for
 * quizzes (learning-anchors.md 1.5): wrong -> Again, right -> Good; the learner may pick their
 * own rating (Again/Hard/Good/Easy) instead. The queue shows due cards first (oldest due first),
 * then new cards, at most `newPerDay` a day. A missed lab check (recordLabMiss) is stored as
 * facts and turned into an Again review of a question on that fact when the bank is loaded.
 */
import { dict, own } from '@/core/dict';
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import { emptyProgress, type CardRecord, type Progress, type ReviewEntry } from './progress';
import type { Question } from './types';

export { Rating, State };
export type { Grade };

const scheduler = fsrs({ enable_fuzz: false, request_retention: 0.9 });
export const NEW_PER_DAY = 10;

export const toRecord = (c: Card): CardRecord => ({
  due: c.due.toISOString(),
  stability: c.stability,
  difficulty: c.difficulty,
  elapsed_days: c.elapsed_days,
  scheduled_days: c.scheduled_days,
  learning_steps: c.learning_steps,
  reps: c.reps,
  lapses: c.lapses,
  state: c.state,
  ...(c.last_review ? { last_review: c.last_review.toISOString() } : {}),
});

export const fromRecord = (r: CardRecord): Card => ({
  ...r,
  due: new Date(r.due),
  last_review: r.last_review ? new Date(r.last_review) : undefined,
  state: r.state as State,
});

/** The local calendar day, the unit of "new cards per day". */
export const dayKey = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

export interface Review {
  questionId: string;
  correct: boolean;
  /** The learner's own rating; default Again when wrong, Good when right. */
  rating?: Grade;
  source?: ReviewEntry['source'];
}

/** Applies one review: the card's next due date, the history entry, the day's new-card count. */
export function review(p: Progress, r: Review, now: Date): Progress {
  const existing = own(p.cards, r.questionId);
  const card = existing ? fromRecord(existing) : createEmptyCard(now);
  const rating = r.rating ?? (r.correct ? Rating.Good : Rating.Again);
  const next = scheduler.next(card, now, rating).card;
  const introduced = dict(p.introduced);
  if (!existing) introduced[dayKey(now)] = (own(introduced, dayKey(now)) ?? 0) + 1;
  const entry: ReviewEntry = { questionId: r.questionId, at: now.toISOString(), correct: r.correct, rating, source: r.source ?? 'drill' };
  const cards = dict(p.cards);
  cards[r.questionId] = toRecord(next);
  return { ...p, cards, history: [...p.history, entry], introduced };
}

/** What each rating would schedule, for the rating buttons ("Good: 2 days"). */
export function preview(p: Progress, questionId: string, now: Date): Record<Grade, Date> {
  const existing = own(p.cards, questionId);
  const log = scheduler.repeat(existing ? fromRecord(existing) : createEmptyCard(now), now);
  return {
    [Rating.Again]: log[Rating.Again].card.due,
    [Rating.Hard]: log[Rating.Hard].card.due,
    [Rating.Good]: log[Rating.Good].card.due,
    [Rating.Easy]: log[Rating.Easy].card.due,
  } as Record<Grade, Date>;
}

/** Questions a drill can show (tasks are drilled too: the check runs over the learner's account). */
export const drillable = (bank: Question[]) => bank;

/** Turns stored lab misses into Again reviews of one question per missed fact; clears them. */
export function applyLabMisses(p: Progress, bank: Question[], now: Date): Progress {
  if (!p.labMisses.length) return p;
  let out: Progress = { ...p, labMisses: [] };
  for (const miss of p.labMisses) {
    for (const fact of miss.factIds) {
      const q = bank.find((x) => x.facts.includes(fact) && x.format !== 'task');
      if (q) out = review(out, { questionId: q.id, correct: false, source: 'lab' }, new Date(Math.min(now.getTime(), Date.parse(miss.at) || now.getTime())));
    }
  }
  return out;
}

export interface Queue {
  /** Questions due now, earliest due first. */
  due: Question[];
  /** New questions still allowed today. */
  fresh: Question[];
  /** The next due date among cards not due yet (when the queue is empty). */
  nextDue?: Date;
}

export function buildQueue(bank: Question[], p: Progress, now: Date, o: { newPerDay?: number; module?: string } = {}): Queue {
  const pool = drillable(bank).filter((q) => !o.module || q.module === o.module);
  const due = pool
    .filter((q) => p.cards[q.id] && Date.parse(p.cards[q.id]!.due) <= now.getTime())
    .sort((a, b) => Date.parse(p.cards[a.id]!.due) - Date.parse(p.cards[b.id]!.due));
  const left = Math.max(0, (o.newPerDay ?? NEW_PER_DAY) - (p.introduced[dayKey(now)] ?? 0));
  const fresh = pool.filter((q) => !p.cards[q.id]).slice(0, left);
  const later = pool.flatMap((q) => (p.cards[q.id] ? [Date.parse(p.cards[q.id]!.due)] : [])).filter((t) => t > now.getTime());
  return { due, fresh, nextDue: later.length ? new Date(Math.min(...later)) : undefined };
}

export const cardsDueToday = (p: Progress, now: Date) => {
  const end = new Date(now);
  end.setHours(23, 59, 59, 999);
  return Object.values(p.cards).filter((c) => Date.parse(c.due) <= end.getTime()).length;
};

export { emptyProgress };
