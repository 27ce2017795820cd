// @vitest-environment jsdom
/** The drills screens as a learner sees them: a card, its explanation, its schedule; the progress file. */
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { person } from '@/components/testing/person';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyProgress, exportProgress } from '@/quiz/progress';
import { review } from '@/quiz/scheduler';
import { loadProgress, memoryBackend, setProgressBackend } from '@/quiz/store';
import { DrillsPage } from './drills-page';
import type { DrillRuntime } from './types';

const runtime: DrillRuntime = {
  newSandbox: () => Promise.reject(new Error('not used')),
  taskApi: () => ({ call: () => Promise.reject(Object.assign(new Error('nope'), { code: 'NotFoundException' })), now: () => new Date() }),
};

const file = (text: string, name = 'progress.json') => new File([text], name, { type: 'application/json' });

describe('drills page', () => {
  beforeEach(() => setProgressBackend(memoryBackend()));
  afterEach(cleanup);

  it('shows its heading and introduction while the saved progress is still loading', async () => {
    let release!: () => void;
    const slow = memoryBackend();
    const read = slow.read;
    slow.read = () =>
      new Promise((r) => {
        release = () => r(read());
      });
    setProgressBackend(slow);
    render(<DrillsPage runtime={runtime} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Exam drills' })).toBeTruthy();
    expect(screen.getByText(/questions for the AWS Certified Security - Specialty exam/)).toBeTruthy();
    expect(screen.getByText('Loading your progress…').getAttribute('aria-busy')).toBe('true');
    expect(screen.queryByRole('button', { name: 'Start drill' })).toBeNull();
    await act(async () => release());
    expect(await screen.findByRole('button', { name: 'Start drill' })).toBeTruthy();
    expect(screen.queryByText('Loading your progress…')).toBeNull();
  });

  it('answers a card, explains every option and schedules it', async () => {
    const user = person();
    render(<DrillsPage runtime={runtime} />);
    await user.click(await screen.findByRole('button', { name: 'Start drill' }));
    await user.click(await screen.findByLabelText(/A managed service that issues SSL\/TLS certificates for websites$/));
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    expect(await screen.findByRole('heading', { name: 'Incorrect' })).toBeTruthy();
    expect(screen.getByText('Wrong: that is AWS Certificate Manager (ACM).')).toBeTruthy();
    expect(screen.getByText('Your answer, wrong')).toBeTruthy();
    expect(screen.getByText('Right answer')).toBeTruthy();
    // The item's documentation is linked.
    expect(screen.getByRole('link', { name: 'AWS KMS concepts' }).getAttribute('href')).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    // After a wrong answer: Again or Hard, never Easy (nor Good).
    expect(screen.getByRole('button', { name: /^2\. Hard/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Easy/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Good/ })).toBeNull();
    await user.press(screen.getByRole('button', { name: /^1\. Again/ }), '4');
    expect((await loadProgress()).history).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: /^1\. Again/ }));
    await waitFor(() => expect(screen.getByText(/^Scheduled: .* is due again/)).toBeTruthy());
    const p = await loadProgress();
    expect(p.history).toMatchObject([{ questionId: 'k101-what', correct: false, rating: 1 }]);
  });

  it('gives focus to the suggested rating when Submit answer, which had it, goes away', async () => {
    const user = person();
    render(<DrillsPage runtime={runtime} />);
    await user.click(await screen.findByRole('button', { name: 'Start drill' }));
    await user.click(await screen.findByLabelText(/A managed service that issues SSL\/TLS certificates for websites$/));
    const submit = screen.getByRole('button', { name: 'Submit answer' });
    submit.focus();
    await user.click(submit);
    await screen.findByRole('heading', { name: 'Incorrect' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: /^1\. Again/ })));
  });

  it('offers every rating, Easy included, after a right answer', async () => {
    const user = person();
    render(<DrillsPage runtime={runtime} />);
    await user.click(await screen.findByRole('button', { name: 'Start drill' }));
    await user.click(await screen.findByLabelText(/A managed service to create and control the keys used to encrypt data$/));
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    expect(await screen.findByRole('heading', { name: 'Correct' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^[1-4]\. (Again|Hard|Good|Easy)/ })).toHaveLength(4);
  });

  it('shows the daily new-card limit and saves a new one', async () => {
    const user = person();
    render(<DrillsPage runtime={runtime} />);
    const field = (await screen.findByLabelText('New cards a day')) as HTMLInputElement;
    expect(field.value).toBe('10');
    expect(screen.getByText(/new cards left today \(of 10 a day\)/)).toBeTruthy();
    await user.fill(field, '0');
    expect(screen.getByText('Enter a whole number from 1 to 100.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
    await user.fill(field, '4');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved: 4 new cards a day.')).toBeTruthy();
    expect((await loadProgress()).settings).toEqual({ newPerDay: 4 });
    await waitFor(() => expect(screen.getByText(/new cards left today \(of 4 a day\)/)).toBeTruthy());
  });

  it('does not count failed lab checks as reviews or answers, and brings their cards forward', async () => {
    const user = person();
    const at = new Date().toISOString();
    await act(async () => {
      setProgressBackend(
        memoryBackend({ ...emptyProgress(), labMisses: [1, 2, 3, 4].map(() => ({ factIds: ['create-admins-users'], at, where: 'lab-2 step 2' })) }),
      );
    });
    render(<DrillsPage runtime={runtime} />);
    expect(await screen.findByText(/reviews so far/)).toBeTruthy();
    expect(screen.getByText(/reviews so far/).textContent).toMatch(/^0 reviews so far/);
    expect(screen.getByText(/new cards left today/).textContent).toMatch(/^10 new cards left today/);
    await user.click(screen.getByRole('button', { name: 'Start drill' }));
    // The first card is one the missed check is about, and still nothing was counted.
    const stem = (await screen.findByRole('heading', { name: 'Question' })).nextElementSibling!.textContent!;
    const p = await loadProgress();
    expect(p.history).toEqual([]);
    expect(p.labMisses).toEqual([]);
    expect(p.boosted!.length).toBeGreaterThan(0);
    expect(stem.length).toBeGreaterThan(0);
  });

  it('answers a matching item with the keyboard-operable list boxes, and explains every pair', async () => {
    const user = person();
    const { BANK } = await import('@/quiz/bank');
    const { matchChoices } = await import('@/quiz/types');
    const m = BANK.find((q) => q.format === 'matching')!;
    if (m.format !== 'matching') throw new Error('no matching item');
    render(<DrillsPage runtime={runtime} question={m.id} />);
    const submit = await screen.findByRole('button', { name: 'Submit answer' });
    expect((submit as HTMLButtonElement).disabled).toBe(true);
    for (const [i, p] of m.pairs.entries()) {
      const box = screen.getByLabelText((content) => content.endsWith(p.item)) as HTMLSelectElement;
      expect(box.tagName).toBe('SELECT');
      await user.selectOptions(box, String(matchChoices(m).indexOf(p.match)));
      if (i < m.pairs.length - 1) expect((submit as HTMLButtonElement).disabled).toBe(true);
    }
    await user.click(submit);
    expect(await screen.findByRole('heading', { name: 'Correct' })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Each item with its response' }).querySelectorAll('li')).toHaveLength(m.pairs.length);
  });

  it('names the response chosen for a wrongly matched item beside the right pair', async () => {
    const user = person();
    const { BANK } = await import('@/quiz/bank');
    const { matchChoices } = await import('@/quiz/types');
    const m = BANK.find((q) => q.format === 'matching')!;
    if (m.format !== 'matching') throw new Error('no matching item');
    render(<DrillsPage runtime={runtime} question={m.id} />);
    const submit = await screen.findByRole('button', { name: 'Submit answer' });
    // The first two items swapped, the others right.
    const swapped = m.pairs.map((p, i) => (i === 0 ? m.pairs[1]!.match : i === 1 ? m.pairs[0]!.match : p.match));
    for (const [i, p] of m.pairs.entries())
      await user.selectOptions(
        screen.getByLabelText((content) => content.endsWith(p.item)),
        String(matchChoices(m).indexOf(swapped[i]!)),
      );
    await user.click(submit);
    expect(await screen.findByRole('heading', { name: 'Incorrect' })).toBeTruthy();
    const items = screen.getByRole('list', { name: 'Each item with its response' }).querySelectorAll('li');
    expect(items[0]!.textContent).toContain(`Your answer, wrongYou chose: ${m.pairs[1]!.match}`);
    expect(items[1]!.textContent).toContain(`You chose: ${m.pairs[0]!.match}`);
    expect(items[2]!.textContent).toContain('Your answer, right');
    expect(items[2]!.textContent).not.toContain('You chose');
  });

  it('runs a simulator task check against the account', async () => {
    const user = person();
    render(<DrillsPage runtime={runtime} question="task-disable-key" />);
    await user.click(await screen.findByRole('button', { name: 'Check' }));
    expect(await screen.findByText('No key has the alias alias/drill-disabled in us-east-1.')).toBeTruthy();
  });

  it('rejects a bad progress file with the reason and asks before replacing progress', async () => {
    const user = person();
    await act(async () => {
      setProgressBackend(memoryBackend(review(emptyProgress(), { questionId: 'k101-what', correct: true }, new Date())));
    });
    const { container } = render(<DrillsPage runtime={runtime} />);
    await screen.findByRole('button', { name: 'Import progress' });
    const input = container.querySelector('input[type=file]') as HTMLInputElement;
    await user.upload(input, [file('not json', 'bad.json')]);
    expect((await screen.findByRole('alert')).textContent).toMatch(/^bad\.json was not imported\. The file is not JSON/);
    await user.upload(input, [file(exportProgress(emptyProgress(), new Date()), 'empty.json')]);
    const dialog = await screen.findByRole('dialog', { name: 'Replace your progress?' });
    expect(dialog.textContent).toContain('1 card, 1 review');
    expect((await loadProgress()).history).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Replace' }));
    await waitFor(async () => expect((await loadProgress()).history).toHaveLength(0));
  });
});
