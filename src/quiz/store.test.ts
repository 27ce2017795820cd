/** Progress storage: damaged data is set aside, updates are serialised, lab misses are recorded. */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyProgress } from './progress';
import { review } from './scheduler';
import { idbBackend, loadProgress, memoryBackend, progressProblem, recordLabMiss, setProgressBackend, updateProgress } from './store';

describe('progress store', () => {
  beforeEach(() => setProgressBackend(memoryBackend()));

  it('sets damaged data aside and starts afresh, saying why', async () => {
    const b = memoryBackend({ version: 1, cards: 'nope' });
    setProgressBackend(b);
    expect(await loadProgress()).toEqual(emptyProgress());
    expect(progressProblem()).toBe('Saved drill progress was damaged (progress.cards must be an object); it was set aside and drills start afresh.');
    expect(b.aside).toEqual([{ version: 1, cards: 'nope' }]);
  });

  it('records lab misses and serialises concurrent updates', async () => {
    const b = memoryBackend();
    setProgressBackend(b);
    await Promise.all([recordLabMiss(['rot-keeps-old'], 'lab-6 step 3'), recordLabMiss(['key-states'])]);
    expect((await loadProgress()).labMisses.map((m) => m.factIds[0])).toEqual(['rot-keeps-old', 'key-states']);
    expect((b.data as { labMisses: unknown[] }).labMisses).toHaveLength(2);
  });

  it('persists in IndexedDB', async () => {
    setProgressBackend(idbBackend('test-drills'));
    await updateProgress((p) => ({ ...p, introduced: { '2026-03-02': 3 } }));
    setProgressBackend(idbBackend('test-drills'));
    expect((await loadProgress()).introduced).toEqual({ '2026-03-02': 3 });
  });
});

describe('two tabs', () => {
  it('answers given in two tabs add up: 2 in one, 1 in the other, 3 after a reload', async () => {
    const db = 'test-drills-two-tabs';
    const tab = async () => {
      vi.resetModules();
      const m = await import('./store');
      m.setProgressBackend(m.idbBackend(db));
      await m.loadProgress();
      return m;
    };
    const [a, b] = [await tab(), await tab()];
    const now = new Date(Date.UTC(2026, 2, 2));
    const answer = (m: typeof a, questionId: string) => m.updateProgress((p) => review(p, { questionId, correct: true }, now));
    await answer(a, 'q1');
    await answer(a, 'q2');
    const seen = await answer(b, 'q3');
    expect(seen.history.map((h) => h.questionId)).toEqual(['q1', 'q2', 'q3']);
    const reloaded = await (await tab()).loadProgress();
    expect(reloaded.history.map((h) => h.questionId)).toEqual(['q1', 'q2', 'q3']);
    expect(Object.keys(reloaded.cards).sort()).toEqual(['q1', 'q2', 'q3']);
    // The first tab's next answer keeps the second's too.
    expect((await answer(a, 'q4')).history).toHaveLength(4);
  });
});
