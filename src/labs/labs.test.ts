/**
 * Proof of the labs (docs/architecture.md, "Labs and drills"): every lab's solution, replayed in a fresh account
 * after its setup (CLI lines through the real shell), makes every step's check pass in order;
 * and a plausible wrong attempt per lab fails the named step with a helpful, specific message.
 */
import { describe, expect, it } from 'vitest';
import { createCloud } from '@/cloud';
import { createShell } from '@/cli';
import { SimulatedClock, seededRandom } from '@/core';
import { LABS } from './catalog';
import { principalOf } from './driver';
import { checkLab, runCheck, runSolution, setupLab, type RunLine } from './runner';

const decoder = new TextDecoder();

function freshLab() {
  const cloud = createCloud({ clock: new SimulatedClock(Date.UTC(2026, 0, 1)), random: seededRandom(7) });
  const shell = createShell({ cloud, tty: false });
  const defaultCaller = shell.caller;
  const runLine: RunLine = async (line, as) => {
    shell.caller = principalOf(cloud, as) ?? defaultCaller;
    const r = await shell.run(line);
    return { status: r.status, stderr: decoder.decode(r.stderr) };
  };
  const fileExists = (p: string) => shell.vfs.exists(shell.vfs.resolve(shell.cwd, p));
  const readFile = (p: string) => (fileExists(p) ? shell.vfs.readFile(shell.vfs.resolve(shell.cwd, p)) : undefined);
  return { cloud, runLine, fileExists, readFile, history: () => shell.history() };
}

describe('labs catalogue', () => {
  it('has unique ids and numbers, three graduated hints, a solution per step and named wrong attempts', () => {
    expect(new Set(LABS.map((l) => l.id)).size).toBe(LABS.length);
    expect(LABS.map((l) => l.number)).toEqual(LABS.map((_, i) => i + 1));
    for (const lab of LABS) {
      expect(new Set(lab.steps.map((s) => s.id)).size, lab.id).toBe(lab.steps.length);
      for (const step of lab.steps) {
        expect(
          step.hints.every((h) => h.length > 10),
          `${lab.id}/${step.id}`,
        ).toBe(true);
        expect(step.solution.length, `${lab.id}/${step.id}`).toBeGreaterThan(0);
      }
      expect(lab.wrongAttempts.length, lab.id).toBeGreaterThan(0);
      expect(new Set(lab.wrongAttempts.map((w) => w.say)).size, lab.id).toBe(lab.wrongAttempts.length);
    }
  });
});

describe.each(LABS.map((l) => [l.id, l] as const))('lab %s', (_, lab) => {
  it('replays its solution: every check passes in order, none before its step', async () => {
    const { cloud, runLine, fileExists } = freshLab();
    await setupLab(lab, cloud);
    const memo = {};
    const first = await runCheck(lab.steps[0]!, cloud, { fileExists });
    expect(first.ok, `${lab.steps[0]!.id} passes before anything was done`).toBe(false);
    for (const step of lab.steps) {
      await runSolution(step.solution, cloud, runLine, memo);
      const result = await runCheck(step, cloud, { fileExists });
      expect(result, `${lab.id}/${step.id}`).toMatchObject({ ok: true });
    }
    const status = await checkLab(lab, cloud, { fileExists });
    expect(status.results.filter((r) => !r.result.ok).map((r) => `${r.step.id}: ${r.result.message}`)).toEqual([]);
    expect(status.complete).toBe(true);
  });

  it.each(lab.wrongAttempts.map((w) => [w.say, w] as const))('diagnoses the wrong attempt "%s" by name', async (_, attempt) => {
    const { cloud, runLine, fileExists, readFile, history } = freshLab();
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
