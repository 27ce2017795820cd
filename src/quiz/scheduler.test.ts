/** ts-fsrs scheduling: grading to ratings, due-first queue, new cards per day, lab misses. */
import { describe, expect, it } from 'vitest';
import { BANK } from './bank';
import { byTopic, readiness, reviewCount } from './dashboard';
import { emptyProgress } from './progress';
import { allowedRatings, applyLabMisses, buildQueue, cardsDueToday, dayKey, newPerDay, preview, Rating, review } from './scheduler';

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

  it('never rates a wrong answer Easy (or Good): after a wrong answer only Again and Hard', () => {
    expect(allowedRatings(false)).toEqual([Rating.Again, Rating.Hard]);
    expect(allowedRatings(true)).toEqual([Rating.Again, Rating.Hard, Rating.Good, Rating.Easy]);
    const p = review(emptyProgress(), { questionId: 'k101-what', correct: false, rating: Rating.Easy }, t0);
    expect(p.history[0]!.rating).toBe(Rating.Hard);
  });

  it("uses the learner's daily new-card limit", () => {
    const p = { ...emptyProgress(), settings: { newPerDay: 3 } };
    expect(newPerDay(p)).toBe(3);
    expect(newPerDay(emptyProgress())).toBe(10);
    expect(buildQueue(BANK, p, t0).fresh).toHaveLength(3);
    expect(buildQueue(BANK, { ...p, settings: { newPerDay: 25 } }, t0).fresh).toHaveLength(25);
  });

  it('filters the queue by topic', () => {
    const q = buildQueue(BANK, emptyProgress(), t0, { topic: 'rotation', newPerDay: 100 });
    expect(q.fresh.length).toBeGreaterThan(0);
    expect(q.fresh.every((x) => x.topic === 'rotation')).toBe(true);
  });

  it('treats a missed lab check as no answer: no review, no statistics, no new card used', () => {
    const seen = review(emptyProgress(), { questionId: 'rot-keeps-old', correct: true }, t0);
    const p = { ...seen, labMisses: [{ factIds: ['rot-keeps-old'], at: minutes(t0, 60).toISOString(), where: 'lab-6 step 3' }] };
    const out = applyLabMisses(p, BANK, minutes(t0, 61));
    expect(out.labMisses).toEqual([]);
    expect(out.history).toEqual(seen.history);
    expect(out.introduced).toEqual(seen.introduced);
    expect(reviewCount(out)).toBe(1);
    expect(byTopic(BANK, out).rotation).toEqual({ answered: 1, right: 1 });
    expect(readiness(BANK, out, t0)).toEqual(readiness(BANK, seen, t0));
  });

  it('makes the cards of a missed fact come sooner: a seen card is due at the miss, an unseen one goes first among new cards', () => {
    const seen = review(emptyProgress(), { questionId: 'rot-keeps-old', correct: true }, t0);
    const at = minutes(t0, 1);
    expect(Date.parse(seen.cards['rot-keeps-old']!.due)).toBeGreaterThan(at.getTime());
    const out = applyLabMisses({ ...seen, labMisses: [{ factIds: ['rot-keeps-old'], at: at.toISOString() }] }, BANK, minutes(t0, 2));
    expect(out.cards['rot-keeps-old']!.due).toBe(at.toISOString());
    expect(buildQueue(BANK, out, minutes(t0, 2)).due.map((q) => q.id)).toContain('rot-keeps-old');
    // The other linked question was never seen: it leads the new cards, and costs a new card only when answered.
    const boosted = out.boosted!;
    expect(boosted.length).toBeGreaterThan(0);
    expect(BANK.find((q) => q.id === boosted[0])!.facts).toContain('rot-keeps-old');
    expect(buildQueue(BANK, out, minutes(t0, 2)).fresh[0]!.id).toBe(boosted[0]);
    const answered = review(out, { questionId: boosted[0]!, correct: true }, minutes(t0, 3));
    expect(answered.boosted ?? []).not.toContain(boosted[0]);
    expect(answered.introduced[dayKey(t0)]).toBe(2);
  });

  it('ignores the lab-miss history entries older versions wrote, in every count', () => {
    const old = review(emptyProgress(), { questionId: 'rot-keeps-old', correct: false, source: 'lab' }, t0);
    expect(reviewCount(old)).toBe(0);
    expect(byTopic(BANK, old).rotation).toEqual({ answered: 0, right: 0 });
  });
});
