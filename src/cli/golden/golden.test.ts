/**
 * The golden test: the transcript (transcript.ts) runs in bash with the real AWS CLI v2
 * (/usr/bin/aws, Debian 2.9.19) against an in-process endpoint, and in the lab's shell on a
 * fresh cloud; stdout, stderr and exit status of every line must be identical once random
 * values are normalized (normalize.ts); both accounts share one simulated start time, so
 * timestamps (with their microseconds) are compared as printed. The lab's shell runs with the 2.9.19 model gaps
 * (cli-2.9.19-model-gaps.ts), nothing else is ignored. Every `aws` line is a run of /usr/bin/aws
 * in a process of its own; Python's imports are done once for the file (@/endpoint/testing/real-aws).
 * Without /usr/bin/aws: skipped locally with an install hint, a failure in CI.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCloud } from '@/cloud';
import { SimulatedClock } from '@/core';
import { startEndpoint, type Endpoint } from '@/endpoint/server';
import { AWS, hasAws, startRealAws, type RealAws } from '@/endpoint/testing/real-aws';
import { STARTER_SECRET } from '@/vfs';
import { createShell, type Shell } from '@/cli/shell/shell';
import { BashSession, type LineResult } from './bash-session';
import { CLI_2_9_19_MODEL_GAPS } from './cli-2.9.19-model-gaps';
import { Normalizer } from './normalize';
import { GOLDEN_TRANSCRIPT } from './transcript';

/** Both accounts run on the same simulated time, with milliseconds, so timestamps are compared exactly. */
const START = Date.UTC(2026, 2, 14, 15, 9, 26, 535);
const cloudAt = () => createCloud({ clock: new SimulatedClock(START) });
const decoder = new TextDecoder();

if (!hasAws && !process.env.CI) console.warn(`Skipping the golden CLI test: ${AWS} is missing. Install AWS CLI v2 with: apt-get install -y awscli`);

describe('the real AWS CLI is installed', () => {
  it.runIf(!!process.env.CI)(`${AWS} exists (CI must install it: apt-get install -y awscli)`, () => {
    expect(hasAws).toBe(true);
  });
});

describe.runIf(hasAws)('golden transcript: the lab shell prints what the real AWS CLI v2 prints', () => {
  let endpoint: Endpoint;
  let work: string;
  let config: string;
  let bash: BashSession;
  let aws: RealAws;
  let lab: Shell;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'kmslab-golden-'));
    config = await mkdtemp(join(tmpdir(), 'kmslab-golden-config-'));
    await writeFile(join(work, 'secret.txt'), STARTER_SECRET);
    await writeFile(join(config, 'config'), '');
    await writeFile(join(config, 'credentials'), '');
    endpoint = await startEndpoint({ cloud: cloudAt(), port: 0, host: '127.0.0.1' });
    const env = {
      PATH: '/usr/bin:/bin',
      HOME: work,
      LANG: 'C.UTF-8',
      TZ: 'UTC',
      AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_PAGER: '',
      AWS_CONFIG_FILE: join(config, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: join(config, 'credentials'),
      AWS_EC2_METADATA_DISABLED: 'true',
    };
    aws = await startRealAws(env);
    bash = BashSession.start(work, env, aws.shellFunction('--endpoint-url', endpoint.url));
    lab = createShell({ cloud: cloudAt(), tty: false, columns: 80, aws: { modelGaps: CLI_2_9_19_MODEL_GAPS } });
  });

  afterAll(async () => {
    bash?.close();
    await aws?.close();
    await endpoint?.close();
    await rm(work, { recursive: true, force: true });
    await rm(config, { recursive: true, force: true });
  });

  // The test checks what is printed, not how fast: each line starts a Python process for the real CLI (about 0.8 s on a
  // quiet machine, 55 s in all; 120 s was exceeded at load 19 on 2 cores), so the budget is ten seconds a line.
  it(
    `runs ${GOLDEN_TRANSCRIPT.length} command lines with identical stdout, stderr and exit status`,
    { timeout: GOLDEN_TRANSCRIPT.length * 10_000 },
    async () => {
      expect(GOLDEN_TRANSCRIPT.length).toBeGreaterThanOrEqual(60);
      const real = { norm: new Normalizer(), captures: new Map<string, string>() };
      const ours = { norm: new Normalizer(), captures: new Map<string, string>() };
      const show = (side: typeof real, r: LineResult) => ({
        status: r.status,
        stdout: side.norm.normalize(decoder.decode(r.stdout)),
        stderr: side.norm.normalize(decoder.decode(r.stderr)),
      });
      const substitute = (line: string, captures: Map<string, string>) => [...captures].reduce((l, [name, value]) => l.split(name).join(value), line);
      const mismatches: string[] = [];
      for (const { line, capture } of GOLDEN_TRANSCRIPT) {
        const r = await bash.run(substitute(line, real.captures));
        const l = await lab.run(substitute(line, ours.captures));
        if (capture) {
          real.captures.set(capture, decoder.decode(r.stdout).trim());
          ours.captures.set(capture, decoder.decode(l.stdout).trim());
        }
        const want = show(real, r);
        const got = show(ours, l);
        if (JSON.stringify(want) !== JSON.stringify(got)) {
          mismatches.push(`$ ${line}\n--- real AWS CLI:\n${JSON.stringify(want, null, 2)}\n--- lab:\n${JSON.stringify(got, null, 2)}`);
        }
      }
      expect(mismatches.join('\n\n')).toBe('');
    },
  );
});
