/** Stored and imported progress is validated; a bad file is rejected with the reason. */
import { describe, expect, it } from 'vitest';
import { emptyProgress, exportProgress, isEmpty, parseExport, parseProgress } from './progress';
import { review } from './scheduler';

const now = new Date('2026-03-02T09:00:00Z');

describe('progress files', () => {
  it('round-trips through an export file', () => {
    const p = review(emptyProgress(), { questionId: 'k101-what', correct: true }, now);
    const r = parseExport(exportProgress(p, now));
    expect(r).toEqual({ ok: true, progress: p });
    expect(isEmpty(p)).toBe(false);
    expect(isEmpty(emptyProgress())).toBe(true);
  });

  it('rejects a bad file with the reason', () => {
    expect(parseExport('{oops')).toMatchObject({ ok: false, reason: expect.stringMatching(/^The file is not JSON/) });
    expect(parseExport('{"format":"something-else"}')).toEqual({
      ok: false,
      reason: 'The file is not a KMS Lab drill progress export (its "format" is not "kms-lab-drill-progress").',
    });
    const bad = JSON.parse(exportProgress(emptyProgress(), now));
    bad.progress.history = [{ questionId: 'x', at: 'yesterday', correct: true, rating: 3, source: 'drill' }];
    expect(parseExport(JSON.stringify(bad))).toEqual({
      ok: false,
      reason: "The file's progress is not valid: progress.history[0].at must be a date (ISO 8601 text).",
    });
    bad.progress.history = [];
    bad.progress.cards = { q: { due: now.toISOString(), stability: 'high' } };
    expect(parseExport(JSON.stringify(bad))).toMatchObject({ ok: false, reason: expect.stringContaining('progress.cards["q"].stability must be a number') });
    bad.progress.version = 9;
    expect(parseExport(JSON.stringify(bad))).toMatchObject({ ok: false, reason: expect.stringContaining('newer version') });
  });

  it('rejects data that is not progress at all', () => {
    expect(parseProgress(null)).toEqual({ ok: false, reason: 'progress must be an object' });
    expect(parseProgress({ ...emptyProgress(), exams: [{ id: 'e' }] })).toMatchObject({
      ok: false,
      reason: 'progress.exams[0].startedAt must be a date (ISO 8601 text)',
    });
  });

  it('keeps the learner settings, boosted cards and unscored exam answers, and rejects bad ones', () => {
    const p = {
      ...review(emptyProgress(), { questionId: 'k101-what', correct: true }, now),
      settings: { newPerDay: 25 },
      boosted: ['rot-unchanged'],
      exams: [
        {
          id: 'e',
          startedAt: now.toISOString(),
          finishedAt: now.toISOString(),
          minutes: 170,
          score: 1000,
          passed: true,
          form: 'scs-c03' as const,
          answers: [
            { questionId: 'k101-what', response: [0], correct: true },
            { questionId: 'k101-4kb', response: [-1], correct: false, scored: false },
          ],
        },
      ],
    };
    expect(parseExport(exportProgress(p, now))).toEqual({ ok: true, progress: p });
    expect(parseProgress({ ...p, settings: { newPerDay: 0 } })).toEqual({
      ok: false,
      reason: 'progress.settings.newPerDay must be a whole number from 1 to 100',
    });
    expect(parseProgress({ ...p, settings: { newPerDay: 2.5 } })).toMatchObject({ ok: false });
    expect(parseProgress({ ...p, boosted: [3] })).toEqual({ ok: false, reason: 'progress.boosted[0] must be a string' });
    expect(parseProgress({ ...p, exams: [{ ...p.exams[0]!, form: 'scs-c02' }] })).toMatchObject({ ok: false, reason: expect.stringContaining('form') });
  });
});
