/**
 * The bank's integrity, as an exam-bank editor checks it: ids, answers, explanations and their
 * documentation links, formats (multiple response with six or more options, matching, ordering),
 * difficulty spread, Specialty-level scenarios, the longest-option cue, near-duplicates, domain
 * coverage for the exam, and the facts map (every fact covered; Specialty facts by two questions
 * and a lab step, or listed as waiting for their lab).
 */
import { describe, expect, it } from 'vitest';
import { BANK } from './bank';
import { countBy, longestShare, shortestShare, similarPairs } from './bank-metrics';
import { DOCS } from './docs';
import { domainQuota, examPool, SCS_C03 } from './exam';
import { FACT_BY_ID, FACTS } from './facts';
import { NUMBER_WORDS } from './grade';
import type { SpecialtyFact } from './specialty';
import { LAB_PENDING } from './specialty/lab-pending';
import { TASK_BY_ID } from './tasks';
import { DOMAIN_IDS, LAB_IDS, LAB_SLUGS, matchChoices, MODULE_IDS, TOPIC_IDS, type Question } from './types';

/** The bank's size and shape targets. */
const MIN_QUESTIONS = 300;
const MIN_SPECIALTY_SCENARIOS = 150;
const MAX_LONGEST_SHARE = 35;
/** Below this, "never the longest" would be a cue of its own. */
const MIN_LONGEST_SHARE = 10;

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

/** The labs' map of facts to places (src/labs/coverage.ts), read without importing src/labs (docs/architecture.md, "The dependency rule"). */
async function labCoverage(): Promise<Record<string, readonly string[]>> {
  const files = import.meta.glob('../labs/coverage.ts');
  const load = Object.values(files)[0];
  return load ? (((await load()) as { COVERAGE?: Record<string, readonly string[]> }).COVERAGE ?? {}) : {};
}

/** The steps of the guided labs that exist, as `lab:<lab>/<step>`. */
async function labSteps(): Promise<Set<string>> {
  const files = import.meta.glob('../labs/catalog/index.ts');
  const load = Object.values(files)[0];
  if (!load) return new Set();
  const { LABS } = (await load()) as { LABS: { id: string; steps: { id: string }[] }[] };
  return new Set(LABS.flatMap((l) => l.steps.map((s) => `lab:${l.id}/${s.id}`)));
}

const specialtyFacts = FACTS.filter((f): f is SpecialtyFact => !!f.specialty);
const isChoice = (q: Question) => q.format === 'single' || q.format === 'scenario' || q.format === 'multiple';

