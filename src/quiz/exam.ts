/**
 * Exam mode: a timed set, no feedback until the end, then a score on AWS's 100-1000 scale with
 * the pass mark. Defaults are proportioned like the Security Specialty exam (SCS-C02: 65
 * questions in 170 minutes, pass mark 750; learning-anchors.md 1.4). AWS scales scores with
 * unpublished per-form statistics; here the scale is linear (100 + 900 x share right), which we
 * say on the results screen. The exam uses the formats AWS exams use (single, multiple
 * response, scenario, ordering); typing commands and simulator tasks stay in drills.
 */
import { gradeOffline, hashString, seeded } from './grade';
import type { ExamResult } from './progress';
import { MODULE_IDS, type Question } from './types';

export const EXAM_DEFAULT = { questions: 65, minutes: 170 } as const;
export const PASS_MARK = 750;
export const MINUTES_PER_QUESTION = EXAM_DEFAULT.minutes / EXAM_DEFAULT.questions;

/** The time proportioned like the real exam (about 2.6 minutes a question), at least one minute. */
export const defaultMinutes = (questions: number) => Math.max(1, Math.round(questions * MINUTES_PER_QUESTION));

export const EXAM_FORMATS = new Set(['single', 'multiple', 'scenario', 'ordering']);
export const examPool = (bank: Question[]) => bank.filter((q) => EXAM_FORMATS.has(q.format));

/** Picks `count` questions, spread over the modules in turn, in a repeatable order for `seed`. */
export function pickExam(bank: Question[], count: number, seed: number): Question[] {
  const rnd = seeded(seed);
  const byModule = MODULE_IDS.map((m) =>
    examPool(bank)
      .filter((q) => q.module === m)
      .map((q) => ({ q, r: rnd() + (hashString(q.id) % 7) / 1e6 }))
      .sort((a, b) => a.r - b.r)
      .map((x) => x.q),
  );
  const out: Question[] = [];
  while (out.length < count && byModule.some((l) => l.length)) {
    for (const list of byModule) if (out.length < count && list.length) out.push(list.shift()!);
  }
  // Shuffle the round-robin so modules do not come in a fixed cycle.
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export const scaledScore = (correct: number, total: number) => (total ? Math.round(100 + (900 * correct) / total) : 100);

export function finishExam(o: {
  id: string;
  questions: Question[];
  responses: Record<string, number[]>;
  startedAt: Date;
  finishedAt: Date;
  minutes: number;
}): ExamResult {
  const answers = o.questions.map((q) => {
    const response = o.responses[q.id] ?? [];
    // Unanswered counts as wrong, as on AWS exams.
    return { questionId: q.id, response, correct: response.length > 0 && gradeOffline(q, response) };
  });
  const score = scaledScore(answers.filter((a) => a.correct).length, answers.length);
  return {
    id: o.id,
    startedAt: o.startedAt.toISOString(),
    finishedAt: o.finishedAt.toISOString(),
    minutes: o.minutes,
    score,
    passed: score >= PASS_MARK,
    answers,
  };
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
