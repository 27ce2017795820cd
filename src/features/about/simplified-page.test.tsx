// @vitest-environment jsdom
/** The "What is simplified" page as a learner reads it: every note, by area, with its source. */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SIMPLIFIED_NOTES } from 'virtual:simplified-notes';
import { byArea } from './areas';
import { SimplifiedPage } from './simplified-page';

afterEach(cleanup);

describe('What is simplified', () => {
  it('lists every note of the code under its area, with the AWS documentation link', () => {
    render(<SimplifiedPage />);
    expect(screen.getByRole('heading', { level: 1, name: 'What is simplified' })).toBeTruthy();
    expect(screen.getByText(new RegExp(`this page\\s+lists each place \\(${SIMPLIFIED_NOTES.length} notes\\)`))).toBeTruthy();
    const kms = screen.getByRole('region', { name: /^AWS KMS/ });
    const createKey = within(kms).getByText('CreateKey').closest('div')!;
    expect(createKey.textContent).toMatch(/external key store keys are refused/i);
    expect(
      within(createKey)
        .getByRole('link', { name: /AWS documentation\s*for CreateKey/ })
        .getAttribute('href'),
    ).toBe('https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateKey.html');
    expect(within(screen.getByRole('region', { name: /^CloudShell and the AWS CLI/ })).getByText(/no background jobs/)).toBeTruthy();
    expect(within(screen.getByRole('region', { name: /^The whole lab/ })).getByText(/^Time is simulated/)).toBeTruthy();
    expect(document.querySelectorAll('dd')).toHaveLength(SIMPLIFIED_NOTES.length);
  });

  it('groups by the first matching folder, in the page order, and leaves empty areas out', () => {
    const note = (file: string) => ({ file, title: file, text: 't' });
    const areas = byArea([note('src/cli/encryption-cli/command.ts'), note('src/cli/shell/shell.ts'), note('src/core/clock.ts'), note('src/kms/pipeline.ts')]);
    expect(areas.map((a) => [a.id, a.notes.map((n) => n.file)])).toEqual([
      ['kms', ['src/kms/pipeline.ts']],
      ['envelope', ['src/cli/encryption-cli/command.ts']],
      ['cloudshell', ['src/cli/shell/shell.ts']],
      ['lab', ['src/core/clock.ts']],
    ]);
  });
});
