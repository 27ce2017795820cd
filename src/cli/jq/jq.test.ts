/**
 * jq inside the lab's shell: what the shell gives it (pipes from `aws`, files of the VFS after
 * `cd`, exported variables, the simulated clock) and what it gives back (exit status for `-e`,
 * `&&` and `if`, stderr). jq's own language is compared with the real jq in
 * src/cli/golden/jq.test.ts; here also jq 1.7.1's wording where Debian's jq 1.6 differs.
 */
import { describe, expect, it } from 'vitest';
import { createCloud } from '@/cloud';
import { SimulatedClock } from '@/core';
import { HOME } from '@/vfs';
import { shellLab } from '@/cli/testing';
import { parseGlue } from './program';
import glue from 'jq-wasm/dist/build/jq.js?raw';
import { strptime } from './strptime';

const START = Date.UTC(2026, 11, 7, 13, 20, 5);

describe('jq in CloudShell', () => {
  it('reads the JSON that aws prints through a pipe: -r gives raw strings, -c one line per value', async () => {
    const lab = shellLab();
    const a = await lab.exec('aws kms create-key --description first --query KeyMetadata.KeyId --output text');
    const b = await lab.exec('aws kms create-key --description second --query KeyMetadata.KeyId --output text');
    const ids = [a.stdout.trim(), b.stdout.trim()];
    await lab
      .run("aws kms list-keys --output json | jq -r '[.Keys[].KeyId] | sort[]'")
      .expectResult({ stdout: `${[...ids].sort().join('\n')}\n`, stderr: '', status: 0 })
      .run(`aws kms describe-key --key-id ${ids[0]} --output json | jq -c '.KeyMetadata | {Description, KeyState}'`)
      .expectStdout('{"Description":"first","KeyState":"Enabled"}\n');
  });

  it('gives its exit status to the shell: -e is 1 for false or null, 5 for a runtime error', async () => {
    const lab = shellLab();
    lab.vfs.writeFile(`${HOME}/key.json`, new TextEncoder().encode('{"KeyMetadata": {"Enabled": false, "KeyState": "Disabled"}}'));
    await lab
      .run('jq -e \'.KeyMetadata.Enabled\' key.json > /dev/null && echo enabled || echo "disabled ($?)"')
      .expectStdout('disabled (1)\n')
      .run('if jq -e \'.KeyMetadata.KeyState == "Disabled"\' key.json >/dev/null; then echo off; fi')
      .expectStdout('off\n')
      .run("jq '.KeyMetadata.KeyState.x' key.json; echo $?")
      .expectResult({ stdout: '5\n', stderr: 'jq: error (at key.json:0): Cannot index string with string "x"\n' });
  });

  it('takes --arg values from shell variables and $ENV from the exported environment', async () => {
    await shellLab()
      .run('USER_NAME=myKeyUser; jq -n -c --arg u "$USER_NAME" \'{user: $u, region: $ENV.AWS_REGION, unset: $ENV.USER_NAME}\'')
      .expectStdout('{"user":"myKeyUser","region":"us-east-1","unset":null}\n')
      .run("export USER_NAME; jq -n -r 'env.USER_NAME'")
      .expectStdout('myKeyUser\n');
  });

  it('opens files relative to the working directory, and says so when one is missing', async () => {
    const lab = shellLab();
    lab.vfs.mkdir(`${HOME}/d`);
    lab.vfs.writeFile(`${HOME}/d/a.json`, new TextEncoder().encode('[1, 2]'));
    await lab
      .run('cd d && jq -c . a.json ../d/a.json /home/cloudshell-user/d/a.json')
      .expectStdout('[1,2]\n[1,2]\n[1,2]\n')
      .run('jq . missing.json; echo $?')
      .expectResult({ stdout: '2\n', stderr: 'jq: error: Could not open file missing.json: No such file or directory\n' })
      .run("jq -n --slurpfile v a.json --rawfile r a.json -c '[$v, $r]'")
      .expectStdout('[[[1,2]],"[1, 2]"]\n');
  });

  it('reads here-strings and the rest of a loop’s input', async () => {
    await shellLab().run('jq -r \'.[]\' <<< \'["a b", "c"]\' | while read -r line; do echo "<$line>"; done').expectStdout('<a b>\n<c>\n');
  });

  it('tells time by the simulated clock, in UTC', async () => {
    const cloud = createCloud({ clock: new SimulatedClock(START) });
    await shellLab({ cloud })
      .run("jq -n -r 'now | floor | todate'")
      .expectStdout('2026-12-07T13:20:05Z\n')
      .run('jq -n -c \'"2026-12-07T13:20:05Z" | fromdate, (strptime("%d %B %Y %H:%M") | mktime)\' <<< x')
      .expectStatus(5)
      .run('jq -r \'strptime("%d %B %Y") | mktime | todate\' <<< \'"7 December 2026"\'')
      .expectStdout('2026-12-07T00:00:00Z\n')
      .run('jq -n -r \'"2026-12-07T13:20:05Z" | strptime("%Y-%m-%dT%H:%M:%SZ") | mktime, todate\'')
      .expectStdout('1796649605\n2026-12-07T13:20:05Z\n');
  });

  it('words errors as jq 1.7.1 does (CloudShell’s jq), where Debian’s jq 1.6 differs', async () => {
    await shellLab()
      .run("echo '{' | jq .; echo $?")
      .expectResult({ stdout: '5\n', stderr: 'jq: parse error: Unfinished JSON term at EOF at line 2, column 0\n' })
      .run("jq '.['; echo $?")
      .expectResult({
        stdout: '3\n',
        stderr: 'jq: error: syntax error, unexpected end of file (Unix shell quoting issues?) at <top-level>, line 1:\n.[ \njq: 1 compile error\n',
      })
      .run('jq --version')
      .expectStdout(/^jq-1\.7\.1/);
  });

  it('stops a filter that never ends once its output passes the limit (16 MiB in the shell)', async () => {
    const { loadJq, runProgram } = await import('./jq-runtime');
    const out: Uint8Array[] = [];
    const err: string[] = [];
    const files = { stat: () => undefined, read: () => new Uint8Array() };
    const status = runProgram(await loadJq(), {
      ...{ args: ['-n', 'repeat("x")'], stdin: new Uint8Array(), env: {}, cwd: '/', nowMs: START, files },
      stdout: (d) => out.push(d),
      stderr: (d) => err.push(new TextDecoder().decode(d)),
      outputLimit: 100_000,
    });
    const bytes = out.reduce((n, d) => n + d.length, 0);
    expect(status).toBe(2);
    expect(bytes).toBeGreaterThan(99_000);
    expect(bytes).toBeLessThanOrEqual(100_000);
    expect(err.join('')).toBe("jq: output stopped after 100000 bytes (the lab's limit for one command)\n");
  });
});

