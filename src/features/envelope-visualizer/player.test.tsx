// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoryStep } from '@/envelope/storyboard';
import { Player } from './player';

const steps: StoryStep[] = ['one', 'two', 'three'].map((id, i) => ({
  id,
  title: `Step ${id}`,
  caption: `Caption ${id}`,
  from: 'app',
  to: 'kms',
  toKmsBytes: 100 * i,
  localBytes: 2 ** 20 * i,
}));
const caption = () => screen.getByTestId('env-caption').textContent;

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('Player', () => {
  it('steps with buttons and keys, and announces captions politely', () => {
    render(<Player steps={steps} fileBytes={2 ** 20} />);
    expect(caption()).toBe('Step one. Caption one');
    expect(screen.getByTestId('env-caption').getAttribute('aria-live')).toBe('polite');
    fireEvent.click(screen.getByRole('button', { name: 'Step forward' }));
    expect(caption()).toBe('Step two. Caption two');
    expect(screen.getByTestId('env-tally').textContent).toMatch(/To KMS: 100 B; stayed local: 1\.0 MB/);
    expect(screen.getByTestId('env-tally').textContent).toMatch(/impossible in one call.*256 requests/);
    const group = screen.getByRole('group', { name: 'Envelope encryption animation' });
    fireEvent.keyDown(group, { key: 'ArrowLeft' });
    expect(caption()).toBe('Step one. Caption one');
    fireEvent.keyDown(group, { key: 'End' });
    fireEvent.keyDown(group, { key: 'ArrowRight' });
    fireEvent.keyDown(group, { key: 'ArrowRight' });
    fireEvent.keyDown(group, { key: 'ArrowRight' });
    expect(caption()).toBe('Step three. Caption three');
    fireEvent.keyDown(group, { key: 'Home' });
    expect(caption()).toBe('Step one. Caption one');
  });

  it('plays at the chosen speed and pauses', () => {
    vi.useFakeTimers();
    render(<Player steps={steps} fileBytes={10} />);
    fireEvent.change(screen.getByLabelText('Speed'), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    act(() => vi.advanceTimersByTime(1500));
    expect(caption()).toBe('Step two. Caption two');
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    act(() => vi.advanceTimersByTime(10000));
    expect(caption()).toBe('Step two. Caption two');
    expect(screen.getByTestId('env-tally').textContent).toMatch(/possible in one call/);
  });
  it('keeps focus on Step back when it reaches the first step (aria-disabled, not disabled)', () => {
    render(<Player steps={steps} fileBytes={2 ** 20} />);
    fireEvent.click(screen.getByRole('button', { name: 'Step forward' }));
    const back = screen.getByRole('button', { name: 'Step back' });
    back.focus();
    fireEvent.click(back);
    expect(caption()).toBe('Step one. Caption one');
    expect(back.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(back);
    fireEvent.click(back); // nothing before the first step
    expect(caption()).toBe('Step one. Caption one');
  });
});
