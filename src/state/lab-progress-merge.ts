/**
 * Lab progress kept in two tabs at once: each save applies this tab's changes to what is stored
 * at that moment (another tab may have saved since), instead of replacing it. Per lab, against
 * what this tab last read or wrote (`base`): a lab only this tab changed takes this tab's entry
 * (a Reset lab included), a lab only the other tab changed keeps the stored entry, and a lab both
 * changed gets both: the steps either passed, the most hints either revealed, completed if either
 * completed it.
 */
import { dict } from '@/core/dict';
import type { LabProgress } from './lab-progress-record';

type Labs = Record<string, LabProgress>;

const same = (a: LabProgress | undefined, b: LabProgress | undefined) => JSON.stringify(a) === JSON.stringify(b);

function both(a: LabProgress, b: LabProgress): LabProgress {
  const hints = dict<number>(Object.entries(b.hints));
  for (const [step, n] of Object.entries(a.hints)) hints[step] = Math.max(n, Object.hasOwn(hints, step) ? hints[step]! : 0);
  return { passed: [...new Set([...a.passed, ...b.passed])], hints, completed: a.completed || b.completed };
}

export function mergeLabProgress(base: Labs, mine: Labs, stored: Labs): Labs {
  const out = dict<LabProgress>();
  for (const lab of new Set([...Object.keys(mine), ...Object.keys(stored)])) {
    const b = Object.hasOwn(base, lab) ? base[lab] : undefined;
    const m = Object.hasOwn(mine, lab) ? mine[lab] : undefined;
    const s = Object.hasOwn(stored, lab) ? stored[lab] : undefined;
    const entry = same(m, b) ? s : same(s, b) || !s ? m : m ? both(m, s) : s;
    if (entry) out[lab] = entry;
  }
  return out;
}
