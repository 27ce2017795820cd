/** Exam mode: defaults like SCS-C02, pick and score, announcements only at thresholds. */
import { describe, expect, it } from 'vitest';
import { BANK } from './bank';
import { defaultMinutes, EXAM_DEFAULT, finishExam, formatClock, pickExam, scaledScore, timeAnnouncement } from './exam';
import type { ChoiceQuestion, OrderingQuestion } from './types';

describe('exam mode', () => {
  it('defaults to 65 questions in 170 minutes and proportions other lengths', () => {
    expect(EXAM_DEFAULT).toEqual({ questions: 65, minutes: 170 });
    expect(defaultMinutes(65)).toBe(170);
    expect(defaultMinutes(10)).toBe(26);
  });

  it('picks distinct exam-format questions from every module, repeatably', () => {
    const a = pickExam(BANK, 65, 42);
    expect(a).toHaveLength(65);
    expect(new Set(a.map((q) => q.id)).size).toBe(65);
    expect(a.every((q) => ['single', 'multiple', 'scenario', 'ordering'].includes(q.format))).toBe(true);
    expect(new Set(a.map((q) => q.module)).size).toBe(8);
    expect(pickExam(BANK, 65, 42).map((q) => q.id)).toEqual(a.map((q) => q.id));
    expect(pickExam(BANK, 65, 43).map((q) => q.id)).not.toEqual(a.map((q) => q.id));
  });

  it('scores on the 100-1000 scale with 750 to pass; unanswered is wrong', () => {
    expect(scaledScore(0, 10)).toBe(100);
    expect(scaledScore(10, 10)).toBe(1000);
    const qs = pickExam(BANK, 4, 1);
    const responses: Record<string, number[]> = {};
    for (const q of qs.slice(0, 3)) responses[q.id] = q.format === 'ordering' ? (q as OrderingQuestion).steps.map((_, i) => i) : (q as ChoiceQuestion).answer;
    const r = finishExam({ id: 'e1', questions: qs, responses, startedAt: new Date(0), finishedAt: new Date(60_000), minutes: 10 });
    expect(r.answers.map((a) => a.correct)).toEqual([true, true, true, false]);
    expect(r.score).toBe(775);
    expect(r.passed).toBe(true);
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
