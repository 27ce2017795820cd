// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { person, useFakeTimers } from '@/components/testing/person';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatBytes } from '@/envelope/tally';
import { Player, STEP_MS } from './player';
import { realRoundTrip } from './testing/runs';

const caption = () => screen.getByTestId('env-caption').textContent;
const figure = (name: string) => within(screen.getByTestId('env-tally')).getByText(name).nextElementSibling!.textContent;
const where = () => screen.getByRole('list', { name: 'Where everything is after this step' }).textContent;

let real: Awaited<ReturnType<typeof realRoundTrip>>;
beforeAll(async () => {
  real = await realRoundTrip();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('Player', () => {
  it('steps through a real run with buttons and keys, announcing each caption politely', async () => {
    const user = person();
    const { playable } = real;
    render(<Player {...playable} />);
    const steps = playable.steps;
    expect(caption()).toBe(`${steps[0]!.title}. ${steps[0]!.caption}`);
    expect(screen.getByTestId('env-caption').getAttribute('aria-live')).toBe('polite');
    await user.click(screen.getByRole('button', { name: 'Step forward' }));
    expect(caption()).toBe(`KMS returns the data key twice. ${steps[1]!.caption}`);
    const group = screen.getByRole('group', { name: 'Envelope encryption animation' });
    await user.press(group, 'ArrowLeft');
    expect(caption()).toMatch(/^Ask KMS for a data key\. GenerateDataKey for KMS key /);
    await user.press(group, 'End');
    expect(caption()).toMatch(/^Wipe the data key again\./);
    await user.press(group, 'ArrowRight');
    expect(caption()).toMatch(/^Wipe the data key again\./);
    await user.press(group, 'Home');
    expect(caption()).toMatch(/^Ask KMS for a data key\./);
    expect(screen.getByText('Step 1 of 10')).toBeTruthy();
  });

  it('shows the tally split into sent to KMS, received from KMS and stayed local, beside the counterfactual', async () => {
    const user = person();
    const { playable, e, d } = real;
    render(<Player {...playable} />);
    const [gdk, dec] = [e.traffic[0]!, d.traffic[0]!];
    expect([figure('Sent to KMS'), figure('Received from KMS'), figure('Stayed local')]).toEqual([formatBytes(gdk.requestBytes), '0 B', '0 B']);
    await user.click(screen.getByRole('button', { name: 'Step forward' }));
    expect([figure('Sent to KMS'), figure('Received from KMS'), figure('Stayed local')]).toEqual([
      formatBytes(gdk.requestBytes),
      formatBytes(gdk.responseBytes),
      '0 B',
    ]);
    await user.press(screen.getByRole('group', { name: 'Envelope encryption animation' }), 'End');
    expect([figure('Sent to KMS'), figure('Received from KMS'), figure('Stayed local')]).toEqual([
      formatBytes(gdk.requestBytes + dec.requestBytes),
      formatBytes(gdk.responseBytes + dec.responseBytes),
      formatBytes(20000),
    ]);
    expect(screen.getByTestId('env-tally').textContent).toMatch(
      new RegExp(`impossible in one call .*3 requests, ${formatBytes(playable.cf!.sentBytes)} sent and ${formatBytes(playable.cf!.receivedBytes)} received`),
    );
  });

  it('says in words where every object is: the KMS key in KMS, the data key in memory then wiped, the encrypted data key stored', async () => {
    const user = person();
    const { playable } = real;
    const { container } = render(<Player {...playable} />);
    const forward = () => user.click(screen.getByRole('button', { name: 'Step forward' }));
    expect(where()).toMatch(/AWS KMS: KMS key \(key [0-9a-f]{8}… · material [0-9a-f]{8}…\); Encryption context/);
    await forward();
    expect(where()).toMatch(
      /Your browser: .*Data key \(plaintext\) \(32 bytes, in memory only\); Encrypted data key \(material [0-9a-f]{8}… · \d+ bytes · 0102020078…/,
    );
    expect(container.querySelector('[data-object="data-key"]')!.getAttribute('data-place')).toBe('browser');
    await forward();
    await forward();
    expect(where()).toContain('Data key, wiped (00 00 00 00 … 32 bytes of zeros)');
    await forward();
    expect(where()).toMatch(/Storage: report\.pdf\.encrypted \([\d.]+ KB · \d+-byte header \+ 3 frames\); Encrypted data key \(in the header · /);
    expect(where()).not.toContain('Data key');
    expect(container.querySelector('.env-stage')!.getAttribute('data-step')).toBe('encrypt-store');
  });

  it('plays on its own when a run starts, the whole story at 1x in 15 s or less, and pauses', async () => {
    const user = person();
    const { playable } = real;
    useFakeTimers();
    render(<Player {...playable} autoPlay />);
    expect(screen.getByRole('button', { name: 'Pause' }).getAttribute('aria-pressed')).toBe('true');
    const whole = (playable.steps.length - 1) * STEP_MS;
    expect(whole).toBeLessThanOrEqual(15000);
    // One timer per step, each set when the step shows: the last step shows after (steps - 1) x STEP_MS.
    for (let t = STEP_MS; t <= whole; t += STEP_MS) act(() => vi.advanceTimersByTime(STEP_MS));
    expect(caption()).toMatch(/^Wipe the data key again\./);
    expect(screen.getByRole('button', { name: 'Play' }).getAttribute('aria-pressed')).toBe('false');
    await user.click(screen.getByRole('button', { name: 'Play' })); // from the end: starts over
    expect(caption()).toMatch(/^Ask KMS for a data key\./);
    await user.fill(screen.getByLabelText('Speed'), '2');
    act(() => vi.advanceTimersByTime(STEP_MS / 2));
    expect(caption()).toMatch(/^KMS returns the data key twice\./);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    act(() => vi.advanceTimersByTime(10 * STEP_MS));
    expect(caption()).toMatch(/^KMS returns the data key twice\./);
  });

  it('keeps focus on Step back when it reaches the first step (aria-disabled, not disabled)', async () => {
    const user = person();
    const { playable } = real;
    render(<Player {...playable} />);
    await user.click(screen.getByRole('button', { name: 'Step forward' }));
    const back = screen.getByRole('button', { name: 'Step back' });
    back.focus();
    await user.click(back);
    expect(back.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(back);
    await user.click(back); // nothing before the first step
    expect(caption()).toMatch(/^Ask KMS for a data key\./);
  });
});
