/** ts-fsrs scheduling: grading to ratings, due-first queue, new cards per day, lab misses. */
import { describe, expect, it } from 'vitest';
import { BANK } from './bank';
import { emptyProgress } from './progress';
import { applyLabMisses, buildQueue, cardsDueToday, dayKey, preview, Rating, review } from './scheduler';

const t0 = new Date('2026-03-02T09:00:00');
const minutes = (d: Date, m: number) => new Date(d.getTime() + m * 60_000);

describe('scheduler', () => {
  it('wrong -> Again (due within minutes), right -> Good (later than Again)', () => {
    const wrong = review(emptyProgress(), { questionId: 'k101-what', correct: false }, t0);
    const right = review(emptyProgress(), { questionId: 'k101-what', correct: true }, t0);
    expect(wrong.history[0]!).toMatchObject({ questionId: 'k101-what', correct: false, rating: Rating.Again, source: 'drill' });
    expect(right.history[0]!.rating).toBe(Rating.Good);
    const dueWrong = Date.parse(wrong.cards['k101-what']!.due);
    expect(dueWrong - t0.getTime()).toBeLessThanOrEqual(10 * 60_000);
    expect(Date.parse(right.cards['k101-what']!.due)).toBeGreaterThan(dueWrong);
  });

  it("takes the learner's own rating, and Easy schedules furthest", () => {
    const easy = review(emptyProgress(), { questionId: 'k101-what', correct: true, rating: Rating.Easy }, t0);
    const hard = review(emptyProgress(), { questionId: 'k101-what', correct: true, rating: Rating.Hard }, t0);
    expect(easy.history[0]!.rating).toBe(Rating.Easy);
    expect(Date.parse(easy.cards['k101-what']!.due)).toBeGreaterThan(Date.parse(hard.cards['k101-what']!.due));
    const p = preview(emptyProgress(), 'k101-what', t0);
    expect(p[Rating.Easy].getTime()).toBeGreaterThan(p[Rating.Again].getTime());
  });

  it('grows the interval on repeated success', () => {
    let p = review(emptyProgress(), { questionId: 'k101-what', correct: true }, t0);
    const first = Date.parse(p.cards['k101-what']!.due) - t0.getTime();
    const at = new Date(p.cards['k101-what']!.due);
    p = review(p, { questionId: 'k101-what', correct: true }, at);
    expect(Date.parse(p.cards['k101-what']!.due) - at.getTime()).toBeGreaterThan(first);
  });

  it('queues due cards first (earliest first), then at most newPerDay new cards a day', () => {
    let p = review(emptyProgress(), { questionId: 'k101-what', correct: false }, t0);
    p = review(p, { questionId: 'k101-4kb', correct: false }, minutes(t0, -5));
    const q = buildQueue(BANK, p, minutes(t0, 30), { newPerDay: 5 });
    expect(q.due.map((x) => x.id)).toEqual(['k101-4kb', 'k101-what']);
    // Two new cards were introduced today: three more are allowed.
    expect(q.fresh).toHaveLength(3);
    expect(q.fresh.map((x) => x.id)).not.toContain('k101-what');
    expect(p.introduced[dayKey(t0)]).toBe(2);
    expect(buildQueue(BANK, p, minutes(t0, 30), { newPerDay: 2 }).fresh).toHaveLength(0);
    expect(buildQueue(BANK, p, new Date('2026-03-03T09:00:00'), { newPerDay: 2 }).fresh).toHaveLength(2);
  });

  it('reports the next due date when nothing is due, and counts cards due today', () => {
    const p = review(emptyProgress(), { questionId: 'k101-what', correct: true }, t0);
    const q = buildQueue(BANK, p, t0, { newPerDay: 0 });
    expect(q.due).toEqual([]);
    expect(q.nextDue?.toISOString()).toBe(p.cards['k101-what']!.due);
    expect(cardsDueToday(review(emptyProgress(), { questionId: 'k101-what', correct: false }, t0), t0)).toBe(1);
  });

  it('turns a missed lab check into an Again review of a question on that fact', () => {
    const p = { ...emptyProgress(), labMisses: [{ factIds: ['rot-keeps-old'], at: t0.toISOString(), where: 'lab-6 step 3' }] };
    const out = applyLabMisses(p, BANK, minutes(t0, 1));
    expect(out.labMisses).toEqual([]);
    const entry = out.history[0]!;
    expect(entry).toMatchObject({ correct: false, rating: Rating.Again, source: 'lab' });
    expect(BANK.find((q) => q.id === entry.questionId)!.facts).toContain('rot-keeps-old');
    expect(buildQueue(BANK, out, minutes(t0, 20)).due.map((q) => q.id)).toContain(entry.questionId);
  });
});
