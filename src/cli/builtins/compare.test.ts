import { describe, expect, it } from 'vitest';
import { utf8 } from '@/core';
import { shellLab } from '@/cli/testing';
import { myers, normalDiff } from './compare';
import { splitLines } from './util';

const lines = (s: string) => splitLines(utf8(s));

describe('diff', () => {
  it('prints normal diff hunks as GNU diff does', () => {
    expect(normalDiff(lines('a\nb\nc\n'), lines('a\nB\nc\nd\n'))).toBe('2c2\n< b\n---\n> B\n3a4\n> d\n');
    expect(normalDiff(lines('x\na\nb\nc\n'), lines('a\nc\ny\n'))).toBe('1d0\n< x\n3d1\n< b\n4a3\n> y\n');
    expect(normalDiff(lines('a\nb\n'), lines('b\na\n'))).toBe('1d0\n< a\n2a2\n> a\n');
    expect(normalDiff(lines('x'), lines('y'))).toBe('1c1\n< x\n\\ No newline at end of file\n---\n> y\n\\ No newline at end of file\n');
    expect(myers([1, 2], [1, 2], (a, b) => a === b).every((o) => o.kind === 'same')).toBe(true);
  });

  it('exits 0, 1 or 2, says when binary files differ, and checks operands', async () => {
    await shellLab()
      .run('cp secret.txt s2; diff secret.txt s2; echo $?')
      .expectStdout('0\n')
      .run("printf '\\x00' > bin; diff bin secret.txt")
      .expectResult({ stdout: 'Binary files bin and secret.txt differ\n', status: 1 })
      .run('diff -q bin secret.txt')
      .expectStdout('Files bin and secret.txt differ\n')
      .run('diff secret.txt')
      .expectResult({ stderr: "diff: missing operand after 'secret.txt'\ndiff: Try 'diff --help' for more information.\n", status: 2 })
      .run('diff secret.txt nofile')
      .expectResult({ stderr: 'diff: nofile: No such file or directory\n', status: 2 });
  });
});

describe('cmp', () => {
  it('names the first difference, or the shorter file', async () => {
    await shellLab()
      .run("printf 'Hello' > a; printf 'Hellx' > b; cmp a b")
      .expectResult({ stdout: 'a b differ: byte 5, line 1\n', status: 1 })
      .run("printf 'Hel' > c; cmp a c")
      .expectResult({ stderr: 'cmp: EOF on c after byte 3, in line 1\n', status: 1 })
      .run("printf 'a\\n' > d; printf 'a\\nb' > e; cmp d e")
      .expectStderr('cmp: EOF on d after byte 2, line 1\n')
      .run(': > empty; touch empty; cmp empty a')
      .expectStderr('bash: :: command not found\ncmp: EOF on empty which is empty\n')
      .run('cmp -s a b; echo $?; cmp a a; echo $?; cmp a nofile; echo $?')
      .expectResult({ stdout: '1\n0\n2\n', stderr: 'cmp: nofile: No such file or directory\n' });
  });
});
