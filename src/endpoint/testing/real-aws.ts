/**
 * The real AWS CLI v2 (/usr/bin/aws, Debian's awscli 2.9.19) for the tests that run it (Node only).
 *
 * Each `aws` command is a run of /usr/bin/aws in a process of its own, with its own stdin, stdout,
 * stderr, working directory, environment, arguments and exit status, as in a terminal. Only
 * Python's import of awscli and botocore (about a second of CPU per command, most of what a
 * command costs) is done once per test file: aws-server.py imports them and forks for each
 * command; aws-client.py is the `aws` a shell line calls.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const AWS = '/usr/bin/aws';
export const hasAws = existsSync(AWS);

/** The Python /usr/bin/aws runs with (its #! line): the one whose packages hold its awscli. */
const python = () => /^#!\s*(\S+)/.exec(readFileSync(AWS, 'latin1'))?.[1] ?? '/usr/bin/python3';
const SERVER = join(import.meta.dirname, 'aws-server.py');
const CLIENT = join(import.meta.dirname, 'aws-client.py');

export interface RealAws {
  /**
   * A bash function that defines `aws` as /usr/bin/aws with these leading arguments (e.g.
   * `--endpoint-url http://...`), for the start of a script or session.
   */
  shellFunction(...leading: string[]): string;
  close(): Promise<void>;
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * Starts the CLI's server with `env` (give it the environment the commands run with: Python
 * picks its output encoding from it once, at start).
 */
export async function startRealAws(env: Record<string, string>): Promise<RealAws> {
  const dir = await mkdtemp(join(tmpdir(), 'kmslab-aws-'));
  const socket = join(dir, 'aws.sock');
  const py = python();
  const server: ChildProcess = spawn(py, [SERVER, socket], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('ready\n')) resolve();
    });
    server.once('exit', (code) => reject(new Error(`${SERVER} exited (${code}) before it was ready`)));
    server.once('error', reject);
  });
  return {
    shellFunction: (...leading) => `aws() { ${quote(py)} -I -S ${quote(CLIENT)} ${quote(socket)} ${leading.map(quote).join(' ')} "$@"; }`,
    async close() {
      server.kill();
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
