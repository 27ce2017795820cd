/** Lab progress in IndexedDB: saved after each change, restored at start, old localStorage copies moved, bad records ignored. */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { closeLabPanel, hydrateLabProgress, labProgressSaved, openLab, recordCheck, setActiveStep, useLabSession } from './lab-progress';
import { labProgressDb } from './lab-progress-db';

let n = 0;
const freshDb = () => labProgressDb(`labs-test-${n++}`);
const reset = () => useLabSession.setState({ activeLab: undefined, activeStep: undefined, panelOpen: false, progress: {}, last: undefined, notice: undefined });
// Waits for the saves queued so far, not for an amount of time (which a loaded machine overruns).
const settle = () => labProgressSaved();

beforeEach(reset);

describe('lab progress storage', () => {
  it('saves every change to IndexedDB and restores it in a later visit', async () => {
    const db = freshDb();
    await hydrateLabProgress(db);
    recordCheck('iam-setup', ['group'], false, 'users');
    await settle();
    reset();
    await hydrateLabProgress(db);
    expect(useLabSession.getState().progress['iam-setup']).toEqual({ passed: ['group'], hints: {}, completed: false });
    expect(useLabSession.getState().last).toEqual({ lab: 'iam-setup', step: 'users' });
  });

  it('moves progress already in memory (from an old localStorage copy) into an empty database', async () => {
    const db = freshDb();
    useLabSession.setState({ progress: { 'create-cmk': { passed: ['key'], hints: { key: 2 }, completed: false } } });
    await hydrateLabProgress(db);
    await settle();
    expect(await db.read()).toMatchObject({ progress: { 'create-cmk': { passed: ['key'] } } });
  });

  it('ignores an unreadable record with a notice, without overwriting it until the learner changes something', async () => {
    const db = freshDb();
    await db.write({ progress: 'garbage' });
    await hydrateLabProgress(db);
    expect(useLabSession.getState().notice).toMatch(/could not be read/);
    expect(useLabSession.getState().progress).toEqual({});
    expect(await db.read()).toEqual({ progress: 'garbage' });
  });

  it('keeps working for the visit when storage fails, and says so', async () => {
    const broken = { read: () => Promise.reject(new Error('no IndexedDB')), write: () => Promise.reject(new Error('no IndexedDB')) };
    await hydrateLabProgress(broken);
    recordCheck('iam-setup', ['group'], false);
    expect(useLabSession.getState().progress['iam-setup']!.passed).toEqual(['group']);
    expect(useLabSession.getState().notice).toMatch(/cannot be saved/);
  });
});

describe('the open lab across a reload', () => {
  it('brings back the open lab and step; a closed panel stays closed', async () => {
    const db = freshDb();
    await hydrateLabProgress(db);
    openLab('create-cmk');
    setActiveStep('users');
    await settle();
    reset();
    await hydrateLabProgress(db);
    expect(useLabSession.getState()).toMatchObject({ activeLab: 'create-cmk', activeStep: 'users', panelOpen: true });

    closeLabPanel();
    await settle();
    reset();
    await hydrateLabProgress(db);
    expect(useLabSession.getState().panelOpen).toBe(false);
  });

  it('a lab opened by a link before the saved record is read wins over the saved one', async () => {
    const db = freshDb();
    await db.write({ progress: {}, open: { lab: 'rotation', step: 'travel' } });
    openLab('iam-setup');
    await hydrateLabProgress(db);
    expect(useLabSession.getState()).toMatchObject({ activeLab: 'iam-setup', panelOpen: true });
  });

  it('ignores a saved open lab that does not exist', async () => {
    const db = freshDb();
    await db.write({ progress: {}, open: { lab: 'no-such-lab' } });
    await hydrateLabProgress(db);
    expect(useLabSession.getState()).toMatchObject({ activeLab: undefined, panelOpen: false });
  });
});

describe('lab progress in two tabs', () => {
  it("keeps both tabs' steps: what one tab saved is merged, not replaced, by the other's next save", async () => {
    const name = `labs-test-two-tabs-${n++}`;
    const tab = async () => {
      vi.resetModules();
      const m = await import('./lab-progress');
      const { labProgressDb: dbOf } = await import('./lab-progress-db');
      await m.hydrateLabProgress(dbOf(name));
      return m;
    };
    const stored = async () => ((await labProgressDb(name).read()) as { progress: Record<string, { passed: string[] }> } | undefined)?.progress;
    const a = await tab();
    const b = await tab();
    a.recordCheck('iam-setup', ['group'], false);
    await expect.poll(async () => (await stored())?.['iam-setup']?.passed).toEqual(['group']);
    b.recordCheck('create-cmk', ['key'], false);
    b.revealHint('iam-setup', 'users');
    await expect.poll(async () => Object.keys((await stored()) ?? {}).sort()).toEqual(['create-cmk', 'iam-setup']);
    await expect.poll(async () => (await stored())?.['iam-setup']).toEqual({ passed: ['group'], hints: { users: 1 }, completed: false });
    // The second tab now shows the first tab's step too.
    await expect.poll(() => b.useLabSession.getState().progress['iam-setup']?.passed).toEqual(['group']);
    const reloaded = await tab();
    expect(reloaded.useLabSession.getState().progress['create-cmk']?.passed).toEqual(['key']);
    expect(reloaded.useLabSession.getState().progress['iam-setup']?.passed).toEqual(['group']);
  });
});
