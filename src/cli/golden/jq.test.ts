/**
 * jq against the real jq: the JSON the lab's `aws ... --output json` prints is written to a temp
 * directory and to the lab's home, then each line of jq-transcript.ts runs in bash with
 * /usr/bin/jq and in the lab's shell; stdout, stderr and exit status must be identical.
 * Skipped where bash or jq are missing (fails in CI).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCloud } from '@/cloud';
import { HOME } from '@/vfs';
import { createShell, type Shell } from '@/cli/shell/shell';
import { BashSession } from './bash-session';
import { JQ_TRANSCRIPT } from './jq-transcript';

const hasTools = existsSync('/bin/bash') && existsSync('/usr/bin/jq');
const decoder = new TextDecoder();

/** The files both sides read: the lab's own AWS output. */
const AWS_FILES: [string, string][] = [
  ['aws kms create-key --description "jq demo" --output json', 'key.json'],
  ['aws kms create-alias --alias-name alias/jq-demo --target-key-id "$(jq -r .KeyMetadata.KeyId key.json)"', ''],
  ['aws kms create-key --output json', ''],
  ['aws kms list-keys --output json', 'keys.json'],
  ['aws kms list-aliases --output json', 'aliases.json'],
  ['aws kms get-key-policy --key-id "$(jq -r .KeyMetadata.KeyId key.json)" --output json', 'policy.json'],
  ['aws kms encrypt --key-id alias/jq-demo --plaintext fileb://secret.txt --output json', 'encrypted.json'],
];

describe.runIf(hasTools || !!process.env.CI)('jq prints what the real jq prints', () => {
  let work: string;
  let bash: BashSession;
  let lab: Shell;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'kmslab-jq-'));
    lab = createShell({ cloud: createCloud(), tty: false });
    lab.vfs.mkdir('/dev');
    lab.vfs.writeFile('/dev/null', new Uint8Array());
    for (const [command, file] of AWS_FILES) {
      const r = await lab.run(file ? `${command} > ${file}` : command);
      if (r.status !== 0) throw new Error(`${command}: ${decoder.decode(r.stderr)}`);
      if (file) await writeFile(join(work, file), lab.vfs.readFile(`${HOME}/${file}`));
    }
    bash = BashSession.start(work, { PATH: '/usr/bin:/bin', HOME, LANG: 'C.UTF-8', TZ: 'UTC' }, '');
  });

  afterAll(async () => {
    bash?.close();
    await rm(work, { recursive: true, force: true });
  });

  it(`runs ${JQ_TRANSCRIPT.length} lines identically`, { timeout: 120_000 }, async () => {
    const mismatches: string[] = [];
    for (const line of JQ_TRANSCRIPT) {
      const r = await bash.run(line);
      const l = await lab.run(line);
      const want = { status: r.status, stdout: decoder.decode(r.stdout), stderr: decoder.decode(r.stderr) };
      const got = { status: l.status, stdout: decoder.decode(l.stdout), stderr: decoder.decode(l.stderr) };
      if (JSON.stringify(want) !== JSON.stringify(got))
        mismatches.push(`$ ${line}\n--- jq:\n${JSON.stringify(want, null, 2)}\n--- lab:\n${JSON.stringify(got, null, 2)}`);
    }
    expect(mismatches.join('\n\n')).toBe('');
  });
});
