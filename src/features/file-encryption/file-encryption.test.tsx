// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

afterEach(cleanup);
import { toContext } from './context-editor';
import { outputName, type Job } from './jobs';
import { ProgressRow } from './progress-row';

const job = (patch: Partial<Job>): Job => ({
  id: '1',
  file: new File(['x'], 'report.pdf'),
  direction: 'encrypt',
  outName: 'report.pdf.encrypted',
  status: 'running',
  done: 50 * 2 ** 20,
  total: 200 * 2 ** 20,
  startedAt: 0,
  rate: 100,
  ...patch,
});

describe('file encryption screen pieces', () => {
  it('names outputs report.pdf -> report.pdf.encrypted and back', () => {
    expect(outputName('report.pdf', 'encrypt')).toBe('report.pdf.encrypted');
    expect(outputName('report.pdf.encrypted', 'decrypt')).toBe('report.pdf');
    expect(outputName('data.bin', 'decrypt')).toBe('data.bin.decrypted');
  });

  it('checks the encryption context rows', () => {
    expect(
      toContext([
        { key: 'dept', value: 'hr' },
        { key: '', value: '' },
      ]),
    ).toEqual({ context: { dept: 'hr' } });
    expect(toContext([{ key: '', value: 'x' }]).error).toBe('Every encryption context pair needs a key.');
    expect(
      toContext([
        { key: 'a', value: '1' },
        { key: 'a', value: '2' },
      ]).error,
    ).toBe('The key "a" appears twice in the encryption context.');
  });

  it('shows percentage, bytes, speed, time left and Cancel while running', () => {
    render(
      <ul>
        <ProgressRow job={job({})} onCancel={() => {}} />
      </ul>,
    );
    expect(screen.getByRole('progressbar', { name: 'Encrypting report.pdf' })).toHaveProperty('value', 25);
    expect(screen.getByText('25%')).toBeTruthy();
    expect(screen.getByText('50.0 MB of 200.0 MB')).toBeTruthy();
    expect(screen.getByText('100.0 MiB/s')).toBeTruthy();
    expect(screen.getByText('Time left: 2 s')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeTruthy();
  });

  it('offers the download and the visualizer when it is done', () => {
    render(
      <ul>
        <ProgressRow job={job({ status: 'done', done: 200 * 2 ** 20, url: 'blob:x' })} onCancel={() => {}} />
      </ul>,
    );
    expect(screen.getByRole('link', { name: 'Download report.pdf.encrypted' }).getAttribute('href')).toBe('blob:x');
    expect(screen.getByRole('link', { name: 'Watch this run step by step' }).getAttribute('href')).toBe('#/envelope/visualizer?play=last');
  });

  it('shows the precise error and no download when it failed', () => {
    render(
      <ul>
        <ProgressRow
          job={job({ direction: 'decrypt', status: 'failed', error: 'Decryption failed: KMS refused to decrypt the data key: AccessDeniedException: ...' })}
          onCancel={() => {}}
        />
      </ul>,
    );
    expect(screen.getByRole('alert').textContent).toMatch(/^Decryption failed: KMS refused to decrypt the data key: AccessDeniedException/);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
  });
});
