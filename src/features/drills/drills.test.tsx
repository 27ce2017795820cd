// @vitest-environment jsdom
/** The drills screens as a learner sees them: a card, its explanation, its schedule; the progress file. */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
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
    expect(screen.getByText(/questions in the formats of AWS exams/)).toBeTruthy();
    expect(screen.getByText('Loading your progress…').getAttribute('aria-busy')).toBe('true');
    expect(screen.queryByRole('button', { name: 'Start drill' })).toBeNull();
    await act(async () => release());
    expect(await screen.findByRole('button', { name: 'Start drill' })).toBeTruthy();
    expect(screen.queryByText('Loading your progress…')).toBeNull();
  });

  it('answers a card, explains every option and schedules it', async () => {
    render(<DrillsPage runtime={runtime} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Start drill' }));
    fireEvent.click(await screen.findByLabelText(/A managed service that issues SSL\/TLS certificates for websites$/));
    fireEvent.click(screen.getByRole('button', { name: 'Submit answer' }));
    expect(await screen.findByRole('heading', { name: 'Incorrect' })).toBeTruthy();
    expect(screen.getByText('Wrong: that is AWS Certificate Manager (ACM).')).toBeTruthy();
    expect(screen.getByText('Your answer, wrong')).toBeTruthy();
    expect(screen.getByText('Right answer')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^1\. Again/ }));
    await waitFor(() => expect(screen.getByText(/^Scheduled: .* is due again/)).toBeTruthy());
    const p = await loadProgress();
    expect(p.history).toMatchObject([{ questionId: 'k101-what', correct: false, rating: 1 }]);
  });

  it('gives focus to the suggested rating when Submit answer, which had it, goes away', async () => {
    render(<DrillsPage runtime={runtime} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Start drill' }));
    fireEvent.click(await screen.findByLabelText(/A managed service that issues SSL\/TLS certificates for websites$/));
    const submit = screen.getByRole('button', { name: 'Submit answer' });
    submit.focus();
    fireEvent.click(submit);
    await screen.findByRole('heading', { name: 'Incorrect' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: /^1\. Again/ })));
  });

  it('runs a simulator task check against the account', async () => {
    render(<DrillsPage runtime={runtime} question="task-disable-key" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Check' }));
    expect(await screen.findByText('No key has the alias alias/drill-disabled in us-east-1.')).toBeTruthy();
  });

  it('rejects a bad progress file with the reason and asks before replacing progress', async () => {
    await act(async () => {
      setProgressBackend(memoryBackend(review(emptyProgress(), { questionId: 'k101-what', correct: true }, new Date())));
    });
    const { container } = render(<DrillsPage runtime={runtime} />);
    await screen.findByRole('button', { name: 'Import progress' });
    const input = container.querySelector('input[type=file]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [file('not json', 'bad.json')] } });
    expect((await screen.findByRole('alert')).textContent).toMatch(/^bad\.json was not imported\. The file is not JSON/);
    fireEvent.change(input, { target: { files: [file(exportProgress(emptyProgress(), new Date()), 'empty.json')] } });
    const dialog = await screen.findByRole('dialog', { name: 'Replace your progress?' });
    expect(dialog.textContent).toContain('1 card, 1 review');
    expect((await loadProgress()).history).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Replace' }));
    await waitFor(async () => expect((await loadProgress()).history).toHaveLength(0));
  });
});
