/**
 * Spaced repetition with ts-fsrs (FSRS). Automatic grading follows the maintainers' advice for
 * quizzes (https://github.com/open-spaced-repetition/ts-fsrs): wrong -> Again, right -> Good; the learner may pick their
 * own rating instead (Again/Hard/Good/Easy when right; Again/Hard when wrong: a wrong answer is
 * never "Easy"). The queue shows due cards first (oldest due first), then new cards, at most the
 * learner's daily limit (10 unless changed). A missed lab check (recordLabMiss) is not an answer:
 * it makes the cards of its facts come sooner (seen cards become due now, unseen ones go first
 * among the day's new cards) and never enters the history or the statistics.
 */
import { dict, own } from '@/core/dict';
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import { emptyProgress, type CardRecord, type Progress, type ReviewEntry } from './progress';
import type { Question } from './types';

export { Rating, State };
export type { Grade };

const scheduler = fsrs({ enable_fuzz: false, request_retention: 0.9 });
export const NEW_PER_DAY = 10;

/** The learner's daily new-card limit. */
export const newPerDay = (p: Progress) => p.settings?.newPerDay ?? NEW_PER_DAY;

/** The ratings a learner may pick: after a wrong answer only Again and Hard. */
export const allowedRatings = (correct: boolean): Grade[] => (correct ? [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] : [Rating.Again, Rating.Hard]);

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
  const wanted = r.rating ?? (r.correct ? Rating.Good : Rating.Again);
  // A wrong answer is never rated above Hard, whatever the caller asked.
  const rating = allowedRatings(r.correct).includes(wanted) ? wanted : Rating.Hard;
  const next = scheduler.next(card, now, rating).card;
  const introduced = dict(p.introduced);
  if (!existing) introduced[dayKey(now)] = (own(introduced, dayKey(now)) ?? 0) + 1;
  const entry: ReviewEntry = { questionId: r.questionId, at: now.toISOString(), correct: r.correct, rating, source: r.source ?? 'drill' };
  const cards = dict(p.cards);
  cards[r.questionId] = toRecord(next);
  const out: Progress = { ...p, cards, history: [...p.history, entry], introduced };
  if (p.boosted?.includes(r.questionId)) out.boosted = p.boosted.filter((id) => id !== r.questionId);
  return out;
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

/** At most this many cards per missed fact are brought forward. */
export const LINKED_PER_FACT = 2;

/**
 * Applies the stored lab misses and clears them. A miss is not an answer: no history entry, no
 * rating, no new card used. For each missed fact, up to LINKED_PER_FACT drillable questions on it
 * come sooner: cards already seen become due at the time of the miss (if not due before), and
 * unseen ones are put first among the new cards (still within the daily limit).
 */
export function applyLabMisses(p: Progress, bank: Question[], now: Date): Progress {
  if (!p.labMisses.length) return p;
  const cards = dict(p.cards);
  const boosted = [...(p.boosted ?? [])];
  for (const miss of p.labMisses) {
    const at = Math.min(now.getTime(), Date.parse(miss.at) || now.getTime());
    for (const fact of miss.factIds) {
      const linked = bank.filter((x) => x.facts.includes(fact) && x.format !== 'task');
      // Cards already seen first (they are the ones to refresh), then the unseen ones, in bank order.
      const ordered = [...linked.filter((x) => own(cards, x.id)), ...linked.filter((x) => !own(cards, x.id))].slice(0, LINKED_PER_FACT);
      for (const q of ordered) {
        const card = own(cards, q.id);
        if (card) {
          if (Date.parse(card.due) > at) cards[q.id] = { ...card, due: new Date(at).toISOString() };
        } else if (!boosted.includes(q.id)) boosted.push(q.id);
      }
    }
  }
  return { ...p, cards, labMisses: [], ...(boosted.length ? { boosted } : {}) };
}

export interface Queue {
  /** Questions due now, earliest due first. */
  due: Question[];
  /** New questions still allowed today. */
  fresh: Question[];
  /** The next due date among cards not due yet (when the queue is empty). */
  nextDue?: Date;
}

export interface QueueOptions {
  /** The daily new-card limit (default: the learner's setting). */
  newPerDay?: number;
  /** Only questions of this topic, domain or course module. */
  topic?: string;
  domain?: string;
  module?: string;
}

export function buildQueue(bank: Question[], p: Progress, now: Date, o: QueueOptions = {}): Queue {
  const pool = drillable(bank).filter((q) => (!o.module || q.module === o.module) && (!o.topic || q.topic === o.topic) && (!o.domain || q.domain === o.domain));
  const due = pool
    .filter((q) => p.cards[q.id] && Date.parse(p.cards[q.id]!.due) <= now.getTime())
    .sort((a, b) => Date.parse(p.cards[a.id]!.due) - Date.parse(p.cards[b.id]!.due));
  const left = Math.max(0, (o.newPerDay ?? newPerDay(p)) - (p.introduced[dayKey(now)] ?? 0));
  const boosted = p.boosted ?? [];
  const unseen = pool.filter((q) => !p.cards[q.id]);
  const fresh = [...unseen.filter((q) => boosted.includes(q.id)), ...unseen.filter((q) => !boosted.includes(q.id))].slice(0, left);
  const later = pool.flatMap((q) => (p.cards[q.id] ? [Date.parse(p.cards[q.id]!.due)] : [])).filter((t) => t > now.getTime());
  return { due, fresh, nextDue: later.length ? new Date(Math.min(...later)) : undefined };
}

export const cardsDueToday = (p: Progress, now: Date) => {
  const end = new Date(now);
  end.setHours(23, 59, 59, 999);
  return Object.values(p.cards).filter((c) => Date.parse(c.due) <= end.getTime()).length;
};

export { emptyProgress };
