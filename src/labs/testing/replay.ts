/**
 * The labs' proof, shared by the test files (docs/architecture.md, "Labs and drills"): a lab's
 * solution, replayed in a fresh account after its setup (CLI lines through the real shell, with
 * the lab's starting files in CloudShell's home), makes every step's check pass in order; and each
 * wrong attempt fails its named step with its own message. labs.test.ts runs it for the first
 * labs; each later lab's own test file runs it (and more), so no test file grows past its budget.
 */
import { describe, expect, it } from 'vitest';
import { createCloud } from '@/cloud';
import { createShell } from '@/cli';
import { SimulatedClock, seededRandom, utf8 } from '@/core';
import { principalOf } from '@/labs/driver';
import { checkLab, runCheck, runSolution, setupLab, type RunLine } from '@/labs/runner';
import type { Lab } from '@/labs/types';

const decoder = new TextDecoder();

/** A fresh account and CloudShell with the lab's starting files (as Reset lab writes them). */
export function freshLab(lab: Lab) {
  const cloud = createCloud({ clock: new SimulatedClock(Date.UTC(2026, 0, 1)), random: seededRandom(7) });
  const shell = createShell({ cloud, tty: false });
  for (const [name, text] of Object.entries(lab.files ?? {})) shell.vfs.writeFile(shell.vfs.resolve(shell.cwd, name), utf8(text));
  const defaultCaller = shell.caller;
  const runLine: RunLine = async (line, as) => {
    shell.caller = principalOf(cloud, as) ?? defaultCaller;
    const r = await shell.run(line);
    return { status: r.status, stderr: decoder.decode(r.stderr) };
  };
  const fileExists = (p: string) => shell.vfs.exists(shell.vfs.resolve(shell.cwd, p));
  const readFile = (p: string) => (fileExists(p) ? shell.vfs.readFile(shell.vfs.resolve(shell.cwd, p)) : undefined);
  return { cloud, shell, runLine, fileExists, readFile, history: () => shell.history() };
}

/** Sets the lab up and replays its whole solution, checking each step after its actions; returns the account and shell. */
export async function replayLab(lab: Lab) {
  const fresh = freshLab(lab);
  const { cloud, runLine, fileExists, readFile } = fresh;
  await setupLab(lab, cloud);
  const memo = {};
  const first = await runCheck(lab.steps[0]!, cloud, { fileExists, readFile });
  expect(first.ok, `${lab.steps[0]!.id} passes before anything was done`).toBe(false);
  for (const step of lab.steps) {
    await runSolution(step.solution, cloud, runLine, memo);
    const result = await runCheck(step, cloud, { fileExists, readFile });
    expect(result, `${lab.id}/${step.id}`).toMatchObject({ ok: true });
  }
  const status = await checkLab(lab, cloud, { fileExists, readFile });
  expect(status.results.filter((r) => !r.result.ok).map((r) => `${r.step.id}: ${r.result.message}`)).toEqual([]);
  expect(status.complete).toBe(true);
  return fresh;
}

/** The replay and the wrong attempts of each lab, as Vitest tests. */
export function describeLabs(labs: readonly Lab[]): void {
  describe.each(labs.map((l) => [l.id, l] as const))('lab %s', (_, lab) => {
    it('replays its solution: every check passes in order, none before its step', async () => {
      await replayLab(lab);
    });

    it.each(lab.wrongAttempts.map((w) => [w.say, w] as const))('diagnoses the wrong attempt "%s" by name', async (_, attempt) => {
      const { cloud, runLine, fileExists, readFile, history } = freshLab(lab);
      await setupLab(lab, cloud);
      const memo = {};
      for (const step of lab.steps) {
        if (step.id === attempt.failingStep) break;
        await runSolution(step.solution, cloud, runLine, memo);
      }
      if (attempt.run) await runSolution([{ say: attempt.say, run: attempt.run }], cloud, runLine, memo);
      for (const line of attempt.cli ?? []) await runLine(line);
      const extras = { fileExists, readFile, history };
      const step = lab.steps.find((s) => s.id === attempt.failingStep)!;
      const result = await runCheck(step, cloud, extras);
      expect(result.ok).toBe(false);
      expect(result.message).toMatch(attempt.expect);
      const status = await checkLab(lab, cloud, extras);
      expect(status.current?.id).toBe(step.id);
    });
  });
}
