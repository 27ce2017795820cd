// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoryStep } from '@/envelope/storyboard';
import { setPresenter } from '@/state/presenter';
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
  setPresenter(false);
});

describe('the visualizer in presenter mode', () => {
  it('steps with arrows and clicker keys pressed anywhere, but not in a text field', () => {
    setPresenter(true);
    render(
      <>
        <input aria-label="Notes" />
        <Player steps={steps} fileBytes={10} />
      </>,
    );
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(caption()).toBe('Step two. Caption two');
    fireEvent.keyDown(document.body, { key: 'PageDown' });
    expect(caption()).toBe('Step three. Caption three');
    fireEvent.keyDown(document.body, { key: 'PageUp' });
    expect(caption()).toBe('Step two. Caption two');
    fireEvent.keyDown(screen.getByLabelText('Notes'), { key: 'ArrowLeft' });
    expect(caption()).toBe('Step two. Caption two');
  });

  it('ignores keys outside the player when presenter mode is off', () => {
    render(<Player steps={steps} fileBytes={10} />);
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(caption()).toBe('Step one. Caption one');
  });
});
