// @vitest-environment jsdom
/** The learning path as a learner sees it: modules in course order, lab progress, "continue", module pages with diagrams. */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { person } from '@/components/testing/person';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { LABS, MODULES } from '@/labs';
import { emptyProgress } from '@/quiz/progress';
import { review } from '@/quiz/scheduler';
import { loadProgress, memoryBackend, setProgressBackend } from '@/quiz/store';
import { useLabSession } from '@/state/lab-progress';
import { exportProgressFile } from '@/state/progress-file';
import { LearnPage } from './learn-page';
import { ModulePage } from './module-page';

beforeEach(() => {
  useLabSession.setState({ progress: {}, last: undefined, panelOpen: false });
  setProgressBackend(memoryBackend());
});
afterEach(cleanup);

describe('LearnPage', () => {
  it('lists the course modules in order, with their labs and progress', () => {
    useLabSession.setState({
      progress: { 'iam-setup': { passed: ['group', 'users'], hints: {}, completed: true }, 'create-cmk': { passed: ['key'], hints: {}, completed: false } },
      last: { lab: 'create-cmk', step: 'administrators' },
    });
    render(<LearnPage />);
    const list = document.querySelector('.learn-modules') as HTMLElement;
    const titles = within(list)
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent);
    expect(titles).toEqual(MODULES.map((m, i) => `${i + 1}. ${m.title}`));
    expect(titles.slice(0, 3)).toEqual(['1. KMS 101', '2. Creating a CMK', '3. CMK summary']);
    const creating = screen.getByRole('heading', { name: '2. Creating a CMK' }).closest('li')!;
    expect(within(creating).getByText(/Labs: 1 of 4 complete/)).toBeTruthy();
    expect(within(creating).getByText(/1 of 3 steps passed/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /Continue where I left off: lab 2/ }).getAttribute('href')).toBe('#/labs/create-cmk/administrators');
    expect(screen.getByText(/Labs complete:/).textContent).toBe(`Labs complete: 1 of ${LABS.length}.`);
  });

  it('offers no "continue" link to a newcomer', () => {
    render(<LearnPage />);
    expect(screen.queryByRole('link', { name: /Continue where I left off/ })).toBeNull();
  });
});

