/** The readiness estimate per SCS-C03 domain, from the learner's own answers. */
import { describe, expect, it } from 'vitest';
import { BANK } from './bank';
import { answers, byDomain, PASS_SHARE, readiness, READINESS_MIN_QUESTIONS } from './dashboard';
import { emptyProgress, type Progress } from './progress';
import { review } from './scheduler';
import { DOMAIN_IDS, type DomainId } from './types';

const now = new Date('2026-06-01T09:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
const of = (d: DomainId) => BANK.filter((q) => q.domain === d && q.format !== 'task');

function answer(p: Progress, ids: string[], correct: boolean, at = now): Progress {
  return ids.reduce((x, id) => review(x, { questionId: id, correct }, at), p);
}

describe('readiness by domain', () => {
  it('says "not enough data" until a domain has answers to enough different questions', () => {
    const few = answer(
      emptyProgress(),
      of('iam')
        .slice(0, READINESS_MIN_QUESTIONS - 1)
        .map((q) => q.id),
      true,
    );
    const r = readiness(BANK, few, now);
    expect(r.domains.find((d) => d.domain === 'iam')).toMatchObject({ status: 'not enough data', questions: READINESS_MIN_QUESTIONS - 1 });
    expect(r.domains.find((d) => d.domain === 'iam')!.estimate).toBeUndefined();
    expect(r.predicted).toBeUndefined();
  });

  it('rates a domain answered well as ready and one answered badly as not ready', () => {
    let p = answer(
      emptyProgress(),
      of('iam')
        .slice(0, 12)
        .map((q) => q.id),
      true,
    );
    p = answer(
      p,
      of('detection')
        .slice(0, 12)
        .map((q) => q.id),
      false,
    );
    const r = Object.fromEntries(readiness(BANK, p, now).domains.map((d) => [d.domain, d]));
    expect(r.iam!.status).toBe('ready');
    expect(r.iam!.estimate!).toBeGreaterThanOrEqual(100 * PASS_SHARE);
    expect(r.detection!.status).toBe('not ready');
    expect(r.detection!.estimate!).toBeLessThan(20);
  });

  it('counts only the latest answer to a question, so repeating a remembered card does not inflate it', () => {
    const ids = of('governance')
      .slice(0, 6)
      .map((q) => q.id);
    const once = answer(answer(emptyProgress(), ids, false, daysAgo(1)), ids.slice(0, 3), true);
    let repeated = once;
    for (let i = 0; i < 5; i++) repeated = answer(repeated, ids.slice(0, 3), true);
    const e = (p: Progress) => readiness(BANK, p, now).domains.find((d) => d.domain === 'governance')!.estimate;
    expect(e(repeated)).toBe(e(once));
  });

  it('weighs recent answers more than old ones', () => {
    const ids = of('data-protection')
      .slice(0, 10)
      .map((q) => q.id);
    const oldWrongNewRight = answer(answer(emptyProgress(), ids.slice(0, 5), false, daysAgo(120)), ids.slice(5), true);
    const oldRightNewWrong = answer(answer(emptyProgress(), ids.slice(0, 5), true, daysAgo(120)), ids.slice(5), false);
    const e = (p: Progress) => readiness(BANK, p, now).domains.find((d) => d.domain === 'data-protection')!.estimate!;
    expect(e(oldWrongNewRight)).toBeGreaterThan(e(oldRightNewWrong));
  });

  it('predicts a score once every domain has data, weighting domains as the exam does', () => {
    let p = emptyProgress();
    for (const d of DOMAIN_IDS)
      p = answer(
        p,
        of(d)
          .slice(0, 8)
          .map((q) => q.id),
        true,
      );
    const all = readiness(BANK, p, now);
    expect(all.domains.every((d) => d.status === 'ready')).toBe(true);
    expect(all.predicted!).toBeGreaterThan(900);
    expect(byDomain(BANK, p).iam.answered).toBe(8);
    expect(answers(p)).toHaveLength(8 * DOMAIN_IDS.length);
  });

  it('counts scored exam answers and leaves unscored ones out', () => {
    const ids = of('infrastructure')
      .slice(0, 6)
      .map((q) => q.id);
    const exam = {
      id: 'e',
      startedAt: now.toISOString(),
      finishedAt: now.toISOString(),
      minutes: 170,
      score: 100,
      passed: false,
      answers: ids.map((id, i) => ({ questionId: id, response: [], correct: true, ...(i < 3 ? { scored: false } : {}) })),
    };
    const p = { ...emptyProgress(), exams: [exam] };
    expect(answers(p)).toHaveLength(3);
    expect(byDomain(BANK, p).infrastructure).toEqual({ answered: 3, right: 3 });
  });
});
