/** Exam mode as SCS-C03: 65 items, 50 scored and 15 unscored, drawn by domain weight; the score from scored items; the score per domain. */
import { describe, expect, it } from 'vitest';
import { BANK } from './bank';
import { defaultMinutes, domainQuota, domainScores, EXAM_DEFAULT, finishExam, formatClock, pickExam, scaledScore, SCS_C03, timeAnnouncement } from './exam';
import { DOMAIN_IDS, DOMAINS, matchChoices, type Question } from './types';

/** The right response to any exam-format item. */
function rightResponse(q: Question): number[] {
  if (q.format === 'ordering') return q.steps.map((_, i) => i);
  if (q.format === 'matching') return q.pairs.map((p) => matchChoices(q).indexOf(p.match));
  if (q.format === 'cli' || q.format === 'task') throw new Error('not an exam format');
  return q.answer;
}

describe('exam mode', () => {
  it('has the SCS-C03 form: 65 questions in 170 minutes, 50 scored and 15 unscored, and proportions other lengths', () => {
    expect(SCS_C03).toEqual({ questions: 65, scored: 50, unscored: 15, minutes: 170 });
    expect(EXAM_DEFAULT).toEqual({ questions: 65, minutes: 170 });
    expect(defaultMinutes(65)).toBe(170);
    expect(defaultMinutes(10)).toBe(26);
  });

  it('splits a number of items over the domains by the exam guide weights, adding up exactly', () => {
    expect(Object.values(DOMAINS).reduce((s, d) => s + d.weight, 0)).toBe(100);
    expect(domainQuota(50)).toEqual({ detection: 8, 'incident-response': 7, infrastructure: 9, iam: 10, 'data-protection': 9, governance: 7 });
    expect(Object.values(domainQuota(15)).reduce((a, b) => a + b, 0)).toBe(15);
    expect(Object.values(domainQuota(7)).reduce((a, b) => a + b, 0)).toBe(7);
  });

  it('picks the full form: 65 distinct exam-format items, 15 of them unscored, each part weighted by domain, repeatably', () => {
    const a = pickExam(BANK, 65, 42);
    expect(a.form).toBe('scs-c03');
    expect(a.questions).toHaveLength(65);
    expect(new Set(a.questions.map((q) => q.id)).size).toBe(65);
    expect(a.questions.every((q) => ['single', 'multiple', 'scenario', 'ordering', 'matching'].includes(q.format))).toBe(true);
    expect(a.unscored).toHaveLength(15);
    const scored = a.questions.filter((q) => !a.unscored.includes(q.id));
    const unscored = a.questions.filter((q) => a.unscored.includes(q.id));
    for (const d of DOMAIN_IDS) {
      expect(scored.filter((q) => q.domain === d).length, d).toBe(domainQuota(50)[d]);
      expect(unscored.filter((q) => q.domain === d).length, d).toBe(domainQuota(15)[d]);
    }
    expect(pickExam(BANK, 65, 42)).toEqual(a);
    expect(pickExam(BANK, 65, 43).questions.map((q) => q.id)).not.toEqual(a.questions.map((q) => q.id));
    // Unscored items are not grouped at the end: they are shuffled among the others.
    expect(a.questions.slice(-15).every((q) => a.unscored.includes(q.id))).toBe(false);
  });

  it('picks a shorter practice set with every item scored', () => {
    const s = pickExam(BANK, 20, 7);
    expect(s).toMatchObject({ form: 'custom', unscored: [] });
    expect(s.questions).toHaveLength(20);
  });

  it('lends the places of a domain that lacks items to the others', () => {
    const noDetection = BANK.filter((q) => q.domain !== 'detection');
    const e = pickExam(noDetection, 65, 1);
    expect(e.questions).toHaveLength(65);
    expect(e.questions.some((q) => q.domain === 'detection')).toBe(false);
  });

  it('scores on the 100-1000 scale from the scored items only, with 750 to pass; unanswered is wrong', () => {
    expect(scaledScore(0, 10)).toBe(100);
    expect(scaledScore(10, 10)).toBe(1000);
    const picked = pickExam(BANK, 65, 5);
    const responses: Record<string, number[]> = {};
    // Every scored item right, every unscored item wrong (unanswered): the score is perfect.
    for (const q of picked.questions) if (!picked.unscored.includes(q.id)) responses[q.id] = rightResponse(q);
    const r = finishExam({ id: 'e1', ...picked, responses, startedAt: new Date(0), finishedAt: new Date(60_000), minutes: 170 });
    expect(r.score).toBe(1000);
    expect(r.form).toBe('scs-c03');
    expect(r.answers.filter((a) => a.scored === false)).toHaveLength(15);
    expect(r.answers.filter((a) => a.scored === false).every((a) => !a.correct)).toBe(true);
    // And the other way round: only the unscored right is the lowest score.
    const flipped: Record<string, number[]> = {};
    for (const q of picked.questions) if (picked.unscored.includes(q.id)) flipped[q.id] = rightResponse(q);
    expect(finishExam({ id: 'e2', ...picked, responses: flipped, startedAt: new Date(0), finishedAt: new Date(1), minutes: 170 }).score).toBe(100);
  });

  it('grades a matching item only when every item has its response', () => {
    const m = BANK.find((q) => q.format === 'matching')!;
    const right = rightResponse(m);
    const r = (response: number[]) =>
      finishExam({ id: 'm', questions: [m], responses: { [m.id]: response }, startedAt: new Date(0), finishedAt: new Date(1), minutes: 1 }).answers[0]!.correct;
    expect(r(right)).toBe(true);
    expect(r([...right.slice(0, -1), -1])).toBe(false);
    const swapped = [...right];
    [swapped[0], swapped[1]] = [swapped[1]!, swapped[0]!];
    expect(r(swapped)).toBe(swapped[0] === swapped[1]);
  });

  it('gives the score per domain from the scored items', () => {
    const picked = pickExam(BANK, 65, 9);
    const responses: Record<string, number[]> = {};
    for (const q of picked.questions) if (q.domain === 'iam') responses[q.id] = rightResponse(q);
    const r = finishExam({ id: 'e3', ...picked, responses, startedAt: new Date(0), finishedAt: new Date(1), minutes: 170 });
    const by = Object.fromEntries(domainScores(r, BANK).map((d) => [d.domain, d]));
    expect(by.iam).toMatchObject({ scored: 10, right: 10, percent: 100 });
    expect(by.detection).toMatchObject({ scored: 8, right: 0, percent: 0 });
    expect(domainScores(r, BANK).reduce((s, d) => s + d.scored, 0)).toBe(50);
  });

  it('announces time only when a threshold is crossed', () => {
    const total = 26 * 60_000;
    expect(timeAnnouncement(total, 20 * 60_000, 19 * 60_000)).toBeUndefined();
    expect(timeAnnouncement(total, 13 * 60_000 + 1, 13 * 60_000)).toBe('Half of the exam time is left.');
    expect(timeAnnouncement(total, 10 * 60_000 + 500, 10 * 60_000 - 500)).toBe('10 minutes left.');
    expect(timeAnnouncement(total, 60_500, 59_500)).toBe('1 minute left.');
    expect(timeAnnouncement(total, 500, 0)).toBe('Time is up. The exam has been submitted.');
    expect(formatClock(3_725_000)).toBe('1:02:05');
    expect(formatClock(65_000)).toBe('1:05');
  });
});
