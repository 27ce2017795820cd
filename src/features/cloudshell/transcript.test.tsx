// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { person } from '@/components/testing/person';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CloudShellFrame } from './cloudshell-frame';
import { typeLines, testSession } from './testing';
import { transcriptMarkdown } from './transcript';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const AT = new Date('2026-11-28T12:00:00Z');

describe('the CloudShell transcript', () => {
  it('lists each command with its output, stdout and stderr, in its own console block', async () => {
    const { session } = testSession();
    await typeLines(session, 'echo hello', '', 'cat missing');
    const md = transcriptMarkdown(session.getView().lines, AT);
    expect(md).toContain('# CloudShell transcript');
    expect(md).toContain('Exported 2026-11-28T12:00:00.000Z');
    expect(md).toContain('```console\n$ echo hello\nhello\n```');
    expect(md).toMatch(/```console\n\$ cat missing\ncat: missing: No such file or directory\n```/);
    // The empty line is not a command.
    expect(md.match(/```console/g)).toHaveLength(2);
  });

  it('uses a longer fence when the output holds backticks, so it cannot close the block', async () => {
    const { session } = testSession();
    await typeLines(session, "echo '```'");
    const md = transcriptMarkdown(session.getView().lines, AT);
    expect(md).toContain("````console\n$ echo '```'\n```\n````");
  });

  it('says so when nothing was run', () => {
    const { session } = testSession();
    expect(transcriptMarkdown(session.getView().lines, AT)).toContain('No commands were run in this session.');
  });

  it('is a real Markdown download from the Actions menu', async () => {
    const user = person();
    const created: Blob[] = [];
    const createObjectURL = vi.fn((b: Blob) => (created.push(b), 'blob:transcript'));
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toMatch(/^cloudshell-transcript-.*\.md$/);
    });
    const { session } = testSession();
    render(<CloudShellFrame session={session} save="idle" headingLevel={1} />);
    await act(() => typeLines(session, 'echo classroom'));
    await user.click(screen.getByRole('button', { name: 'Actions' }));
    await screen.findByRole('dialog', { name: 'Actions' });
    await user.click(screen.getByRole('button', { name: 'Export transcript' }));
    expect(click).toHaveBeenCalledOnce();
    expect(created[0]!.type).toBe('text/markdown;charset=utf-8');
    expect(await created[0]!.text()).toContain('$ echo classroom\nclassroom');
    expect(screen.getByText('Exported the transcript (Markdown).')).toBeTruthy();
  });
});
