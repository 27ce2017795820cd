/** The bank's integrity: ids, answers, explanations, links, wording, and coverage of every fact. */
import { describe, expect, it } from 'vitest';
import { BANK } from './bank';
import { FACT_BY_ID, FACTS } from './facts';
import { NUMBER_WORDS } from './grade';
import { TASK_BY_ID } from './tasks';
import { LAB_IDS, MODULE_IDS, type Question } from './types';

const countBy = (key: (q: Question) => string) => BANK.reduce<Record<string, number>>((m, q) => ((m[key(q)] = (m[key(q)] ?? 0) + 1), m), {});

/** Fact ids found under `facts`/`factIds` anywhere in a module's exports (the labs' coverage map). */
function factIdsIn(v: unknown, out = new Set<string>(), seen = new Set<unknown>()): Set<string> {
  if (!v || typeof v !== 'object' || seen.has(v)) return out;
  seen.add(v);
  for (const [k, x] of Object.entries(v)) {
    if ((k === 'facts' || k === 'factIds') && Array.isArray(x)) x.forEach((id) => typeof id === 'string' && out.add(id));
    else factIdsIn(x, out, seen);
  }
  return out;
}

describe('the question bank', () => {
  it('has at least 150 questions with unique ids', () => {
    expect(BANK.length).toBeGreaterThanOrEqual(150);
    expect(new Set(BANK.map((q) => q.id)).size).toBe(BANK.length);
  });

  it('uses every format and touches every module', () => {
    expect(Object.keys(countBy((q) => q.format)).sort()).toEqual(['cli', 'multiple', 'ordering', 'scenario', 'single', 'task']);
    for (const m of MODULE_IDS) expect(countBy((q) => q.module)[m], m).toBeGreaterThan(0);
  });

  it.each(BANK.map((q) => [q.id, q] as const))('%s is well formed', (_id, q) => {
    expect(MODULE_IDS).toContain(q.module);
    if (q.lab) expect(LAB_IDS).toContain(q.lab);
    expect(q.section.trim()).not.toBe('');
    expect(q.stem.trim()).not.toBe('');
    expect(q.explanation.trim()).not.toBe('');
    expect(q.facts.length).toBeGreaterThan(0);
    for (const f of q.facts) expect(FACT_BY_ID.has(f), `unknown fact ${f}`).toBe(true);
    if (q.format === 'single' || q.format === 'scenario' || q.format === 'multiple') {
      expect(q.options.length).toBeGreaterThanOrEqual(4);
      expect(new Set(q.options.map((o) => o.text)).size).toBe(q.options.length);
      for (const i of q.answer) expect(i >= 0 && i < q.options.length).toBe(true);
      expect(new Set(q.answer).size).toBe(q.answer.length);
      if (q.format === 'multiple') {
        expect(q.answer.length).toBeGreaterThanOrEqual(2);
        expect(q.stem).toContain(`(Choose ${NUMBER_WORDS[q.answer.length]}.)`);
        expect(q.options.length).toBeGreaterThan(q.answer.length + 1);
      } else {
        expect(q.answer).toHaveLength(1);
        expect(q.stem).not.toMatch(/Choose (two|three)/);
      }
      // Every option explains itself, and says Right or Wrong consistently with the answer.
      q.options.forEach((o, i) => {
        expect(o.why.trim().length, o.text).toBeGreaterThan(10);
        expect(o.why, o.text).toMatch(q.answer.includes(i) ? /^Right/ : /^Wrong/);
      });
    }
    if (q.format === 'ordering') {
      expect(q.steps.length).toBeGreaterThanOrEqual(3);
      expect(new Set(q.steps.map((s) => s.text)).size).toBe(q.steps.length);
      for (const s of q.steps) expect(s.why.trim()).not.toBe('');
    }
    if (q.format === 'cli' || q.format === 'task') {
      expect(q.model.trim()).not.toBe('');
      expect(q.pitfalls.length).toBeGreaterThan(0);
      for (const p of q.pitfalls) expect(p.why.trim()).not.toBe('');
    }
    if (q.format === 'task') expect(TASK_BY_ID.has(q.task)).toBe(true);
  });

  it('speaks both "CMK" and "KMS key", as exam questions do', () => {
    const text = BANK.map((q) => q.stem).join('\n');
    expect(text).toMatch(/\bCMK\b/);
    expect(text).toMatch(/\bKMS key\b/);
  });

  it('covers every fact of the notes and every current fact, by a question or a lab step', async () => {
    const covered = new Set(BANK.flatMap((q) => q.facts));
    // The labs engineer's map of lab steps to facts, when it exists (src/labs/coverage.ts).
    const labs = import.meta.glob('../labs/coverage.ts');
    for (const load of Object.values(labs)) {
      const mod = (await load()) as { COVERAGE?: Record<string, readonly string[]> };
      factIdsIn(mod, covered);
      // COVERAGE is keyed by fact id (fact -> where it is taught).
      for (const [fact, places] of Object.entries(mod.COVERAGE ?? {})) if (places.some((p) => p.startsWith('lab:'))) covered.add(fact);
    }
    const uncovered = FACTS.filter((f) => !covered.has(f.id)).map((f) => f.id);
    expect(uncovered).toEqual([]);
  });

  it('marks the facts that changed since the notes as current', () => {
    const current = FACTS.filter((f) => f.current).map((f) => f.id);
    expect(current).toEqual(expect.arrayContaining(['cur-rotation-period', 'cur-on-demand', 'cur-kms-key-name', 'cur-acm-export', 'cur-aws-managed-yearly']));
    expect(new Set(FACTS.map((f) => f.id)).size).toBe(FACTS.length);
  });

  it('keeps every bank file under 300 lines', async () => {
    const files = import.meta.glob('./bank/*.ts', { query: '?raw', import: 'default' });
    for (const [path, load] of Object.entries(files)) expect(String(await load()).split('\n').length, path).toBeLessThan(300);
  });
});
