import { describe, expect, it } from 'vitest';
import { createCloud } from '@/cloud';
import { HOME } from '@/vfs';
import { shellLab, text } from '@/cli/testing';
import { createShell } from './shell';

describe('createShell', () => {
  it('starts in the CloudShell home with the course secret and environment', async () => {
    const shell = createShell({ cloud: createCloud() });
    expect(shell.cwd).toBe(HOME);
    expect(shell.prompt()).toBe('[cloudshell-user@cloudshell ~]$ ');
    expect(shell.env()).toMatchObject({ HOME, AWS_REGION: 'us-east-1', AWS_DEFAULT_REGION: 'us-east-1', USER: 'cloudshell-user' });
    expect(text((await shell.run('cat secret.txt')).stdout)).toMatch(/^Hello, Cloud Gurus\./);
  });

  it('keeps stdout and stderr apart, and in writing order for the terminal', async () => {
    const shell = createShell({ cloud: createCloud() });
    const r = await shell.run('echo one; cat nofile; echo two');
    expect(text(r.stdout)).toBe('one\ntwo\n');
    expect(text(r.stderr)).toBe('cat: nofile: No such file or directory\n');
    expect(r.output.map((c) => [c.fd, text(c.data)])).toEqual([
      [1, 'one\n'],
      [2, 'cat: nofile: No such file or directory\n'],
      [1, 'two\n'],
    ]);
    expect(r.status).toBe(0);
  });

  it('records history, restores it, and numbers it like bash', async () => {
    const shell = createShell({ cloud: createCloud(), history: ['ls'] });
    await shell.run('echo a');
    await shell.run('   ');
    const r = await shell.run('history');
    expect(text(r.stdout)).toBe('    1  ls\n    2  echo a\n    3  history\n');
    expect(shell.history()).toEqual(['ls', 'echo a', 'history']);
    await shell.run('history -c');
    expect(shell.history()).toEqual([]);
  });

  it('tells the UI to clear the screen or end the session', async () => {
    const shell = createShell({ cloud: createCloud() });
    expect((await shell.run('clear')).clear).toBe(true);
    expect((await shell.run('echo x')).clear).toBe(false);
    const r = await shell.run('exit 3');
    expect([r.exit, r.status, text(r.stderr)]).toEqual([true, 3, 'exit\n']);
  });

  it('reports syntax errors with status 2 and knows unfinished lines', async () => {
    const shell = createShell({ cloud: createCloud() });
    const r = await shell.run('echo "abc');
    expect([r.status, text(r.stderr)]).toEqual([2, 'bash: unexpected EOF while looking for matching `"\'\nbash: syntax error: unexpected end of file\n']);
    expect(shell.isIncomplete('echo "abc')).toBe(true);
    expect(shell.isIncomplete('echo a |')).toBe(true);
    expect(shell.isIncomplete('echo a')).toBe(false);
    expect(shell.isIncomplete(';;')).toBe(false);
  });

  it('lists in columns on the terminal and one per line into a pipe', async () => {
    const shell = createShell({ cloud: createCloud(), columns: 30 });
    await shell.run('touch alpha beta gamma delta epsilon zeta');
    // GNU ls's layout (it pads with tabs, the lab with spaces: the same on screen).
    expect(text((await shell.run('ls')).stdout)).toBe('alpha  epsilon     zeta\nbeta   gamma\ndelta  secret.txt\n');
    expect(text((await shell.run('ls | cat')).stdout)).toBe('alpha\nbeta\ndelta\nepsilon\ngamma\nsecret.txt\nzeta\n');
  });

  it('calls AWS as the caller the app selects, which can change', async () => {
    const lab = shellLab();
    await lab.run('aws sts get-caller-identity --query Arn --output text').expectStdout('arn:aws:iam::111122223333:user/lab-admin\n');
    lab.shell.caller = { type: 'root', arn: 'arn:aws:iam::111122223333:root', name: 'root', accountId: '111122223333', userId: '111122223333' };
    await lab.run('aws sts get-caller-identity --output text').expectStdout('111122223333\tarn:aws:iam::111122223333:root\t111122223333\n');
    const event = lab.cloud.state.trail.at(-1)!;
    expect(JSON.stringify(event)).toContain('command/sts.get-caller-identity');
  });

  it('stops when cancelled: the remaining commands do not run, status 130', async () => {
    const shell = createShell({ cloud: createCloud() });
    const controller = new AbortController();
    controller.abort();
    const r = await shell.run('echo a > f; echo b > g', { signal: controller.signal });
    expect(r.status).toBe(130);
    expect(shell.vfs.exists(`${HOME}/f`)).toBe(false);
  });

  it('cancels a running aws call', async () => {
    const shell = createShell({ cloud: createCloud() });
    const controller = new AbortController();
    const pending = shell.run('aws kms list-keys; echo after', { signal: controller.signal });
    controller.abort();
    const r = await pending;
    expect([r.status, text(r.stdout)]).toEqual([130, '\n']);
  });
});
