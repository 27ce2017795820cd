// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import KeyTable from './key-table';
import type { KeyRow } from '@/state/key-rows';

afterEach(cleanup);

const row = (keyId: string, state: string): KeyRow => ({
  keyId,
  arn: `arn:aws:kms:us-east-1:111122223333:key/${keyId}`,
  aliases: [],
  state,
  keySpec: 'SYMMETRIC_DEFAULT',
  keyUsage: 'ENCRYPT_DECRYPT',
  keyManager: 'CUSTOMER',
  origin: 'AWS_KMS',
  description: '',
  creationDate: new Date(0),
});

describe('home key table', () => {
  it("shows each key's status as the console's status indicator: icon, colour and words", () => {
    render(<KeyTable rows={[row('k-enabled', 'Enabled'), row('k-deleting', 'PendingDeletion'), row('k-off', 'Disabled')]} labelledBy="h" />);
    const status = (keyId: string) => {
      const cells = within(screen.getByRole('link', { name: keyId }).closest('tr')!).getAllByRole('cell');
      return cells[2]!;
    };
    const expected = [
      ['k-enabled', 'Enabled', 'success'],
      ['k-deleting', 'Pending deletion', 'warning'],
      ['k-off', 'Disabled', 'stopped'],
    ];
    for (const [keyId, words, type] of expected) {
      const cell = status(keyId!);
      expect(cell.textContent).toBe(words);
      const indicator = cell.querySelector('.status-indicator')!;
      expect(indicator.className).toContain(`status-indicator--${type}`);
      const icon = indicator.querySelector('svg')!;
      expect(icon.getAttribute('aria-hidden')).toBe('true');
    }
  });
});
