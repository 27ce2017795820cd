import { describe, expect, it } from 'vitest';
import { shellLab } from '@/cli/testing';
import { formatDate } from './date';

describe('export, unset, env', () => {
  it('exports variables to commands and lists them like bash', async () => {
    const lab = shellLab({ env: { AWS_REGION: 'us-east-1' } });
    expect((await lab.exec('MYVAR=1; env')).stdout).not.toContain('MYVAR');
    const listed = (await lab.exec('export MYVAR; export OTHER="a \\"q\\" $"; export')).stdout;
    expect(listed).toContain('declare -x MYVAR="1"\ndeclare -x OTHER="a \\"q\\" \\$"\n');
    expect((await lab.exec('env')).stdout).toContain('MYVAR=1\n');
    await lab
      .run('export 1x=2')
      .expectResult({ stderr: "bash: export: `1x=2': not a valid identifier\n", status: 1 })
      .run('unset MYVAR; echo "[$MYVAR]"')
      .expectStdout('[]\n');
    expect((await lab.exec('env')).stdout).toContain('AWS_DEFAULT_REGION=us-east-1\n');
  });
});

describe('true, false, help, date', () => {
  it('true and false only set the status', async () => {
    await shellLab().run('true').expectResult({ stdout: '', status: 0 }).run('false').expectStatus(1);
  });

  it('help lists every command and describes one', async () => {
    const lab = shellLab();
    const all = (await lab.exec('help')).stdout;
    for (const name of ['aws', 'base64', 'cat', 'cd', 'cmp', 'diff', 'xxd', 'sha256sum', 'history', 'date'])
      expect(all).toMatch(new RegExp(`^  ${name} +`, 'm'));
    await lab
      .run('help base64')
      .expectStdout('base64: base64 [-d] [-i] [-w COLS] [FILE]\n    base64 encode/decode data and print to standard output\n')
      .run('help nope')
      .expectStatus(1);
  });

  it('date prints the simulated clock in GNU date formats', async () => {
    const lab = shellLab();
    await lab.run('date').expectStdout('Thu Jan  1 00:00:00 UTC 2026\n');
    await lab.cloud.clock.advanceDays(31.5);
    await lab
      .run('date -u +%Y-%m-%dT%H:%M:%S%z')
      .expectStdout('2026-02-01T12:00:00+0000\n')
      .run('date -I; date -R; date -d @0 +%s')
      .expectStdout('2026-02-01\nSun, 01 Feb 2026 12:00:00 +0000\n0\n')
      .run('date tomorrow')
      .expectResult({ stderr: 'date: invalid date \u2018tomorrow\u2019\n', status: 1 });
    expect(formatDate('%a %A %b %B %d %e %H %I %j %m %M %p %S %y %Z %%', Date.UTC(2026, 6, 4, 15, 5, 9))).toBe(
      'Sat Saturday Jul July 04  4 15 03 185 07 05 PM 09 26 UTC %',
    );
  });
});
