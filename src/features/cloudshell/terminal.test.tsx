// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { person, type Person } from '@/components/testing/person';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Shell } from '@/cli';
import { principalForUser, rootPrincipal } from '@/iam/state';
import { setIdentity } from '@/state/console-store';
import { CloudShellFrame } from './cloudshell-frame';
import type { TerminalSession } from './session';
import { testSession } from './testing';

/** A person at the mouse and keyboard, new for each test. */
let user: Person;
beforeEach(() => {
  user = person();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  setIdentity(rootPrincipal());
});

const PROMPT = '[cloudshell-user@cloudshell ~]$ ';

function open(o: Parameters<typeof testSession>[0] = {}) {
  const t = testSession(o);
  render(<CloudShellFrame session={t.session} save="idle" headingLevel={1} />);
  return { ...t, input: screen.getByRole('textbox', { name: 'Command' }) as HTMLInputElement, log: screen.getByRole('log') };
}

/** Types a line into the command line and presses Enter; waits until it has run. */
async function run(session: TerminalSession, input: HTMLInputElement, line: string) {
  await user.fill(input, line);
  await user.press(input, 'Enter');
  await act(() => session.whenIdle());
}

const lines = (log: HTMLElement) => [...log.querySelectorAll('.terminal__line')].map((l) => l.textContent);

