/** The progress file: one versioned file with labs and drills; a bad file is rejected with the reason and applies nothing. */
import { describe, expect, it } from 'vitest';
import { emptyProgress, exportProgress, type Progress } from '@/quiz/progress';
import { review } from '@/quiz/scheduler';
import { applyProgressFile, exportProgressFile, hasProgress, parseProgressFile, type LabsPart, type ProgressTargets } from './progress-file';

const now = new Date('2026-11-28T10:00:00Z');
const labs: LabsPart = {
  progress: { 'iam-setup': { passed: ['group', 'users'], hints: { group: 1 }, completed: true } },
  last: { lab: 'create-cmk', step: 'key' },
};
const drills: Progress = review(emptyProgress(), { questionId: 'k101-what', correct: true }, now);
const good = () => JSON.parse(exportProgressFile(labs, drills, now));
const reasonOf = (v: unknown) => {
  const r = parseProgressFile(typeof v === 'string' ? v : JSON.stringify(v));
  if (r.ok) throw new Error('accepted');
  return r.reason;
};

describe('parseProgressFile', () => {
  it('reads back what it exported: labs and drills', () => {
    const r = parseProgressFile(exportProgressFile(labs, drills, now));
    expect(r).toEqual({ ok: true, file: { labs, drills } });
    expect(good()).toMatchObject({ format: 'kms-lab-progress', version: 1, exportedAt: now.toISOString() });
  });

  it('accepts an older drills-only export as drills only (labs left alone)', () => {
    const r = parseProgressFile(exportProgress(drills, now));
    expect(r).toEqual({ ok: true, file: { drills } });
  });

  it('rejects text that is not JSON, or a truncated file', () => {
    expect(reasonOf('not json')).toMatch(/^The file is not JSON, or it is incomplete \(/);
    const text = exportProgressFile(labs, drills, now);
    expect(reasonOf(text.slice(0, text.length / 2))).toMatch(/^The file is not JSON, or it is incomplete/);
    const { drills: _d, ...noDrills } = good();
    expect(reasonOf(noDrills)).toBe('The file has no drill progress ("drills" is missing); it may be truncated.');
    const { labs: _l, ...noLabs } = good();
    expect(reasonOf(noLabs)).toBe('The file has no lab progress ("labs" is missing); it may be truncated.');
  });

  it('rejects a foreign file (wrong or missing format name)', () => {
    expect(reasonOf({ ...good(), format: 'anki-deck' })).toBe('The file is not a KMS Lab progress file (its "format" is not "kms-lab-progress").');
    expect(reasonOf([1, 2])).toMatch(/is not a KMS Lab progress file/);
    expect(reasonOf({ labs: good().labs, drills: good().drills })).toMatch(/is not a KMS Lab progress file/);
  });

  it('rejects a file from a newer version, or without a version', () => {
    expect(reasonOf({ ...good(), version: 2 })).toBe('The file was written by a newer version of KMS Lab (file version 2; this one reads version 1).');
    expect(reasonOf({ ...good(), version: '1' })).toBe('The file has no version number.');
    expect(reasonOf({ ...good(), version: 0 })).toBe("The file's version 0 is not one KMS Lab knows.");
    const f = good();
    f.drills.version = 2;
    expect(reasonOf(f)).toMatch(/^The file's drill progress is not valid: it was written by a newer version/);
  });

  it('rejects wrong shapes in the labs part, naming the field', () => {
    const bad = (labsPart: unknown) => reasonOf({ ...good(), labs: labsPart });
    expect(bad([])).toBe("The file's lab progress is not valid: labs must be an object.");
    expect(bad({ progress: { 'no-such-lab': { passed: [], hints: {}, completed: false } } })).toBe(
      'The file\'s lab progress is not valid: labs.progress["no-such-lab"] is not a lab of KMS Lab.',
    );
    expect(bad({ progress: { 'iam-setup': { passed: 'group', hints: {}, completed: true } } })).toBe(
      'The file\'s lab progress is not valid: labs.progress["iam-setup"].passed must be a list of step ids.',
    );
    expect(bad({ progress: { 'iam-setup': { passed: [], hints: { group: 9 }, completed: true } } })).toBe(
      'The file\'s lab progress is not valid: labs.progress["iam-setup"].hints must map step ids to 0-3.',
    );
    expect(bad({ progress: { 'iam-setup': { passed: [], hints: {}, completed: 'yes' } } })).toBe(
      'The file\'s lab progress is not valid: labs.progress["iam-setup"].completed must be true or false.',
    );
    expect(bad({ progress: {}, last: { lab: 'gone' } })).toBe("The file's lab progress is not valid: labs.last.lab must be a lab of KMS Lab.");
  });

  it('rejects wrong shapes in the drills part, naming the field', () => {
    const f = good();
    f.drills.history[0].rating = 7;
    expect(reasonOf(f)).toBe("The file's drill progress is not valid: drills.history[0].rating must be one of 1, 2, 3, 4.");
    const g = good();
    g.drills.cards = [];
    expect(reasonOf(g)).toBe("The file's drill progress is not valid: drills.cards must be an object.");
  });
});

/** In-memory stand-ins for the drill store and the lab store, with injectable failures. */
function targets(o: { failDrills?: boolean; failLabs?: boolean } = {}) {
  const state = { drills: structuredClone(drills), labs: structuredClone(labs), drillWrites: 0 };
  const t: ProgressTargets = {
    readDrills: async () => state.drills,
    writeDrills: async (p) => {
      if (o.failDrills) throw new Error('QuotaExceededError');
      state.drillWrites++;
      state.drills = structuredClone(p);
    },
    readLabs: () => state.labs,
    writeLabs: (l) => {
      if (o.failLabs) throw new Error('storage broken');
      state.labs = structuredClone(l);
    },
  };
  return { t, state };
}

describe('applyProgressFile', () => {
  const incoming = { labs: { progress: {} }, drills: emptyProgress() };

  it('replaces both parts', async () => {
    const { t, state } = targets();
    await applyProgressFile(incoming, t);
    expect(state).toMatchObject({ drills: emptyProgress(), labs: { progress: {} } });
  });

  it('applies nothing when the drills cannot be written', async () => {
    const { t, state } = targets({ failDrills: true });
    await expect(applyProgressFile(incoming, t)).rejects.toThrow('QuotaExceededError');
    expect(state.drills).toEqual(drills);
    expect(state.labs).toEqual(labs);
  });

  it('puts the drills back when the labs cannot be written', async () => {
    const { t, state } = targets({ failLabs: true });
    await expect(applyProgressFile(incoming, t)).rejects.toThrow('storage broken');
    expect(state.drills).toEqual(drills);
    expect(state.drillWrites).toBe(2);
    expect(state.labs).toEqual(labs);
  });

  it('leaves the labs alone for a drills-only file', async () => {
    const { t, state } = targets();
    await applyProgressFile({ drills: emptyProgress() }, t);
    expect(state.labs).toEqual(labs);
  });

  it('knows when there is progress to protect', () => {
    expect(hasProgress({ progress: {} }, emptyProgress())).toBe(false);
    expect(hasProgress(labs, emptyProgress())).toBe(true);
    expect(hasProgress({ progress: {} }, drills)).toBe(true);
  });
});
