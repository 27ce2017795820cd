// @vitest-environment jsdom
/**
 * The console's one loading and error view: a busy line while the first read runs, AWS's error
 * banner if it failed, nothing once the data is there; and the console's screens use it instead
 * of a loading line or an error banner of their own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AwsError } from '@/core/errors';
import { QueryStatus } from './query-status';

afterEach(cleanup);

describe('QueryStatus', () => {
  it('says what is being read while it loads, and nothing without a loading text', () => {
    const { container, rerender } = render(<QueryStatus query={{ status: 'loading' }} loading="Loading keys…" failed="Failed to list keys" />);
    expect(screen.getByText('Loading keys…').getAttribute('aria-busy')).toBe('true');
    rerender(<QueryStatus query={{ status: 'loading' }} failed="Failed to list keys" />);
    expect(container.textContent).toBe('');
  });

  it("shows AWS's error with what failed, its message and code, and what goes under it", () => {
    const error = new AwsError('AccessDeniedException', 'User: arn:aws:iam::111122223333:user/bob is not authorized to perform: kms:ListKeys');
    render(
      <QueryStatus query={{ status: 'error', error }} loading="Loading keys…" failed="Failed to list keys">
        <a href="#/kms">Back</a>
      </QueryStatus>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Failed to list keys');
    expect(alert.textContent).toContain('is not authorized to perform: kms:ListKeys');
    expect(alert.textContent).toContain('Error code: AccessDeniedException');
    expect(screen.queryByText('Loading keys…')).toBeNull();
    expect(screen.getByRole('link', { name: 'Back' })).toBeTruthy();
  });

  it('shows nothing once the data is there', () => {
    const { container } = render(
      <QueryStatus query={{ status: 'ready' }} loading="Loading keys…" failed="Failed to list keys">
        <a href="#/kms">Back</a>
      </QueryStatus>,
    );
    expect(container.textContent).toBe('');
  });
});

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) && !/\.test\./.test(e.name) ? [join(dir, e.name)] : [],
  );

describe('the console screens', () => {
  it('show the loading and error states of what they read with QueryStatus, not with their own lines', () => {
    const own = sources('src/features').flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          /\.status === '(loading|error)'.*(aria-busy|<ErrorAlert|role="alert")|<ErrorAlert error=\{\w+\.error\}/.test(line) ? [`${file}:${i + 1}`] : [],
        ),
    );
    expect(own).toEqual([]);
    const users = sources('src/features').filter((f) => readFileSync(f, 'utf8').includes('<QueryStatus'));
    expect(users.length).toBeGreaterThan(30);
  });
});