describe('loading jq', () => {
  it('finds the module and its import and export names in the package’s glue', () => {
    const { bytes, imports, exports } = parseGlue(glue);
    expect([...bytes.subarray(0, 4)]).toEqual([0, 0x61, 0x73, 0x6d]);
    expect(new Set(imports.values())).toContain('fd_write');
    expect(new Set(imports.values())).toContain('__syscall_openat');
    expect(Object.values(exports).every((n) => /^\w+$/.test(n))).toBe(true);
    expect(() => parseGlue('no module here')).toThrow(/not found/);
  });
});

describe('strptime', () => {
  it('reads what glibc reads, and refuses what does not match', () => {
    expect(strptime('2026-12-07T13:20:05Z', '%Y-%m-%dT%H:%M:%SZ')).toEqual({
      tm: { sec: 5, min: 20, hour: 13, mday: 7, mon: 11, year: 126, wday: 1, yday: 340 },
      length: 20,
    });
    expect(strptime('Mon, 07 Dec 2026 01:02:03 PM +0000', '%a, %d %b %Y %I:%M:%S %p %z')?.tm).toMatchObject({ hour: 13, min: 2, sec: 3 });
    expect(strptime('2026-13-01', '%F')).toBeUndefined();
    expect(strptime('12/07/26', '%D')?.tm).toMatchObject({ year: 126, mon: 11, mday: 7 });
    expect(strptime('7 December', '%d %B %Y')).toBeUndefined();
  });
});
