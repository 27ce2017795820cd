// @vitest-environment jsdom
/** Drills shown to a room: after submitting, the answer stays hidden until "Reveal answer". */
import { cleanup, render, screen } from '@testing-library/react';
import { person } from '@/components/testing/person';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryBackend, setProgressBackend } from '@/quiz/store';
import { setPresenter } from '@/state/presenter';
import { DrillsPage } from './drills-page';
import type { DrillRuntime } from './types';

const runtime: DrillRuntime = {
  newSandbox: () => Promise.reject(new Error('not used')),
  taskApi: () => ({ call: () => Promise.reject(new Error('not used')), now: () => new Date() }),
};

describe('drills in presenter mode', () => {
  beforeEach(() => setProgressBackend(memoryBackend()));
  afterEach(() => {
    cleanup();
    setPresenter(false);
  });

  it('hides the verdict, explanations and rating until Reveal answer', async () => {
    const user = person();
    setPresenter(true);
    render(<DrillsPage runtime={runtime} />);
    await user.click(await screen.findByRole('button', { name: 'Start drill' }));
    await user.click(await screen.findByLabelText(/A managed service that issues SSL\/TLS certificates for websites$/));
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    const reveal = await screen.findByRole('button', { name: 'Reveal answer' });
    expect(screen.getByText(/answer and explanations are hidden/)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Incorrect' })).toBeNull();
    expect(screen.queryByText('Right answer')).toBeNull();
    expect(screen.queryByRole('button', { name: /^1\. Again/ })).toBeNull();
    // Rating keys do nothing while hidden.
    await user.press(reveal, '1');
    await user.click(reveal);
    expect(screen.getByRole('heading', { name: 'Incorrect' })).toBeTruthy();
    expect(screen.getByText('Right answer')).toBeTruthy();
    expect(screen.getByRole('button', { name: /^1\. Again/ })).toBeTruthy();
  });

  it('shows the answer at once outside presenter mode', async () => {
    const user = person();
    render(<DrillsPage runtime={runtime} />);
    await user.click(await screen.findByRole('button', { name: 'Start drill' }));
    await user.click(await screen.findByLabelText(/A managed service that issues SSL\/TLS certificates for websites$/));
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    expect(await screen.findByRole('heading', { name: 'Incorrect' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Reveal answer' })).toBeNull();
  });
});
