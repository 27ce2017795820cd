// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { formatBytes } from '@/envelope/tally';
import { Player } from './player';
import { realDisabled, realRotation } from './testing/runs';

afterEach(cleanup);

const caption = () => screen.getByTestId('env-caption').textContent;
const forward = () => fireEvent.click(screen.getByRole('button', { name: 'Step forward' }));
const where = () => screen.getByRole('list', { name: 'Where everything is after this step' }).textContent;

describe('what changes over time', () => {
  it('after rotation: the new file names the new key material and the old file still decrypts', async () => {
    const { r, playable } = await realRotation();
    render(<Player {...playable} />);
    const [m1, m2] = [r.before.keyMaterialId!.slice(0, 8), r.after.keyMaterialId!.slice(0, 8)];
    expect(screen.getByText('After rotation')).toBeTruthy();
    expect(caption()).toMatch(new RegExp(`^An old file, encrypted before rotation\\. .*key material ${m1}…`));
    forward();
    expect(caption()).toContain(`new key material ${m2}… becomes current`);
    expect(where()).toContain(`KMS key (key ${r.after.keyArn.split('/')[1]!.slice(0, 8)}… · material ${m2}…, keeps ${m1}…)`);
    forward();
    expect(where()).toMatch(new RegExp(`new\\.bin\\.encrypted .*Encrypted data key \\(in the header · material ${m2}… · \\d+ bytes · 0102020078…\\)`));
    forward();
    expect(caption()).toMatch(new RegExp(`^The old file still decrypts\\. .*finds key material ${m1}…`));
    expect(where()).toContain('Your browser: Data key (plaintext)');
    expect(within(screen.getByTestId('env-tally')).getByText('Stayed local').nextElementSibling!.textContent).toBe(formatBytes(15000));
  });

  it("with the key disabled: decrypting stops at KMS with KMS's error", async () => {
    const { r, playable } = await realDisabled();
    render(<Player {...playable} />);
    forward();
    expect(where()).toContain('KMS key (disabled)');
    forward();
    forward();
    expect(caption()).toBe(
      `KMS refuses: decryption stops here. KMS answers DisabledException: "${r.refused.error.message}" (${r.refused.responseBytes} bytes). No data key comes back, so not one frame can be opened.`,
    );
    expect(r.refused.error.message).toMatch(/^arn:aws:kms:.* is disabled\.$/);
    expect(where()).toContain(`Your browser: DisabledException (${r.refused.error.message})`);
    expect(where()).not.toContain('Data key');
    expect(screen.getByRole('button', { name: 'Step forward' }).getAttribute('aria-disabled')).toBe('true');
  });
});