describe('the CloudShell terminal', () => {
  it('runs what is typed and shows it in a polite log, under a labelled command line with the prompt', async () => {
    const { session, input, log } = open();
    expect(log.getAttribute('aria-live')).toBe('polite');
    expect(screen.getByRole('heading', { level: 1, name: 'CloudShell' })).toBeTruthy();
    expect(screen.getByText(PROMPT.trimEnd(), { exact: false }).className).toBe('terminal__prompt');
    await run(session, input, 'ls');
    await run(session, input, 'cat missing');
    expect(lines(log)).toEqual([`${PROMPT}ls`, 'secret.txt', `${PROMPT}cat missing`, 'cat: missing: No such file or directory']);
    expect(within(log).getByText('cat: missing: No such file or directory').className).toBe('terminal__err');
    expect(input.value).toBe('');
  });

  it('shows output as text, never as HTML', async () => {
    const { session, input, log } = open();
    await run(session, input, "echo '<img src=x onerror=alert(1)><b>bold</b>'");
    expect(log.querySelector('img, b')).toBeNull();
    expect(lines(log).at(-1)).toBe('<img src=x onerror=alert(1)><b>bold</b>');
  });

  it('recalls history with Up and Down, and gives back the line being typed', async () => {
    const { session, input } = open({ history: ['echo restored'] });
    await run(session, input, 'echo one');
    await run(session, input, 'echo two');
    await user.fill(input, 'draft');
    const key = async (k: string) => await user.press(input, k);
    await key('ArrowUp');
    expect(input.value).toBe('echo two');
    await key('ArrowUp');
    await key('ArrowUp');
    expect(input.value).toBe('echo restored');
    await key('ArrowUp');
    expect(input.value).toBe('echo restored');
    await key('ArrowDown');
    expect(input.value).toBe('echo one');
    await key('ArrowDown');
    await key('ArrowDown');
    expect(input.value).toBe('draft');
  });

  it('completes with Tab: one candidate in place, several listed like bash', async () => {
    const { input, log } = open();
    await user.fill(input, 'aws kms enc');
    await user.press(input, 'Tab');
    expect(input.value).toBe('aws kms encrypt ');
    await user.fill(input, 'aws kms encrypt --plaintext fileb://se');
    await user.press(input, 'Tab');
    expect(input.value).toBe('aws kms encrypt --plaintext fileb://secret.txt ');
    await user.fill(input, 'aws kms de');
    await user.press(input, 'Tab');
    expect(input.value).toBe('aws kms de');
    expect(lines(log)[0]).toBe(`${PROMPT}aws kms de`);
    expect(log.textContent).toContain('describe-key');
  });

  it('lets Tab leave the terminal after Escape (no keyboard trap)', async () => {
    const { input } = open();
    await user.fill(input, 'aws kms enc');
    await user.press(input, 'Escape');
    await user.press(input, 'Tab');
    // Not prevented: focus leaves the command line (here, the last control of the page), and the
    // line is kept as typed.
    expect(document.activeElement).not.toBe(input);
    expect(input.value).toBe('aws kms enc');
  });

  it('Ctrl+C abandons the line (^C) and cancels a running command; Ctrl+L clears the screen', async () => {
    const slow = (shell: Shell): Shell =>
      Object.assign(Object.create(shell) as Shell, {
        run: (line: string, o: { signal?: AbortSignal } = {}) =>
          line === 'wait' ? new Promise((resolve) => o.signal?.addEventListener('abort', () => resolve(shell.run('true', o)))) : shell.run(line, o),
      });
    const { session, input, log } = open({ wrap: slow });
    await user.fill(input, 'aws kms li');
    await user.press(input, 'c', { ctrlKey: true });
    expect(lines(log)).toEqual([`${PROMPT}aws kms li^C`]);
    expect(input.value).toBe('');

    await user.fill(input, 'wait');
    await user.press(input, 'Enter');
    await waitFor(() => expect(log.getAttribute('aria-busy')).toBe('true'));
    await user.press(input, 'c', { ctrlKey: true });
    await act(() => session.whenIdle());
    expect(lines(log).slice(-2)).toEqual([`${PROMPT}wait`, '^C']);
    expect(log.getAttribute('aria-busy')).toBeNull();

    await user.press(input, 'l', { ctrlKey: true });
    expect(lines(log)).toEqual([]);
  });

  it('runs a multi-line paste line by line, keeping an unfinished last line in the command line', async () => {
    const { session, input, log } = open();
    await user.click(input);
    await user.paste('echo a > f.txt\ncat f.txt\necho par');
    await act(() => session.whenIdle());
    expect(lines(log)).toEqual([`${PROMPT}echo a > f.txt`, `${PROMPT}cat f.txt`, 'a']);
    expect(input.value).toBe('echo par');
  });

  it('calls `aws` as the identity selected in the top bar', async () => {
    const { session, input, log, cloud } = open();
    await cloud.call({ service: 'iam', operation: 'CreateUser', input: { UserName: 'myKeyUser' } });
    act(() => setIdentity(principalForUser(cloud.state.iam, 'myKeyUser')!));
    expect(screen.getByText('Calling as').parentElement!.textContent).toBe('Calling as myKeyUser');
    await run(session, input, 'aws sts get-caller-identity');
    expect(log.textContent).toContain('"Arn": "arn:aws:iam::111122223333:user/myKeyUser"');
  });

  it('uploads files into the home directory, saying when one replaced a file of the same name', async () => {
    const { session, input, log } = open();
    const click = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: 'Actions' }));
    await screen.findByRole('dialog', { name: 'Actions' });
    await user.click(screen.getByRole('button', { name: 'Upload file' }));
    expect(click).toHaveBeenCalled();
    const picker = document.querySelector<HTMLInputElement>('input[type=file]')!;
    await user.upload(picker, [new File([new Uint8Array([0, 200, 1])], 'data.bin')]);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Uploaded data.bin to /home/cloudshell-user/data.bin (3 bytes).'));
    // Dropping files from the desktop: user-event has no drag and drop, so the drop event itself.
    fireEvent.drop(log, { dataTransfer: { types: ['Files'], files: [new File(['new text'], 'secret.txt')] } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('It replaced the file of the same name, as cp would.'));
    const big = new File(['x'], 'big.iso');
    Object.defineProperty(big, 'size', { value: 60 * 1024 * 1024 });
    fireEvent.drop(log, { dataTransfer: { types: ['Files'], files: [big] } });
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain("big.iso (62,914,560 bytes) is larger than the lab's upload limit of 50 MiB: not uploaded."),
    );
    await run(session, input, 'wc -c data.bin secret.txt');
    expect(lines(log).slice(-3)).toEqual([' 3 data.bin', ' 8 secret.txt', '11 total']);
  });

  it('downloads a file by its path, byte for byte, and explains a wrong path', async () => {
    const { session, input } = open();
    await run(session, input, "printf '\\x00\\xff' > c.bin");
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:test'));
    URL.revokeObjectURL = vi.fn();
    const anchor = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

    await user.click(screen.getByRole('button', { name: 'Actions' }));
    await screen.findByRole('dialog', { name: 'Actions' });
    await user.click(screen.getByRole('button', { name: 'Download file' }));
    const dialog = screen.getByRole('dialog', { name: 'Download file' });
    const path = within(dialog).getByRole('textbox', { name: 'Individual file path' });
    await user.fill(path, 'nothing.bin');
    await user.click(within(dialog).getByRole('button', { name: 'Download' }));
    expect(within(dialog).getByText('/home/cloudshell-user/nothing.bin: No such file or directory')).toBeTruthy();

    await user.fill(path, 'c.bin');
    await user.click(within(dialog).getByRole('button', { name: 'Download' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(anchor).toHaveBeenCalledOnce();
    expect([...new Uint8Array(await blobs[0]!.arrayBuffer())]).toEqual([0, 255]);
    expect(screen.getByRole('status').textContent).toContain('Downloaded /home/cloudshell-user/c.bin (2 bytes).');
  });
});
