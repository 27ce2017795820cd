/** Progress storage: damaged data is set aside, updates are serialised, lab misses are recorded. */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyProgress } from './progress';
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