describe('the question bank', () => {
  it(`has at least ${MIN_QUESTIONS} questions with unique ids`, () => {
    expect(BANK.length).toBeGreaterThanOrEqual(MIN_QUESTIONS);
    expect(new Set(BANK.map((q) => q.id)).size).toBe(BANK.length);
  });

  it('uses every format, every topic and every exam domain', () => {
    expect(Object.keys(countBy(BANK, (q) => q.format)).sort()).toEqual(['cli', 'matching', 'multiple', 'ordering', 'scenario', 'single', 'task']);
    for (const t of TOPIC_IDS) expect(countBy(BANK, (q) => q.topic)[t], t).toBeGreaterThan(0);
    for (const d of DOMAIN_IDS) expect(countBy(BANK, (q) => q.domain)[d], d).toBeGreaterThan(0);
  });

  it.each(BANK.map((q) => [q.id, q] as const))('%s is well formed', (_id, q) => {
    expect(TOPIC_IDS).toContain(q.topic);
    expect(DOMAIN_IDS).toContain(q.domain);
    expect([1, 2, 3]).toContain(q.difficulty);
    if (q.module !== undefined || q.section !== undefined) {
      expect(MODULE_IDS).toContain(q.module);
      expect(q.section!.trim()).not.toBe('');
    }
    if (q.lab) expect(LAB_IDS).toContain(q.lab);
    expect(q.stem.trim()).not.toBe('');
    expect(q.explanation.trim().length).toBeGreaterThan(10);
    expect(q.facts.length).toBeGreaterThan(0);
    for (const f of q.facts) expect(FACT_BY_ID.has(f), `unknown fact ${f}`).toBe(true);
    // Every item links the AWS documentation it rests on.
    expect(q.docs.length, 'documentation links').toBeGreaterThan(0);
    for (const d of q.docs) expect(DOCS[d], `unknown doc ${d}`).toBeDefined();
    if (isChoice(q) && 'options' in q) {
      expect(q.options.length).toBeGreaterThanOrEqual(4);
      expect(new Set(q.options.map((o) => o.text)).size).toBe(q.options.length);
      for (const i of q.answer) expect(i >= 0 && i < q.options.length).toBe(true);
      expect(new Set(q.answer).size).toBe(q.answer.length);
      if (q.format === 'multiple') {
        expect(q.answer.length).toBeGreaterThanOrEqual(2);
        expect(q.stem).toContain(`(Choose ${NUMBER_WORDS[q.answer.length]}.)`);
        // As on SCS-C03: six or more options.
        expect(q.options.length).toBeGreaterThanOrEqual(6);
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
      for (const s of q.steps) expect(s.why.trim().length).toBeGreaterThan(10);
    }
    if (q.format === 'matching') {
      expect(q.pairs.length).toBeGreaterThanOrEqual(3);
      expect(new Set(q.pairs.map((p) => p.item)).size).toBe(q.pairs.length);
      for (const p of q.pairs) expect(p.why.trim().length, p.item).toBeGreaterThan(10);
      expect(matchChoices(q).length).toBeGreaterThanOrEqual(q.pairs.length > 3 ? 4 : 3);
      for (const d of q.distractors) {
        expect(q.pairs.map((p) => p.match)).not.toContain(d.text);
        expect(d.why, d.text).toMatch(/^Wrong/);
      }
    }
    if (q.format === 'cli' || q.format === 'task') {
      expect(q.model.trim()).not.toBe('');
      expect(q.pitfalls.length).toBeGreaterThan(0);
      for (const p of q.pitfalls) expect(p.why.trim()).not.toBe('');
    }
    if (q.format === 'task') expect(TASK_BY_ID.has(q.task)).toBe(true);
  });

  it('links only AWS documentation pages, over https', () => {
    for (const [id, d] of Object.entries(DOCS)) {
      expect(new URL(d.url).protocol, id).toBe('https:');
      expect(['docs.aws.amazon.com', 'aws.amazon.com'], id).toContain(new URL(d.url).hostname);
      expect(d.title.trim(), id).not.toBe('');
    }
  });

  it('names only labs that exist', async () => {
    const files = import.meta.glob('../labs/lab-ids.ts');
    const { LAB_IDS: existing } = (await Object.values(files)[0]!()) as { LAB_IDS: readonly string[] };
    for (const slug of Object.values(LAB_SLUGS)) expect(existing).toContain(slug);
  });

  it(`has at least ${MIN_SPECIALTY_SCENARIOS} Specialty-level scenarios, each a situation with constraints and reasoned distractors`, () => {
    const items = BANK.filter((q) => q.format === 'scenario' && q.difficulty === 3);
    expect(items.length).toBeGreaterThanOrEqual(MIN_SPECIALTY_SCENARIOS);
    for (const q of items) {
      if (!('options' in q)) continue;
      expect(q.stem.split(/\s+/).length, `${q.id}: a situation, not a one-liner`).toBeGreaterThanOrEqual(30);
      expect(q.options.length, q.id).toBeGreaterThanOrEqual(4);
      for (const [i, o] of q.options.entries()) if (!q.answer.includes(i)) expect(o.why.length, `${q.id}: why "${o.text}" is wrong`).toBeGreaterThanOrEqual(40);
    }
  });

  it('spreads the items over the three difficulty ratings', () => {
    const by = countBy(BANK, (q) => String(q.difficulty));
    for (const level of ['1', '2', '3']) expect((100 * (by[level] ?? 0)) / BANK.length, `difficulty ${level}`).toBeGreaterThanOrEqual(10);
  });

  it(`keeps the right option the longest in at most ${MAX_LONGEST_SHARE}% of single-answer items (and not never), and the shortest too`, () => {
    const longest = longestShare(BANK);
    expect(longest.share, `right option longest in ${longest.count} of ${longest.of}`).toBeLessThanOrEqual(MAX_LONGEST_SHARE);
    expect(longest.share, `right option longest in ${longest.count} of ${longest.of}`).toBeGreaterThanOrEqual(MIN_LONGEST_SHARE);
    const shortest = shortestShare(BANK);
    expect(shortest.share, `right option shortest in ${shortest.count} of ${shortest.of}`).toBeLessThanOrEqual(MAX_LONGEST_SHARE);
  });

  it('has no two questions giving the same answer to the same situation', () => {
    expect(similarPairs(BANK)).toEqual([]);
  });

  it('finds the near-duplicates an editor removed (the similarity check can fail)', () => {
    const q = (id: string, stem: string, right: string, fact: string): Question => ({
      id,
      stem,
      explanation: 'x',
      facts: [fact],
      topic: 'acm',
      domain: 'infrastructure',
      difficulty: 1,
      docs: ['cloudfrontHttps'],
      format: 'single',
      options: [
        { text: right, why: 'Right' },
        { text: 'Any Region', why: 'Wrong' },
      ],
      answer: [0],
    });
    const removed = [
      q(
        'acm-cloudfront-tip',
        'In which Region must an ACM certificate be for use with Amazon CloudFront?',
        'US East (N. Virginia), us-east-1',
        'acm-cloudfront-us-east-1',
      ),
      q('rev-acm-cloudfront', 'Which certificate can a CloudFront distribution use?', 'An ACM certificate in us-east-1', 'acm-cloudfront-us-east-1'),
      q(
        'k101-kms-key-name',
        'An older study guide says "customer master key (CMK)". What does the current AWS documentation call it?',
        'A KMS key',
        'cur-kms-key-name',
      ),
      q(
        'rev-kms-key-term',
        'An exam question mentions a "KMS key" while your notes say "CMK". How should you read it?',
        'They are the same thing: KMS key is the current name',
        'cur-kms-key-name',
      ),
    ];
    expect(similarPairs(removed).map((p) => [p.a, p.b])).toEqual([
      ['acm-cloudfront-tip', 'rev-acm-cloudfront'],
      ['k101-kms-key-name', 'rev-kms-key-term'],
    ]);
  });

  it('has enough exam items in every domain to fill the SCS-C03 form by its weights', () => {
    const scored = domainQuota(SCS_C03.scored);
    const unscored = domainQuota(SCS_C03.unscored);
    const pool = examPool(BANK);
    for (const d of DOMAIN_IDS) expect(pool.filter((q) => q.domain === d).length, d).toBeGreaterThanOrEqual(scored[d] + unscored[d]);
  });

  it('speaks both "CMK" and "KMS key", as exam questions do', () => {
    const text = BANK.map((q) => q.stem).join('\n');
    expect(text).toMatch(/\bCMK\b/);
    expect(text).toMatch(/\bKMS key\b/);
  });

  it('covers every fact of the course notes and every current fact, by a question or a lab step', async () => {
    const covered = new Set(BANK.flatMap((q) => q.facts));
    const coverage = await labCoverage();
    factIdsIn(coverage, covered);
    for (const [fact, places] of Object.entries(coverage)) if (places.some((p) => p.startsWith('lab:'))) covered.add(fact);
    const uncovered = FACTS.filter((f) => !f.specialty && !covered.has(f.id)).map((f) => f.id);
    expect(uncovered).toEqual([]);
  });

  it('covers every Specialty fact with at least two questions and its documentation', () => {
    expect(specialtyFacts.length).toBeGreaterThan(0);
    const thin = specialtyFacts.filter((f) => BANK.filter((q) => q.facts.includes(f.id)).length < 2).map((f) => f.id);
    expect(thin).toEqual([]);
    for (const f of specialtyFacts) {
      expect(f.docs.length, f.id).toBeGreaterThan(0);
      for (const d of f.docs) expect(DOCS[d], `${f.id}: unknown doc ${d}`).toBeDefined();
    }
  });

  it('gives every Specialty fact a lab step, or lists it as waiting for its lab (a list that only shrinks)', async () => {
    const steps = await labSteps();
    const coverage = await labCoverage();
    const stepsOf = (id: string) => [...(specialtyFacts.find((f) => f.id === id)?.labSteps ?? []), ...(coverage[id] ?? []).filter((p) => p.startsWith('lab:'))];
    for (const f of specialtyFacts) for (const s of f.labSteps) expect(steps.has(s), `${f.id}: no lab step ${s}`).toBe(true);
    const withoutLab = specialtyFacts.filter((f) => !stepsOf(f.id).length).map((f) => f.id);
    expect(withoutLab.sort()).toEqual(Object.keys(LAB_PENDING).sort());
  });

  it('marks the facts that changed since the notes as current', () => {
    const current = FACTS.filter((f) => f.current).map((f) => f.id);
    expect(current).toEqual(expect.arrayContaining(['cur-rotation-period', 'cur-on-demand', 'cur-kms-key-name', 'cur-acm-export', 'cur-aws-managed-yearly']));
    expect(new Set(FACTS.map((f) => f.id)).size).toBe(FACTS.length);
  });

  it('keeps every bank and facts file under 300 lines', async () => {
    const files = import.meta.glob(['./bank/*.ts', './specialty/*.ts'], { query: '?raw', import: 'default' });
    for (const [path, load] of Object.entries(files)) expect(String(await load()).split('\n').length, path).toBeLessThan(300);
  });
});
