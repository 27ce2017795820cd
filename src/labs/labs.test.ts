/**
 * Proof of the labs (docs/architecture.md, "Labs and drills"): the catalogue's shape, and for labs
 * 1 to 11 the replayed solution and the diagnosed wrong attempts (testing/replay.ts). Each later
 * lab has its own test file (catalog/lab-NN-*.test.ts), which this file requires.
 */
import { describe, expect, it } from 'vitest';
import { LABS } from './catalog';
import { describeLabs } from './testing/replay';

/** Labs whose replay runs here; every later lab replays in its own test file. */
const HERE = 11;

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

  it(`has a test file replaying each lab after lab ${HERE}`, () => {
    const files = Object.keys(import.meta.glob('./catalog/lab-*.test.ts'));
    for (const lab of LABS.filter((l) => l.number > HERE)) {
      const file = files.find((f) => f.startsWith(`./catalog/lab-${String(lab.number).padStart(2, '0')}-`));
      expect(file, `lab ${lab.number} (${lab.id}) has no catalog/lab-${lab.number}-*.test.ts`).toBeDefined();
    }
  });
});

describeLabs(LABS.filter((l) => l.number <= HERE));
