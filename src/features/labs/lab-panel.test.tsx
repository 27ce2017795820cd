// @vitest-environment jsdom
/** The lab panel as a learner uses it: failed check with its message, graduated hints, solution behind a confirmation, reset, completion. */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCloud } from '@/cloud';
import { SimulatedClock } from '@/core/clock';
import { loadProgress as loadDrills, memoryBackend, setProgressBackend } from '@/quiz/store';
import { attachCloud } from '@/state/console-store';
import { hydrateLabProgress, loadProgress, openLab, useLabSession } from '@/state/lab-progress';
import { LabPanel } from './lab-panel';

let cloud: ReturnType<typeof createCloud>;
let stored: unknown;
const memoryDb = { read: async () => stored, write: async (v: unknown) => void (stored = structuredClone(v)) };

beforeEach(async () => {
  localStorage.clear();
  stored = undefined;
  await hydrateLabProgress(memoryDb);
  useLabSession.setState({ activeLab: undefined, activeStep: undefined, panelOpen: false, progress: {}, last: undefined, notice: undefined });
  cloud = createCloud({ clock: new SimulatedClock(Date.UTC(2026, 0, 1)) });
  attachCloud(cloud);
  setProgressBackend(memoryBackend());
});
afterEach(cleanup);

describe('LabPanel', () => {
  it('checks progress, announcing the failure and then the pass', async () => {
    act(() => openLab('iam-setup'));
    render(<LabPanel />);
    expect(screen.getByRole('heading', { name: 'IAM setup for KMS' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Check my progress' }));
    const status = screen.getAllByRole('status').at(-1)!;
    expect(await within(status).findByText(/There is no IAM user group named myKMSGroup yet/)).toBeTruthy();

    await cloud.call({ service: 'iam', operation: 'CreateGroup', input: { GroupName: 'myKMSGroup' } });
    await cloud.call({
      service: 'iam',
      operation: 'AttachGroupPolicy',
      input: { GroupName: 'myKMSGroup', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Check my progress' }));
    expect(await within(status).findByText(/No IAM user named myKeyManager or myKeyUser yet/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /Create the group myKMSGroup.*\(passed\)/ })).toBeTruthy();
    await Promise.resolve();
    expect((stored as { progress: Record<string, { passed: string[] }> }).progress['iam-setup']!.passed).toEqual(['group']);
    // Each missed check entered the drills' review queue with the facts of its step.
    const misses = (await loadDrills()).labMisses;
    expect(misses.map((m) => m.where)).toEqual(['lab:iam-setup/group', 'lab:iam-setup/users']);
    expect(misses[0]!.factIds).toEqual(['iam-setup']);
  });

  it('reveals hints one level at a time and the solution only after confirming', async () => {
    act(() => openLab('create-cmk', 'users'));
    render(<LabPanel />);
    expect(screen.getByRole('heading', { name: /Step 3: Make myKeyUser a key user/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show a hint (1 of 3)' }));
    expect(screen.getByText(/Key users perform the cryptographic operations/)).toBeTruthy();
    expect(screen.queryByText(/Key policy tab > Key users > Add/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show the next hint (2 of 3)' }));
    expect(screen.getByText(/Key policy tab > Key users > Add/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show solution' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/You learn more by trying the hints first/)).toBeTruthy();
    expect(screen.queryByText(/put-key-policy/)).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Show solution' }));
    expect(await screen.findByText(/aws kms put-key-policy --key-id \$KEY_ID/)).toBeTruthy();
  });

  it("resets the account to the lab's starting state after a confirmation, then completes", async () => {
    await cloud.call({ service: 'iam', operation: 'CreateUser', input: { UserName: 'stranger' } });
    act(() => openLab('iam-setup'));
    render(<LabPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Reset lab' }));
    const dialog = await screen.findByRole('dialog');
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Reset lab' })));
    expect(Object.keys(cloud.state.iam.users)).not.toContain('stranger');
    for (const [op, input] of [
      ['CreateGroup', { GroupName: 'myKMSGroup' }],
      ['AttachGroupPolicy', { GroupName: 'myKMSGroup', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }],
      ['CreateUser', { UserName: 'myKeyManager' }],
      ['CreateUser', { UserName: 'myKeyUser' }],
      ['AddUserToGroup', { GroupName: 'myKMSGroup', UserName: 'myKeyManager' }],
      ['AddUserToGroup', { GroupName: 'myKMSGroup', UserName: 'myKeyUser' }],
    ] as const)
      await cloud.call({ service: 'iam', operation: op, input });
    fireEvent.click(screen.getByRole('button', { name: 'Check my progress' }));
    expect(await screen.findByRole('heading', { name: 'Lab complete' })).toBeTruthy();
    expect(useLabSession.getState().progress['iam-setup']?.completed).toBe(true);
  });
});

describe('stored progress', () => {
  it('ignores unreadable data with a notice, and keeps valid entries of known labs', () => {
    expect(loadProgress({ getItem: () => '{not json' })).toMatchObject({ progress: {}, notice: expect.stringMatching(/could not be read/) });
    const good = {
      progress: {
        'iam-setup': { passed: ['group'], hints: { group: 2 }, completed: false },
        'no-such-lab': { passed: [], hints: {}, completed: true },
        'create-cmk': { passed: 'x' },
      },
      last: { lab: 'iam-setup' },
    };
    const loaded = loadProgress({ getItem: () => JSON.stringify(good) });
    expect(loaded.notice).toBeUndefined();
    expect(Object.keys(loaded.progress)).toEqual(['iam-setup']);
    expect(loaded.last).toEqual({ lab: 'iam-setup', step: undefined });
  });
});
