/** Every fact of the course notes is taught somewhere, and every reference points to a real section or lab step. */
import { describe, expect, it } from 'vitest';
import { LABS } from './catalog';
import { COVERAGE, factsOfStep } from './coverage';
import { MODULES } from './modules';

const exists = (where: string): boolean => {
  const [kind, rest] = where.split(':') as [string, string];
  const [a, b] = rest.split('/');
  if (kind === 'section') return !!MODULES.find((m) => m.id === a)?.sections.some((s) => s.id === b);
  return !!LABS.find((l) => l.id === a)?.steps.some((s) => s.id === b);
};

/**
 * The fact ids of src/quiz/facts.ts, read as text: src/labs may not import src/quiz (docs/architecture.md,
 * "The dependency rule"), and the list is data (`['fact-id', 'text' ...]` rows, on one line or with the id on the next).
 */
async function quizFactIds(): Promise<string[]> {
  const files = import.meta.glob('../quiz/facts.ts', { query: '?raw', import: 'default' });
  const load = Object.values(files)[0];
  if (!load) return [];
  return [...String(await load()).matchAll(/^\s+\[\s*'([a-z0-9-]+)',/gm)].map((m) => m[1]!);
}

describe('coverage', () => {
  it('maps every fact to at least one existing section or lab step', () => {
    for (const [fact, places] of Object.entries(COVERAGE)) {
      expect(places.length, fact).toBeGreaterThan(0);
      expect(
        places.filter((p) => !exists(p)),
        fact,
      ).toEqual([]);
    }
  });

  it("covers every fact of the drills' fact list (src/quiz/facts.ts)", async () => {
    const ids = await quizFactIds();
    expect(ids.length).toBeGreaterThan(50);
    expect(ids.filter((id) => !COVERAGE[id])).toEqual([]);
    expect(Object.keys(COVERAGE).filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('has every lab in a module of the path, and every module unique', () => {
    const ids = MODULES.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const lab of LABS) expect(ids, lab.id).toContain(lab.module);
  });

  it('names the facts of a lab step, and rejects a reference to a missing place', () => {
    expect(factsOfStep('rotation', 'decrypt-old')).toEqual(expect.arrayContaining(['rot-keeps-old']));
    expect(exists('section:kms-101/nope')).toBe(false);
    expect(exists('lab:rotation/nope')).toBe(false);
  });
});
