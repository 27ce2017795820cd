/**
 * The builtins against the real thing: each line of coreutils-transcript.ts runs in bash
 * (GNU coreutils, vim's xxd) in a temp directory and in the lab's shell; stdout, stderr and
 * exit status must be identical. Skipped where bash or xxd are missing (fails in CI).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCloud } from '@/cloud';
import { HOME, STARTER_SECRET } from '@/vfs';
import { createShell, type Shell } from '@/cli/shell/shell';
import { BashSession } from './bash-session';
import { COREUTILS_TRANSCRIPT } from './coreutils-transcript';

const hasTools = existsSync('/bin/bash') && existsSync('/usr/bin/xxd');
const decoder = new TextDecoder();

describe.runIf(hasTools || !!process.env.CI)('builtins print what bash and coreutils print', () => {
  let work: string;
  let bash: BashSession;
  let lab: Shell;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'kmslab-coreutils-'));
    await writeFile(join(work, 'secret.txt'), STARTER_SECRET);
    bash = BashSession.start(work, { PATH: '/usr/bin:/bin', HOME, LANG: 'C.UTF-8', TZ: 'UTC' }, '');
    lab = createShell({ cloud: createCloud(), tty: false });
    // /dev/null and /dev/zero, as the transcript uses them.
    lab.vfs.mkdir('/dev');
    lab.vfs.writeFile('/dev/zero', new Uint8Array(100));
  });

  afterAll(async () => {
    bash?.close();
    await rm(work, { recursive: true, force: true });
  });

  it(`runs ${COREUTILS_TRANSCRIPT.length} lines identically`, { timeout: 60_000 }, async () => {
    const mismatches: string[] = [];
    for (const line of COREUTILS_TRANSCRIPT) {
      const r = await bash.run(line);
      const l = await lab.run(line);
      const want = { status: r.status, stdout: decoder.decode(r.stdout), stderr: decoder.decode(r.stderr) };
      const got = { status: l.status, stdout: decoder.decode(l.stdout), stderr: decoder.decode(l.stderr) };
      if (JSON.stringify(want) !== JSON.stringify(got))
        mismatches.push(`$ ${line}\n--- bash:\n${JSON.stringify(want, null, 2)}\n--- lab:\n${JSON.stringify(got, null, 2)}`);
    }
    expect(mismatches.join('\n\n')).toBe('');
  });
});
