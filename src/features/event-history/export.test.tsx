// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { person } from '@/components/testing/person';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshConsole } from '@/state/testing/console';
import { EventHistoryPage } from './event-history-page';
import { eventsMarkdown } from './event-view';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('Event history export', () => {
  it('downloads the matching events as a Markdown table, pipes in values escaped', async () => {
    const user = person();
    const cloud = freshConsole();
    await cloud.call({ service: 'iam', operation: 'CreateUser', input: { UserName: 'alice' }, source: 'console' });
    await cloud.call({ service: 'kms', operation: 'CreateKey', input: { Description: 'a|b' }, region: 'us-east-1' });
    const blobs: Blob[] = [];
    Object.assign(URL, { createObjectURL: vi.fn((b: Blob) => (blobs.push(b), 'blob:x')), revokeObjectURL: vi.fn() });
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    render(<EventHistoryPage />);
    await user.click(screen.getByRole('button', { name: 'Export as Markdown' }));
    expect(names[0]).toMatch(/^event-history-us-east-1-.*\.md$/);
    const md = await blobs[0]!.text();
    const lines = md.split('\n');
    expect(lines[0]).toBe('# CloudTrail event history');
    expect(md).toContain('Region us-east-1, 2 events');
    expect(lines).toContain('| Event time | User name | Event name | Event source | Resources | Error code |');
    expect(lines.filter((l) => /^\| \d{4}-/.test(l))).toEqual([
      expect.stringMatching(/^\| .+ \| root \| CreateKey \| kms\.amazonaws\.com \| arn:aws:kms:us-east-1:\d{12}:key\/[-0-9a-f]+ \| - \|$/),
      expect.stringMatching(/^\| .+ \| root \| CreateUser \| iam\.amazonaws\.com \| alice \| - \|$/),
    ]);
  });

  it('escapes pipes and newlines so a value cannot break the table, and shows error codes', () => {
    const md = eventsMarkdown(
      [
        {
          eventTime: '2027-05-01T10:00:00Z',
          eventName: 'CreateUser',
          eventSource: 'iam.amazonaws.com',
          errorCode: 'AccessDenied',
          userIdentity: { type: 'Root' },
          requestParameters: { userName: 'x|y\nz' },
        } as never,
      ],
      'us-east-1',
      new Date('2027-05-01T11:00:00Z'),
    );
    expect(md).toContain('| AccessDenied |');
    expect(md).toContain('| x\\|y z |');
  });

  it('offers no export when nothing matches', () => {
    freshConsole();
    render(<EventHistoryPage />);
    expect((screen.getByRole('button', { name: 'Export as Markdown' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
