/**
 * Dashboard numbers from the drill progress: accuracy per topic, module and exam domain, the
 * weakest facts, cards due today, and a readiness estimate per SCS-C03 domain. Shared by the
 * drills page and the learning path's home (both read the same data; features may not import
 * each other). This module pulls in the question bank, so screens that must stay light import
 * it lazily. Only real answers count: drill reviews and the scored items of practice exams;
 * history entries that older versions wrote for missed lab checks are ignored.
 */
import { BANK } from './bank';
import { FACT_BY_ID } from './facts';
import type { Progress } from './progress';
import { cardsDueToday } from './scheduler';
import { DOMAIN_IDS, DOMAINS, MODULE_IDS, TOPIC_IDS, type DomainId, type ModuleId, type Question, type TopicId } from './types';

export interface Tally {
  answered: number;
  right: number;
}

export const accuracy = (t: Tally) => (t.answered ? Math.round((100 * t.right) / t.answered) : undefined);

interface Answer {
  questionId: string;
  correct: boolean;
  at: string;
}

/** Every graded answer: drill reviews and scored exam answers (never a missed lab check). */
export function answers(p: Progress): Answer[] {
  return [
    ...p.history.filter((h) => h.source !== 'lab'),
    ...p.exams.flatMap((e) => e.answers.filter((a) => a.scored !== false).map((a) => ({ questionId: a.questionId, correct: a.correct, at: e.finishedAt }))),
  ];
}

/** The number of drill reviews (lab misses are not reviews). */
export const reviewCount = (p: Progress) => p.history.filter((h) => h.source !== 'lab').length;

function tallyBy<K extends string>(bank: Question[], p: Progress, keys: readonly K[], key: (q: Question) => K | undefined): Record<K, Tally> {
  const byId = new Map(bank.map((q) => [q.id, q]));
  const out = Object.fromEntries(keys.map((k) => [k, { answered: 0, right: 0 }])) as Record<K, Tally>;
  for (const a of answers(p)) {
    const q = byId.get(a.questionId);
    const k = q && key(q);
    if (!k) continue;
    out[k].answered++;
    if (a.correct) out[k].right++;
  }
  return out;
}

export const byModule = (bank: Question[], p: Progress) => tallyBy<ModuleId>(bank, p, MODULE_IDS, (q) => q.module);
export const byTopic = (bank: Question[], p: Progress) => tallyBy<TopicId>(bank, p, TOPIC_IDS, (q) => q.topic);
export const byDomain = (bank: Question[], p: Progress) => tallyBy<DomainId>(bank, p, DOMAIN_IDS, (q) => q.domain);

export interface WeakFact {
  id: string;
  text: string;
  tally: Tally;
  topic: TopicId;
  module?: ModuleId;
}

/** The facts answered worst (at least one wrong answer), lowest accuracy first. */
export function weakestFacts(bank: Question[], p: Progress, n = 3, only?: (f: WeakFact) => boolean): WeakFact[] {
  const byId = new Map(bank.map((q) => [q.id, q]));
  const tallies = new Map<string, Tally>();
  for (const a of answers(p)) {
    for (const f of byId.get(a.questionId)?.facts ?? []) {
      const t = tallies.get(f) ?? { answered: 0, right: 0 };
      t.answered++;
      if (a.correct) t.right++;
      tallies.set(f, t);
    }
  }
  return [...tallies.entries()]
    .filter(([, t]) => t.right < t.answered)
    .sort((a, b) => a[1].right / a[1].answered - b[1].right / b[1].answered || b[1].answered - a[1].answered)
    .flatMap(([id, tally]): WeakFact[] => {
      const fact = FACT_BY_ID.get(id);
      return fact ? [{ id, text: fact.text, tally, topic: fact.topic, ...(fact.module ? { module: fact.module } : {}) }] : [];
    })
    .filter((f) => !only || only(f))
    .slice(0, n);
}

/** Readiness needs answers to at least this many different questions of a domain. */
export const READINESS_MIN_QUESTIONS = 5;
/** An answer's weight halves every this many days: recent answers say more about today. */
export const READINESS_HALF_LIFE_DAYS = 30;
/** The share right that the linear 100-1000 scale turns into the 750 pass mark. */
export const PASS_SHARE = (750 - 100) / 900;
const LEVEL_WEIGHT = { 1: 0.5, 2: 1, 3: 1.5 } as const;

export interface DomainReadiness {
  domain: DomainId;
  /** Different questions of the domain answered at least once. */
  questions: number;
  /** Estimated percent right on a new item of the domain (undefined until enough questions). */
  estimate?: number;
  status: 'not enough data' | 'not ready' | 'close' | 'ready';
}

/**
 * A readiness estimate per domain from the learner's history. Per question only the latest answer
 * counts (answering the same card again after seeing its explanation says little), weighted by
 * recency (half-life 30 days) and by difficulty (Specialty items count three times as much as
 * recall items, since the exam is Specialty level), then smoothed towards 50 % by one answer's
 * weight. A domain is "ready" from the pass share (72 % on this linear scale), "close" from 60 %.
 */
export function readiness(bank: Question[], p: Progress, now: Date): { domains: DomainReadiness[]; predicted?: number } {
  const byId = new Map(bank.map((q) => [q.id, q]));
  const latest = new Map<string, Answer>();
  for (const a of answers(p)) {
    const prev = latest.get(a.questionId);
    if (!prev || Date.parse(a.at) >= Date.parse(prev.at)) latest.set(a.questionId, a);
  }
  const domains = DOMAIN_IDS.map((domain): DomainReadiness => {
    let w = 0;
    let right = 0;
    let questions = 0;
    for (const a of latest.values()) {
      const q = byId.get(a.questionId);
      if (q?.domain !== domain) continue;
      questions++;
      const ageDays = Math.max(0, (now.getTime() - Date.parse(a.at)) / 86_400_000);
      const weight = LEVEL_WEIGHT[q.difficulty] * 0.5 ** (ageDays / READINESS_HALF_LIFE_DAYS);
      w += weight;
      if (a.correct) right += weight;
    }
    if (questions < READINESS_MIN_QUESTIONS) return { domain, questions, status: 'not enough data' };
    const estimate = Math.round((100 * (right + 0.5)) / (w + 1));
    const status = estimate >= 100 * PASS_SHARE ? 'ready' : estimate >= 60 ? 'close' : 'not ready';
    return { domain, questions, estimate, status };
  });
  const known = domains.every((d) => d.estimate !== undefined);
  const share = known ? domains.reduce((s, d) => s + (DOMAINS[d.domain].weight / 100) * (d.estimate! / 100), 0) : undefined;
  return { domains, ...(share !== undefined ? { predicted: Math.round(100 + 900 * share) } : {}) };
}

export interface DrillSummary {
  /** Accuracy per course module (questions a module teaches). */
  byModule: Record<ModuleId, Tally>;
  /** The weakest facts of the course modules (each links to its module). */
  weakest: { text: string; tally: Tally; module: ModuleId }[];
  dueToday: number;
  readiness: ReturnType<typeof readiness>;
}

/** Everything the learning path's dashboard shows about drills, over the whole bank. */
export const drillSummary = (p: Progress, now: Date): DrillSummary => ({
  byModule: byModule(BANK, p),
  weakest: weakestFacts(BANK, p, 3, (f) => !!f.module).map((f) => ({ text: f.text, tally: f.tally, module: f.module! })),
  dueToday: cardsDueToday(p, now),
  readiness: readiness(BANK, p, now),
});
