/**
 * Dashboard numbers from the drill progress: accuracy per module and per fact, weakest topics,
 * cards due today. Shared by the drills page and the learning path's home (both read the same
 * data; features may not import each other). This module pulls in the question bank, so screens
 * that must stay light import it lazily.
 */
import { BANK } from './bank';
import { FACT_BY_ID } from './facts';
import type { Progress } from './progress';
import { cardsDueToday } from './scheduler';
import { MODULE_IDS, type ModuleId, type Question } from './types';

export interface Tally {
  answered: number;
  right: number;
}

export const accuracy = (t: Tally) => (t.answered ? Math.round((100 * t.right) / t.answered) : undefined);

/** Every graded answer: drill reviews and exam answers (lab misses count as wrong answers too). */
function answers(p: Progress): { questionId: string; correct: boolean }[] {
  return [...p.history, ...p.exams.flatMap((e) => e.answers)];
}

export function byModule(bank: Question[], p: Progress): Record<ModuleId, Tally> {
  const byId = new Map(bank.map((q) => [q.id, q]));
  const out = Object.fromEntries(MODULE_IDS.map((m) => [m, { answered: 0, right: 0 }])) as Record<ModuleId, Tally>;
  for (const a of answers(p)) {
    const q = byId.get(a.questionId);
    if (!q) continue;
    out[q.module].answered++;
    if (a.correct) out[q.module].right++;
  }
  return out;
}

/** The facts answered worst (at least one wrong answer), lowest accuracy first. */
export function weakestFacts(bank: Question[], p: Progress, n = 3): { text: string; tally: Tally; module: ModuleId }[] {
  const byId = new Map(bank.map((q) => [q.id, q]));
  const tallies = new Map<string, Tally>();
  for (const a of answers(p)) {
    for (const f of byId.get(a.questionId)?.facts ?? []) {
      const t = tallies.get(f) ?? { answered: 0, right: 0 };
      t.answered++;
      if (a.correct) t.right++;
      tallies.set(f, t);
    }
  }
  return [...tallies.entries()]
    .filter(([, t]) => t.right < t.answered)
    .sort((a, b) => a[1].right / a[1].answered - b[1].right / b[1].answered || b[1].answered - a[1].answered)
    .slice(0, n)
    .flatMap(([id, tally]) => {
      const fact = FACT_BY_ID.get(id);
      return fact ? [{ text: fact.text, tally, module: fact.module }] : [];
    });
}

export interface DrillSummary {
  byModule: Record<ModuleId, Tally>;
  weakest: { text: string; tally: Tally; module: ModuleId }[];
  dueToday: number;
}

/** Everything the learning path's dashboard shows about drills, over the whole bank. */
export const drillSummary = (p: Progress, now: Date): DrillSummary => ({
  byModule: byModule(BANK, p),
  weakest: weakestFacts(BANK, p),
  dueToday: cardsDueToday(p, now),
});
