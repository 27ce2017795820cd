import { describe, expect, it } from 'vitest';
import { utf8 } from '@/core';
import { shellLab } from '@/cli/testing';
import { gnuBase64Decode, xxdDump } from './encode';

describe('base64', () => {
  it('encodes with GNU wrapping at 76 columns, -w N and -w 0', async () => {
    const lab = shellLab();
    lab.vfs.writeFile('/home/cloudshell-user/z', new Uint8Array(60));
    await lab
      .run('base64 z')
      .expectStdout(`${'A'.repeat(76)}\n${'A'.repeat(4)}\n`)
      .run('base64 -w 30 z | head -n 1')
      .expectStdout(`${'A'.repeat(30)}\n`)
      .run('base64 --wrap=0 z')
      .expectStdout('A'.repeat(80))
      .run("printf '' | base64")
      .expectStdout('');
  });

  it('decodes across newlines and reports invalid input after what it could decode', async () => {
    await shellLab()
      .run("printf 'aGk=\\naGk=\\n' | base64 -d")
      .expectStdout('hihi')
      .run("printf 'aG k=' | base64 --decode")
      .expectResult({ stdout: 'h', stderr: 'base64: invalid input\n', status: 1 })
      .run("printf 'a@G!k=' | base64 -d -i")
      .expectResult({ stdout: 'hi', status: 0 });
    expect(gnuBase64Decode(utf8('aGk'), false)).toEqual({ bytes: utf8('hi'), ok: false });
    expect(gnuBase64Decode(utf8('a'), false)).toEqual({ bytes: new Uint8Array(), ok: false });
  });

  it('reports operands and options like coreutils', async () => {
    await shellLab()
      .run('base64 a b')
      .expectStderr("base64: extra operand \u2018b\u2019\nTry 'base64 --help' for more information.\n")
      .run('base64 -w x secret.txt; base64 nofile')
      .expectStderr('base64: invalid wrap size: \u2018x\u2019\nbase64: nofile: No such file or directory\n')
      .expectStatus(1);
  });
});

describe('xxd', () => {
  it('dumps with xxd columns, plain hex, and reverses plain hex', async () => {
    await shellLab()
      .run("printf 'Hello, Cloud Gurus!\\n' | xxd")
      .expectStdout('00000000: 4865 6c6c 6f2c 2043 6c6f 7564 2047 7572  Hello, Cloud Gur\n00000010: 7573 210a                                us!.\n')
      .run("printf 'hi' | xxd -p | xxd -r -p")
      .expectStdout('hi')
      .run('xxd -l 4 -u secret.txt out.hex; cat out.hex')
      .expectStdout('00000000: 4865 6C6C                                Hell\n')
      .run('xxd nofile')
      .expectResult({ stderr: 'xxd: nofile: No such file or directory\n', status: 2 })
      .run('xxd -Q')
      .expectStatus(1)
      .expectStderr(/^Usage:\n {7}xxd \[options\]/);
    expect(xxdDump(new Uint8Array([0, 0x7f, 0x80, 0x68, 0x69]), 8, 1)).toBe('00000000: 00 7f 80 68 69           ...hi\n');
    expect(xxdDump(utf8('abc'), 2, 3)).toBe('00000000: 6162  ab\n00000002: 63    c\n');
  });
});

describe('sha256sum', () => {
  it('hashes files and standard input', async () => {
    await shellLab().run('printf hi | sha256sum; printf hi > h; sha256sum h nofile').expectResult({
      stdout: '8f434346648f6b96df89dda901c5176b10a6d83961dd3c1ac88b59b2dc327aa4  -\n8f434346648f6b96df89dda901c5176b10a6d83961dd3c1ac88b59b2dc327aa4  h\n',
      stderr: 'sha256sum: nofile: No such file or directory\n',
      status: 1,
    });
  });
});
