// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setPresenter } from '@/state/presenter';
import { Player } from './player';
import { realRoundTrip } from './testing/runs';

let real: Awaited<ReturnType<typeof realRoundTrip>>;
beforeAll(async () => {
  real = await realRoundTrip();
});

const title = () => screen.getByTestId('env-caption').textContent!.split('.')[0];

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
        <Player {...real.playable} />
      </>,
    );
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(title()).toBe('KMS returns the data key twice');
    fireEvent.keyDown(document.body, { key: 'PageDown' });
    expect(title()).toBe('Encrypt the file in your browser');
    fireEvent.keyDown(document.body, { key: 'PageUp' });
    expect(title()).toBe('KMS returns the data key twice');
    fireEvent.keyDown(screen.getByLabelText('Notes'), { key: 'ArrowLeft' });
    expect(title()).toBe('KMS returns the data key twice');
  });

  it('ignores keys outside the player when presenter mode is off', () => {
    render(<Player {...real.playable} />);
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(title()).toBe('Ask KMS for a data key');
  });
});
