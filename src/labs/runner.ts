/**
 * Running labs: build a lab's starting state, check its steps in order, and replay its
 * solution. The shell is injected (`runLine`) because labs may not depend on the CLI; the app
 * and the tests lend theirs.
 */
import type { Cloud } from '@/cloud';
import { createDriver } from './driver';
import type { CheckExtras, CheckResult, Lab, LabStep, SolutionAction } from './types';

/** Runs a shell line as the named IAM user (or the shell's default identity). */
export type RunLine = (line: string, as?: string) => Promise<{ status: number; stderr: string }>;

export async function setupLab(lab: Lab, cloud: Cloud): Promise<void> {
  if (lab.setup) await lab.setup(createDriver(cloud));
}

/** A check that throws is a bug of ours: report it as a failed check with the reason, never crash the panel. */
export async function runCheck(step: LabStep, cloud: Cloud, extras?: CheckExtras): Promise<CheckResult> {
  try {
    return await step.check(cloud, extras);
  } catch (e) {
    return { ok: false, message: `The check could not run (${e instanceof Error ? e.message : String(e)}).` };
  }
}

export interface LabStatus {
  results: { step: LabStep; result: CheckResult }[];
  /** The first step whose check fails (undefined when all pass). */
  current?: LabStep;
  complete: boolean;
}

/** Checks the steps in order: every step up to the first failing one. */
export async function checkLab(lab: Lab, cloud: Cloud, extras?: CheckExtras): Promise<LabStatus> {
  const results: LabStatus['results'] = [];
  for (const step of lab.steps) {
    const result = await runCheck(step, cloud, extras);
    results.push({ step, result });
    if (!result.ok) return { results, current: step, complete: false };
  }
  return { results, complete: true };
}

export async function runSolution(actions: SolutionAction[], cloud: Cloud, runLine?: RunLine, memo: Record<string, unknown> = {}): Promise<void> {
  const driver = { ...createDriver(cloud), memo };
  for (const a of actions) {
    if ('cli' in a) {
      if (!runLine) throw new Error('This solution needs a shell');
      const r = await runLine(a.cli, a.as);
      // Some solution lines are expected to fail (the lesson is the error); they say so with `|| true`.
      if (r.status !== 0 && !a.cli.endsWith('|| true')) throw new Error(`\`${a.cli}\` exited ${r.status}: ${r.stderr}`);
    } else await a.run(driver);
  }
}

/** Text of a solution action, as the panel shows it. */
export const describeAction = (a: SolutionAction): { kind: 'cli' | 'console'; text: string } =>
  'cli' in a ? { kind: 'cli', text: a.as ? `# signed in as ${a.as}\n${a.cli}` : a.cli } : { kind: 'console', text: a.say };
