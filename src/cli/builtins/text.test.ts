import { describe, expect, it } from 'vitest';
import { shellLab } from '@/cli/testing';
import { expandEscapes } from './escapes';

describe('echo and printf', () => {
  it('echo joins arguments; -n, -e and combined flags; other dashes are text', async () => {
    await shellLab()
      .run('echo a  b "c  d"')
      .expectStdout('a b c  d\n')
      .run('echo -n x; echo -ne "\\ty\\n"; echo -x; echo -- z')
      .expectStdout('x\ty\n-x\n-- z\n')
      .run("echo -e 'a\\x41\\0102\\u00e9\\c never'")
      .expectStdout('aABé');
  });

  it('writes raw bytes for \\x and octal escapes', async () => {
    await shellLab()
      .run("echo -en '\\xff\\x00' > b")
      .expectFile('b', new Uint8Array([255, 0]));
    expect([...expandEscapes('\\101\\0', 'printf').bytes]).toEqual([65, 0]);
    expect([...expandEscapes('\\0101', 'echo').bytes]).toEqual([65]);
    expect(expandEscapes('a\\cb', 'echo')).toEqual({ bytes: new Uint8Array([97]), stop: true });
  });

  it('printf reuses its format, pads, converts numbers, and reports bad ones like bash', async () => {
    await shellLab()
      .run("printf '%s=%d\\n' a 1 b 2 c")
      .expectStdout('a=1\nb=2\nc=0\n')
      .run("printf '[%5s][%-3s][%03d][%x][%o][%c][%%][%.1f]\\n' ab c 7 255 8 hello 2.25")
      .expectStdout('[   ab][c  ][007][ff][10][h][%][2.2]\n')
      .run("printf '%b|%s\\n' 'a\\tb' 'a\\tb'")
      .expectStdout('a\tb|a\\tb\n')
      .run("printf '%d\\n' abc 0x10 \"'A\"")
      .expectResult({ stdout: '0\n16\n65\n', stderr: 'bash: printf: abc: invalid number\n', status: 1 })
      .run('printf')
      .expectResult({ stderr: 'printf: usage: printf [-v var] format [arguments]\n', status: 2 });
  });
});

describe('head, tail, wc', () => {
  it('head and tail by lines and bytes, with headers for several files', async () => {
    await shellLab()
      .run("printf '1\\n2\\n3\\n4\\n' > n; head -n 2 n; head -3 n | tail -n 1; tail -n +3 n; head -n -3 n")
      .expectStdout('1\n2\n3\n3\n4\n1\n')
      .run('head -c 3 n; tail -c 2 n')
      .expectStdout('1\n24\n')
      .run('echo x > m; head -n 1 n m')
      .expectStdout('==> n <==\n1\n\n==> m <==\nx\n')
      .run('cat n | tail -n 1 -v')
      .expectStdout('==> standard input <==\n4\n');
  });

  it('head and tail report bad counts and files', async () => {
    await shellLab()
      .run('head -n x secret.txt; tail -c y secret.txt')
      .expectStderr('head: invalid number of lines: \u2018x\u2019\ntail: invalid number of bytes: \u2018y\u2019\n')
      .run('mkdir d; head nofile; tail d')
      .expectResult({ stderr: "head: cannot open 'nofile' for reading: No such file or directory\ntail: error reading 'd': Is a directory\n", status: 1 });
  });

  it('wc counts lines, words, chars and bytes with coreutils padding', async () => {
    await shellLab()
      .run('wc secret.txt')
      .expectStdout(' 1 12 66 secret.txt\n')
      .run('wc -c secret.txt; wc -l < secret.txt; cat secret.txt | wc')
      .expectStdout('66 secret.txt\n1\n      1      12      66\n')
      .run("printf 'é\\n' > u; wc -m -c u; wc secret.txt u")
      .expectStdout('2 3 u\n 1 12 66 secret.txt\n 1  1  3 u\n 2 13 69 total\n')
      .run('wc nofile u')
      .expectResult({ stdout: '1 1 3 u\n1 1 3 total\n', stderr: 'wc: nofile: No such file or directory\n', status: 1 });
  });
});
