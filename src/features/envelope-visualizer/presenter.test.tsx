// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { person } from '@/components/testing/person';
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
  it('steps with arrows and clicker keys pressed anywhere, but not in a text field', async () => {
    const user = person();
    setPresenter(true);
    render(
      <>
        <input aria-label="Notes" />
        <Player {...real.playable} />
      </>,
    );
    await user.press(document.body, 'ArrowRight');
    expect(title()).toBe('KMS returns the data key twice');
    await user.press(document.body, 'PageDown');
    expect(title()).toBe('Encrypt the file in your browser');
    await user.press(document.body, 'PageUp');
    expect(title()).toBe('KMS returns the data key twice');
    await user.press(screen.getByLabelText('Notes'), 'ArrowLeft');
    expect(title()).toBe('KMS returns the data key twice');
  });

  it('ignores keys outside the player when presenter mode is off', async () => {
    const user = person();
    render(<Player {...real.playable} />);
    await user.press(document.body, 'ArrowRight');
    expect(title()).toBe('Ask KMS for a data key');
  });
});
