import { afterEach, describe, expect, it } from 'vitest';
import type { Shell } from '@/cli';
import { principalForUser, rootPrincipal } from '@/iam/state';
import { setIdentity, setRegion } from '@/state/console-store';
import { HOME } from '@/vfs';
import { screenText, testSession, typeLines } from './testing';

const PROMPT = '[cloudshell-user@cloudshell ~]$ ';

afterEach(() => {
  setRegion('us-east-1');
  setIdentity(rootPrincipal());
});

describe('the CloudShell session', () => {
  it('echoes the prompt and the command, then its output; stderr is marked as such', async () => {
    const { session } = testSession();
    await typeLines(session, 'ls', 'cat nothing.txt');
    expect(screenText(session)).toEqual([`${PROMPT}ls`, 'secret.txt', `${PROMPT}cat nothing.txt`, 'cat: nothing.txt: No such file or directory']);
    const last = session.getView().lines.at(-1)!;
    expect(last.segments).toEqual([{ kind: 'err', text: 'cat: nothing.txt: No such file or directory' }]);
  });

  it('runs lines in order, and asks for more with "> " while a line is unfinished', async () => {
    const { session } = testSession();
    session.submit('echo "one', 'two"', 'echo done');
    expect(session.getView().prompt).toBe(PROMPT);
    await session.whenIdle();
    expect(screenText(session)).toEqual([`${PROMPT}echo "one`, '> two"', 'one', 'two', `${PROMPT}echo done`, 'done']);
    expect(session.history()).toEqual(['echo "one\ntwo"', 'echo done']);
  });

  it('shows binary output as text: invalid UTF-8 as replacement characters, controls as pictures', async () => {
    const { session } = testSession();
    await typeLines(session, "printf '\\xff\\x00<b>hi</b>\\x1b'");
    expect(screenText(session).at(-1)).toBe('\ufffd\u2400<b>hi</b>\u241b');
  });

  it('follows the Region selected in the console, unless the user exported their own', async () => {
    const { session } = testSession();
    await typeLines(session, 'echo $AWS_REGION $AWS_DEFAULT_REGION');
    setRegion('eu-west-1');
    await typeLines(session, 'cd /tmp', 'echo $AWS_REGION $AWS_DEFAULT_REGION $PWD', 'aws configure list');
    const text = screenText(session).filter((l) => !l.includes('$ '));
    expect(text.slice(0, 2)).toEqual(['us-east-1 us-east-1', 'eu-west-1 eu-west-1 /tmp']);
    expect(text.find((l) => l.trim().startsWith('region'))).toMatch(/^ +region +eu-west-1 +env +/);
    await typeLines(session, 'export AWS_REGION=ap-south-1');
    setRegion('us-west-2');
    await typeLines(session, 'echo $AWS_REGION');
    expect(screenText(session).at(-1)).toBe('ap-south-1');
  });

  it('calls as the identity selected in the top bar', async () => {
    const { session, cloud } = testSession();
    await typeLines(session, 'aws sts get-caller-identity --query Arn --output text');
    expect(screenText(session).at(-1)).toBe('arn:aws:iam::111122223333:root');
    await cloud.call({ service: 'iam', operation: 'CreateUser', input: { UserName: 'myKeyUser' } });
    setIdentity(principalForUser(cloud.state.iam, 'myKeyUser')!);
    await typeLines(session, 'aws sts get-caller-identity --query Arn --output text', 'aws kms list-keys');
    const text = screenText(session);
    expect(text).toContain('arn:aws:iam::111122223333:user/myKeyUser');
    expect(text.at(-1)).toBe(
      'An error occurred (AccessDeniedException) when calling the ListKeys operation: User: arn:aws:iam::111122223333:user/myKeyUser is not authorized to perform: kms:ListKeys on resource: * because no identity-based policy allows the kms:ListKeys action',
    );
  });

  it('Ctrl+C abandons the line being typed, or cancels the running command and what was typed ahead', async () => {
    let release: (() => void) | undefined;
    // A command that runs until it is cancelled, as a slow call would.
    const slow = (shell: Shell): Shell =>
      Object.assign(Object.create(shell) as Shell, {
        run: (line: string, o: { signal?: AbortSignal } = {}) =>
          line === 'wait'
            ? new Promise((resolve) => {
                release = () => resolve(shell.run('true', o));
                o.signal?.addEventListener('abort', () => release!());
              })
            : shell.run(line, o),
      });
    const { session } = testSession({ wrap: slow });
    session.interrupt('half typ');
    expect(screenText(session)).toEqual([`${PROMPT}half typ^C`]);

    session.submit('wait', 'echo never');
    await new Promise((r) => setTimeout(r, 10));
    expect(session.getView().running).toBe(true);
    session.interrupt('');
    await session.whenIdle();
    expect(screenText(session).slice(1)).toEqual([`${PROMPT}wait`, '^C']);
    expect(session.getView().running).toBe(false);
  });

  it('clears the screen with `clear` and on request (Ctrl+L)', async () => {
    const { session } = testSession();
    await typeLines(session, 'echo a', 'clear');
    expect(screenText(session)).toEqual([]);
    await typeLines(session, 'echo b');
    session.clearScreen();
    expect(screenText(session)).toEqual([]);
  });

  it('lists completions under the echoed line, and completes a single one', async () => {
    const { session } = testSession();
    expect(session.complete('aws kms enc', 11)).toEqual({ line: 'aws kms encrypt ', cursor: 16 });
    expect(session.complete('aws kms li', 10)).toEqual({ line: 'aws kms list-', cursor: 13 });
    const listed = session.complete('aws kms de', 10);
    expect(listed.list).toContain('decrypt');
    expect(screenText(session)[0]).toBe(`${PROMPT}aws kms de`);
    expect(screenText(session)[1]).toMatch(/^decrypt {2,}\S/);
    expect(screenText(session).join(' ')).toContain('delete-alias ');
  });

  it('uploads into the home directory (replacing like cp) and reads files for download', async () => {
    const { session } = testSession();
    expect(session.files.upload('notes.bin', new Uint8Array([0, 1, 255]))).toEqual({ ok: true, path: `${HOME}/notes.bin`, size: 3, replaced: false });
    expect(session.files.upload('secret.txt', new Uint8Array([65]))).toMatchObject({ ok: true, replaced: true });
    await typeLines(session, 'mkdir d', 'wc -c notes.bin secret.txt');
    expect(screenText(session).slice(-3)).toEqual(['3 notes.bin', '1 secret.txt', '4 total']);
    expect(session.files.upload('d', new Uint8Array())).toEqual({ ok: false, message: `${HOME}/d: Is a directory: not uploaded.` });
    expect(session.files.read('notes.bin')).toMatchObject({ ok: true, name: 'notes.bin', data: new Uint8Array([0, 1, 255]) });
    expect(session.files.read(`~/secret.txt`)).toMatchObject({ ok: true, path: `${HOME}/secret.txt` });
    expect(session.files.read('missing.txt')).toEqual({ ok: false, message: `${HOME}/missing.txt: No such file or directory` });
    expect(session.files.read('d')).toEqual({ ok: false, message: `${HOME}/d: Is a directory. Download one file at a time.` });
    expect(session.files.read(' ')).toEqual({ ok: false, message: 'Enter the path of a file.' });
  });

  it('starts a new session after `exit`, keeping the home directory and the history', async () => {
    const { session } = testSession({ history: ['echo restored'] });
    await typeLines(session, 'export X=1', 'cd /tmp', 'exit');
    await typeLines(session, 'echo "[$X]" $PWD');
    const text = screenText(session);
    expect(text).toContain('Session ended. A new session started in your home directory.');
    expect(text.at(-1)).toBe(`[] ${HOME}`);
    expect(session.history()).toEqual(['echo restored', 'export X=1', 'cd /tmp', 'exit', 'echo "[$X]" $PWD']);
  });

  it('reports a failure of the lab itself as such, never as an AWS error', async () => {
    const broken = (shell: Shell): Shell => Object.assign(Object.create(shell) as Shell, { run: () => Promise.reject(new Error('boom')) });
    const { session } = testSession({ wrap: broken });
    await typeLines(session, 'ls');
    expect(screenText(session).at(-1)).toBe('kmslab: internal error (a bug in KMS Lab, not an AWS answer): boom');
  });
});