describe('LearnPage dashboard', () => {
  // "Due today" ends at midnight: pin the clock at noon so a run near midnight sees the same day.
  const now = new Date(2026, 5, 1, 12, 0, 0);
  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
    // The dashboard loads the question bank lazily; load it once here, so the checks below wait
    // for the screen and not for the first compilation of the bank (slow on a busy machine).
    await import('@/quiz/dashboard');
  });
  afterAll(() => vi.useRealTimers());
  const labsDone = {
    'iam-setup': { passed: ['group'], hints: {}, completed: true },
    'create-cmk': { passed: [], hints: {}, completed: true },
    'cli-encrypt': { passed: [], hints: {}, completed: true },
  };

  it('shows modules done, accuracy per module, cards due today and weakest topics, linking to the drills', async () => {
    let p = review(emptyProgress(), { questionId: 'k101-what', correct: true }, now);
    p = review(p, { questionId: 'k101-what', correct: true }, now);
    // A wrong answer on a Creating-a-CMK question: the weakest topic, and the one card due again today (Again).
    const creating = (await import('@/quiz/bank')).BANK.find((q) => q.module === 'creating-a-cmk')!;
    p = review(p, { questionId: creating.id, correct: false }, now);
    setProgressBackend(memoryBackend(p));
    useLabSession.setState({ progress: labsDone });
    render(<LearnPage />);
    const dash = (await screen.findByRole('heading', { name: 'Your progress' })).closest('section')!;
    expect(within(dash).getByText(/^Modules done:/).textContent).toBe('Modules done: 1 of 8');
    expect(within(dash).getByText(/^Cards due today:/).textContent).toMatch(/^Cards due today: 1 —/);
    const table = within(dash).getByRole('table', { name: 'Drill accuracy by module' });
    const row = (name: RegExp) => within(table).getByRole('row', { name });
    expect(
      within(row(/1\. KMS 101/))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2', '100%', 'Yes']);
    expect(
      within(row(/2\. Creating a CMK/))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', '0%', 'No']);
    expect(
      within(row(/5\. Envelope encryption/))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0', 'not yet', 'No']);
    const weakest = within(dash).getByRole('heading', { name: 'Weakest topics' }).nextElementSibling as HTMLElement;
    expect(within(weakest).getAllByRole('listitem')[0]!.textContent).toContain('(0 of 1 right · Creating a CMK)');
    expect(within(dash).getByRole('link', { name: 'Review them in Exam drills' }).getAttribute('href')).toBe('#/drills');
    expect(within(dash).getByRole('link', { name: 'Go to Exam drills' }).getAttribute('href')).toBe('#/drills');
  });

  it('shows a newcomer zeros and no weak topics', async () => {
    render(<LearnPage />);
    expect((await screen.findByText(/^Modules done:/)).textContent).toBe('Modules done: 0 of 8');
    expect(screen.getByText(/No weak topics yet/)).toBeTruthy();
  });

  it('imports a progress file with labs and drills after asking, and rejects a bad one with the reason', async () => {
    const user = person();
    useLabSession.setState({ progress: { 'iam-setup': { passed: [], hints: {}, completed: false } } });
    const { container } = render(<LearnPage />);
    await screen.findByRole('heading', { name: 'Your progress' });
    const input = container.querySelector('input[type=file]') as HTMLInputElement;
    const file = (text: string, name: string) => new File([text], name, { type: 'application/json' });
    await user.upload(input, [file(JSON.stringify({ format: 'kms-lab-progress', version: 3 }), 'future.json')]);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'future.json was not imported. The file was written by a newer version of KMS Lab (file version 3; this one reads version 1).',
    );
    expect(useLabSession.getState().progress['iam-setup']?.completed).toBe(false);

    const drills = review(emptyProgress(), { questionId: 'k101-what', correct: true }, now);
    await user.upload(input, [file(exportProgressFile({ progress: labsDone, last: { lab: 'cli-encrypt' } }, drills, now), 'mine.json')]);
    const dialog = await screen.findByRole('dialog', { name: 'Replace your progress?' });
    expect(dialog.textContent).toContain("(0 labs complete, 0 cards, 0 reviews, 0 exams) with the file's (3 labs complete, 1 card, 1 review, 0 exams)");
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(useLabSession.getState().progress['create-cmk']).toBeUndefined();

    await user.upload(input, [file(exportProgressFile({ progress: labsDone, last: { lab: 'cli-encrypt' } }, drills, now), 'mine.json')]);
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Replace' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Imported mine.json: 3 labs complete, 1 card, 1 review, 0 exams.'));
    expect(useLabSession.getState().progress).toEqual(labsDone);
    expect((await loadProgress()).history).toHaveLength(1);
    expect(screen.getByRole('link', { name: /Continue where I left off: lab 3/ })).toBeTruthy();
  });
});

describe('ModulePage', () => {
  it("shows the sections, a diagram with a text alternative, and the module's labs", () => {
    render(<ModulePage id="envelope-encryption" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Envelope encryption' })).toBeTruthy();
    expect(screen.getByRole('img', { name: /Envelope encryption Inside KMS the CMK encrypts a new data key/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Lab 4: Generate a data key/ }).getAttribute('href')).toBe('#/labs/data-key');
    expect(screen.getByRole('link', { name: 'Key rotation' }).getAttribute('href')).toBe('#/learn/key-rotation');
  });

  it('marks content newer than the course, and answers an unknown module', () => {
    render(<ModulePage id="key-rotation" />);
    expect(screen.getByRole('heading', { name: /Since the course was recorded/ }).textContent).toContain('(current AWS, newer than the course)');
    cleanup();
    render(<ModulePage id="nope" />);
    expect(screen.getByRole('heading', { name: 'Module not found' })).toBeTruthy();
  });
});
