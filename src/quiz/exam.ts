/**
 * Exam mode, shaped like the AWS Certified Security - Specialty exam SCS-C03: 65 items in 170
 * minutes, of which 50 are scored and 15 are unscored (AWS tries out new items that way and does
 * not say which they are, so neither does the exam screen until it is over), drawn by the
 * exam guide's domain weights (types.ts DOMAINS), in the formats the exam uses (single answer,
 * multiple response, ordering, matching; scenarios are single-answer items). No feedback until
 * the end, then a score on AWS's 100-1000 scale from the scored items, with the pass mark, and
 * the score per domain. AWS scales scores with unpublished per-form statistics; here the scale
 * is linear (100 + 900 x share right), which the results screen says. Typing commands and
 * simulator tasks stay in drills. A shorter practice set (any length, all scored) is offered too.
 */
import { gradeOffline, hashString, isAnswered, seeded } from './grade';
import type { ExamResult } from './progress';
import { DOMAIN_IDS, DOMAINS, type DomainId, type Question } from './types';

/** SCS-C03's form. */
export const SCS_C03 = { questions: 65, scored: 50, unscored: 15, minutes: 170 } as const;
export const EXAM_DEFAULT = { questions: SCS_C03.questions, minutes: SCS_C03.minutes } as const;
export const PASS_MARK = 750;
export const MINUTES_PER_QUESTION = EXAM_DEFAULT.minutes / EXAM_DEFAULT.questions;

/** The time proportioned like the real exam (about 2.6 minutes a question), at least one minute. */
export const defaultMinutes = (questions: number) => Math.max(1, Math.round(questions * MINUTES_PER_QUESTION));

export const EXAM_FORMATS = new Set(['single', 'multiple', 'scenario', 'ordering', 'matching']);
export const examPool = (bank: Question[]) => bank.filter((q) => EXAM_FORMATS.has(q.format));

/** How many of `total` items each domain gets by the exam guide's weights (largest remainder, so they add up to `total`). */
export function domainQuota(total: number): Record<DomainId, number> {
  const exact = DOMAIN_IDS.map((d) => ({ d, x: (total * DOMAINS[d].weight) / 100 }));
  const out = Object.fromEntries(exact.map(({ d, x }) => [d, Math.floor(x)])) as Record<DomainId, number>;
  let left = total - Object.values(out).reduce((a, b) => a + b, 0);
  for (const { d } of [...exact].sort((a, b) => b.x - Math.floor(b.x) - (a.x - Math.floor(a.x)))) {
    if (left-- <= 0) break;
    out[d]++;
  }
  return out;
}

export interface PickedExam {
  questions: Question[];
  /** The ids of the unscored items (not shown while the exam runs). */
  unscored: string[];
  form: 'scs-c03' | 'custom';
}

const shuffle = <T>(list: T[], rnd: () => number) => {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
};

/**
 * Picks an exam, repeatable for `seed`. The full form (`count` = 65) takes 50 scored and 15
 * unscored items, each part split over the domains by weight; a shorter set splits `count` the
 * same way, all scored. A domain with too few items lends its places to the others.
 */
export function pickExam(bank: Question[], count: number, seed: number): PickedExam {
  const rnd = seeded(seed);
  const full = count === SCS_C03.questions;
  const byDomain = Object.fromEntries(
    DOMAIN_IDS.map((d) => [
      d,
      examPool(bank)
        .filter((q) => q.domain === d)
        .map((q) => ({ q, r: rnd() + (hashString(q.id) % 7) / 1e6 }))
        .sort((a, b) => a.r - b.r)
        .map((x) => x.q),
    ]),
  ) as Record<DomainId, Question[]>;
  const take = (quota: Record<DomainId, number>) => {
    const out: Question[] = [];
    let short = 0;
    for (const d of DOMAIN_IDS) {
      const got = byDomain[d].splice(0, quota[d]);
      short += quota[d] - got.length;
      out.push(...got);
    }
    // Places a small domain could not fill go to the others, in turn.
    while (short > 0 && DOMAIN_IDS.some((d) => byDomain[d].length)) {
      for (const d of DOMAIN_IDS) {
        if (short > 0 && byDomain[d].length) {
          out.push(byDomain[d].shift()!);
          short--;
        }
      }
    }
    return out;
  };
  const scored = take(domainQuota(full ? SCS_C03.scored : count));
  const unscored = full ? take(domainQuota(SCS_C03.unscored)) : [];
  return { questions: shuffle([...scored, ...unscored], rnd), unscored: unscored.map((q) => q.id), form: full ? 'scs-c03' : 'custom' };
}

export const scaledScore = (correct: number, total: number) => (total ? Math.round(100 + (900 * correct) / total) : 100);

export function finishExam(o: {
  id: string;
  questions: Question[];
  responses: Record<string, number[]>;
  unscored?: string[];
  form?: ExamResult['form'];
  startedAt: Date;
  finishedAt: Date;
  minutes: number;
}): ExamResult {
  const unscored = new Set(o.unscored ?? []);
  const answers = o.questions.map((q) => {
    const response = o.responses[q.id] ?? [];
    // Unanswered counts as wrong, as on AWS exams.
    const correct = isAnswered(q, response) && gradeOffline(q, response);
    return { questionId: q.id, response, correct, ...(unscored.has(q.id) ? { scored: false } : {}) };
  });
  const counted = answers.filter((a) => a.scored !== false);
  const score = scaledScore(counted.filter((a) => a.correct).length, counted.length);
  return {
    id: o.id,
    startedAt: o.startedAt.toISOString(),
    finishedAt: o.finishedAt.toISOString(),
    minutes: o.minutes,
    score,
    passed: score >= PASS_MARK,
    answers,
    ...(o.form ? { form: o.form } : {}),
  };
}

export interface DomainScore {
  domain: DomainId;
  /** Scored items of that domain in the exam, and how many were right. */
  scored: number;
  right: number;
  /** Percent right, undefined when the exam had no scored item of the domain. */
  percent?: number;
}

/** The score per domain of one exam (scored items only), in the exam guide's order. */
export function domainScores(result: ExamResult, bank: Question[]): DomainScore[] {
  const byId = new Map(bank.map((q) => [q.id, q]));
  return DOMAIN_IDS.map((domain) => {
    const mine = result.answers.filter((a) => a.scored !== false && byId.get(a.questionId)?.domain === domain);
    const right = mine.filter((a) => a.correct).length;
    return { domain, scored: mine.length, right, ...(mine.length ? { percent: Math.round((100 * right) / mine.length) } : {}) };
  });
}

/**
 * What the timer announces to screen readers, only when a threshold is crossed (half time, 10, 5
 * and 1 minute left, time up), never every second.
 */
export function timeAnnouncement(totalMs: number, prevLeftMs: number, leftMs: number): string | undefined {
  const marks: [number, string][] = [
    [totalMs / 2, 'Half of the exam time is left.'],
    [10 * 60_000, '10 minutes left.'],
    [5 * 60_000, '5 minutes left.'],
    [60_000, '1 minute left.'],
  ];
  if (leftMs <= 0 && prevLeftMs > 0) return 'Time is up. The exam has been submitted.';
  const crossed = marks.filter(([at]) => at < totalMs && prevLeftMs > at && leftMs <= at);
  return crossed.at(-1)?.[1];
}

export const formatClock = (ms: number) => {
  const s = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
};
