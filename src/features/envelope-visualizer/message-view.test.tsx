// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { toHex } from '@/core';
import { Player } from './player';
import { realRoundTrip } from './testing/runs';

let real: Awaited<ReturnType<typeof realRoundTrip>>;
beforeAll(async () => {
  real = await realRoundTrip();
});
afterEach(cleanup);

const spaced = (b: Uint8Array) => toHex(b).replace(/(..)(?!$)/g, '$1 ');
const row = (id: string) => document.querySelector(`[data-field="${id}"]`) as HTMLElement;

describe('the file as stored', () => {
  it('annotates every header field with its offset, value and real bytes, and the frames after it', () => {
    const { playable, e, stored } = real;
    render(<Player {...playable} />);
    const view = screen.getByTestId('env-message');
    expect(within(view).getByRole('heading', { level: 2 }).textContent).toBe('The file as stored: report.pdf.encrypted');
    const fields = playable.message!.map.header;
    expect(fields).toHaveLength(14);
    for (const f of fields) {
      const r = row(f.id);
      const [offset, name, value, bytes, length] = Array.from(r.querySelector('button')!.children, (c) => c.textContent);
      expect(Number(offset!.replace(/,/g, ''))).toBe(f.offset);
      expect(name).toContain(f.name);
      expect(value).toBe(f.value);
      // The row shows the field's first bytes as they are in the stored file.
      const shown = bytes!.replace(' …', '').replace('(no bytes)', '').trim();
      expect(spaced(stored.subarray(f.offset, f.offset + f.length))).toContain(shown);
      expect(length).toBe(`${f.length.toLocaleString('en-US')} B`);
    }
    expect(row('suite').textContent).toContain('04 78');
    expect(row('edk-provider-id').textContent).toContain('aws-kms');
    expect(row('edk-provider-info').textContent).toContain(e.keyArn);
    expect(row('frame-length').textContent).toContain('4,096 bytes');
    expect(
      within(view)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Header', 'Frame 1', 'Frame 2', 'Final frame (frame 3)']);
    expect(row('frame-iv.3').textContent).toContain('000000000000000000000003');
  });

  it('opens a field to its explanation and all its bytes, one field at a time', () => {
    const { playable, e } = real;
    render(<Player {...playable} />);
    const edk = within(row('edk-ciphertext')).getByRole('button');
    expect(edk.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(edk);
    expect(edk.getAttribute('aria-expanded')).toBe('true');
    const panel = document.getElementById(edk.getAttribute('aria-controls')!)!;
    expect(panel.hidden).toBe(false);
    expect(panel.textContent).toContain('The CiphertextBlob KMS returned from GenerateDataKey');
    expect(panel.textContent).toContain(`the first 2 giving the length of the rest`);
    expect(panel.querySelector('code')!.textContent).toBe(spaced(Uint8Array.of(0, e.encryptedDataKey.length, ...e.encryptedDataKey)));
    fireEvent.click(within(row('header-tag')).getByRole('button'));
    expect(edk.getAttribute('aria-expanded')).toBe('false');
    expect(panel.hidden).toBe(true);
    expect(within(row('header-tag')).getByRole('button').getAttribute('aria-expanded')).toBe('true');
  });

  it('marks the fields the current step is about', () => {
    const { playable } = real;
    render(<Player {...playable} />);
    const now = () => Array.from(document.querySelectorAll('.env-field--now'), (r) => r.getAttribute('data-field'));
    expect(now()).toEqual(['context-pair.1']);
    fireEvent.keyDown(screen.getByRole('group', { name: 'Envelope encryption animation' }), { key: 'End' });
    expect(now()).toEqual([]);
    for (let i = 0; i < 5; i++) fireEvent.click(screen.getByRole('button', { name: 'Step back' }));
    expect(screen.getByTestId('env-caption').textContent).toMatch(/^Store the message\./);
    expect(now()).toEqual(['context-pair.1', 'edk-provider-id', 'edk-provider-info', 'edk-ciphertext', 'header-tag']);
    expect(row('edk-ciphertext').textContent).toContain('in this step');
  });
});
