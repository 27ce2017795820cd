// @vitest-environment jsdom
/** The lab panel as a learner uses it: failed check with its message, graduated hints, solution behind a confirmation, reset, completion. */
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { person } from '@/components/testing/person';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCloud } from '@/cloud';
import { SimulatedClock } from '@/core/clock';
import { utf8 } from '@/core/bytes';
import { registerTerminalHome } from '@/state/terminal-home-slot';
import { HOME, STARTER_SECRET, Vfs, type VfsDirData } from '@/vfs';
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
    const user = person();
    act(() => openLab('iam-setup'));
    render(<LabPanel />);
    expect(screen.getByRole('heading', { name: 'IAM setup for KMS' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Check my progress' }));
    const status = screen.getAllByRole('status').at(-1)!;
    expect(await within(status).findByText(/There is no IAM user group named myKMSGroup yet/)).toBeTruthy();

    await cloud.call({ service: 'iam', operation: 'CreateGroup', input: { GroupName: 'myKMSGroup' } });
    await cloud.call({
      service: 'iam',
      operation: 'AttachGroupPolicy',
      input: { GroupName: 'myKMSGroup', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
    });
    await user.click(screen.getByRole('button', { name: 'Check my progress' }));
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
    const user = person();
    act(() => openLab('create-cmk', 'users'));
    render(<LabPanel />);
    expect(screen.getByRole('heading', { name: /Step 3: Make myKeyUser a key user/ })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Show a hint (1 of 3)' }));
    expect(screen.getByText(/Key users perform the cryptographic operations/)).toBeTruthy();
    expect(screen.queryByText(/Key policy tab > Key users > Add/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show the next hint (2 of 3)' }));
    expect(screen.getByText(/Key policy tab > Key users > Add/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Show solution' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/You learn more by trying the hints first/)).toBeTruthy();
    expect(screen.queryByText(/put-key-policy/)).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Show solution' }));
    expect(await screen.findByText(/aws kms put-key-policy --key-id \$KEY_ID/)).toBeTruthy();
  });

  it("resets the account and CloudShell's home to the lab's starting state after a confirmation naming what is lost, then completes", async () => {
    const user = person();
    await cloud.call({ service: 'iam', operation: 'CreateUser', input: { UserName: 'stranger' } });
    const home = new Vfs({ nowMs: () => 0 });
    home.mkdir(HOME, { parents: true });
    home.writeFile(`${HOME}/secret.txt`, utf8('changed'));
    home.writeFile(`${HOME}/notes.txt`, utf8('mine'));
    // The home directory as the CloudShell host lends it: /home/cloudshell-user's subtree.
    const homeNode = () => (home.toData().root.entries.home as VfsDirData).entries['cloudshell-user'] as VfsDirData;
    const unregister = registerTerminalHome({
      read: homeNode,
      replace: (h) => {
        const data = home.toData();
        (data.root.entries.home as VfsDirData).entries['cloudshell-user'] = h!;
        home.restore(data);
      },
    });
    act(() => openLab('iam-setup'));
    render(<LabPanel />);
    await user.click(screen.getByRole('button', { name: 'Reset lab' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/1 IAM user \(stranger\)/)).toBeTruthy();
    expect(within(dialog).getByText(/1 event of Event history/)).toBeTruthy();
    expect(within(dialog).getByText('notes.txt, secret.txt')).toBeTruthy();
    await act(async () => await user.click(within(dialog).getByRole('button', { name: 'Reset lab' })));
    unregister();
    expect(Object.keys(cloud.state.iam.users)).not.toContain('stranger');
    expect(home.readdir(HOME)).toEqual(['secret.txt']);
    expect(new TextDecoder().decode(home.readFile(`${HOME}/secret.txt`))).toBe(STARTER_SECRET);
    for (const [op, input] of [
      ['CreateGroup', { GroupName: 'myKMSGroup' }],
      ['AttachGroupPolicy', { GroupName: 'myKMSGroup', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }],
      ['CreateUser', { UserName: 'myKeyManager' }],
      ['CreateUser', { UserName: 'myKeyUser' }],
      ['AddUserToGroup', { GroupName: 'myKMSGroup', UserName: 'myKeyManager' }],
      ['AddUserToGroup', { GroupName: 'myKMSGroup', UserName: 'myKeyUser' }],
    ] as const)
      await cloud.call({ service: 'iam', operation: op, input });
    await user.click(screen.getByRole('button', { name: 'Check my progress' }));
    expect(await screen.findByRole('heading', { name: 'Lab complete' })).toBeTruthy();
    expect(useLabSession.getState().progress['iam-setup']?.completed).toBe(true);
    expect(within(screen.getAllByRole('status').at(-1)!).getByText(/lab 1 is complete/)).toBeTruthy();
    // A completed lab hides its hints and offers the next lab.
    expect(screen.queryByRole('button', { name: /Show a hint/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Next: lab 2, Create a CMK with alias, description, administrators and users' }).getAttribute('href')).toBe(
      '#/labs/create-cmk',
    );
  });

  it('brings each result into view, and replaces the announcement even when the message repeats', async () => {
    const user = person();
    const scrolled: unknown[] = [];
    Element.prototype.scrollIntoView = function (this: Element, o?: unknown) {
      scrolled.push([this.className, o]);
    } as Element['scrollIntoView'];
    act(() => openLab('iam-setup'));
    render(<LabPanel />);
    await user.click(screen.getByRole('button', { name: 'Check my progress' }));
    const status = screen.getAllByRole('status').at(-1)!;
    const first = await within(status).findByText(/There is no IAM user group/);
    await user.click(screen.getByRole('button', { name: 'Check my progress' }));
    await waitFor(() => expect(within(status).getByText(/There is no IAM user group/)).not.toBe(first));
    expect(scrolled).toEqual([
      ['lab-panel__result', { block: 'nearest', behavior: 'smooth' }],
      ['lab-panel__result', { block: 'nearest', behavior: 'smooth' }],
    ]);
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
