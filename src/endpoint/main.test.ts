/** `npm run endpoint` as a learner runs it: a child process, its printout, its --state file across a restart. */
import { CreateKeyCommand, DecryptCommand, EncryptCommand, KMSClient } from '@aws-sdk/client-kms';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fromUtf8, utf8 } from '@/core';
import { ADMIN_CREDENTIALS } from '@/cloud/protocol/testing';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
let dir: string;
const children: ChildProcess[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kmslab-main-'));
});
afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

interface Started {
  child: ChildProcess;
  url: string;
  out: () => string;
}

/** Starts `node --import tsx src/endpoint/main.ts args` and waits for its URL (or its exit). */
function start(args: string[]): Promise<Started | { code: number; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/endpoint/main.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  let err = '';
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`endpoint did not start:\n${out}\n${err}`)), 30_000);
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m && out.includes('kms list-keys')) {
        clearTimeout(timer);
        done({ child, url: m[1]!, out: () => out });
      }
    });
    child.stderr!.on('data', (d) => (err += d));
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ code: code ?? -1, stderr: err });
    });
  });
}

const stop = (child: ChildProcess) =>
  new Promise<number | null>((done) => {
    child.once('exit', (code) => done(code));
    child.kill('SIGTERM');
  });

const client = (url: string) => new KMSClient({ endpoint: url, region: 'us-east-1', credentials: ADMIN_CREDENTIALS, maxAttempts: 1 });

describe('npm run endpoint', { timeout: 90_000 }, () => {
  it('prints how to use it, saves to --state, and loads it again after a restart', async () => {
    const state = join(dir, 'lab-state.json');
    const first = (await start(['--port', '0', '--state', state])) as Started;
    expect(first.out()).toContain(`export AWS_ACCESS_KEY_ID=${ADMIN_CREDENTIALS.accessKeyId}`);
    expect(first.out()).toContain(`export AWS_SECRET_ACCESS_KEY=${ADMIN_CREDENTIALS.secretAccessKey}`);
    expect(first.out()).toContain(`aws --endpoint-url ${first.url} kms list-keys`);
    let kms = client(first.url);
    const id = (await kms.send(new CreateKeyCommand({ Description: 'kept' }))).KeyMetadata!.KeyId!;
    const blob = (await kms.send(new EncryptCommand({ KeyId: id, Plaintext: utf8('still here') }))).CiphertextBlob!;
    kms.destroy();
    expect(await stop(first.child)).toBe(0);
    expect(JSON.parse(await readFile(state, 'utf8')).format).toBe('kms-lab-endpoint-state');

    const second = (await start(['--port', '0', '--state', state])) as Started;
    expect(second.out()).toContain(`Account loaded from ${state}`);
    kms = client(second.url);
    const out = await kms.send(new DecryptCommand({ CiphertextBlob: blob }));
    expect(fromUtf8(out.Plaintext!)).toBe('still here');
    expect(out.KeyId).toMatch(new RegExp(`key/${id}$`));
    kms.destroy();
    await stop(second.child);
  });

  it('refuses a corrupted state file and leaves it untouched', async () => {
    const state = join(dir, 'broken.json');
    await writeFile(state, '{"format": "kms-lab-endpoint-state", "version": 1, "state": ');
    const r = (await start(['--port', '0', '--state', state])) as { code: number; stderr: string };
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Refusing to start: ${state} cannot be used because it is not valid JSON`);
    expect(r.stderr).toContain('The file was left untouched.');
    expect(await readFile(state, 'utf8')).toBe('{"format": "kms-lab-endpoint-state", "version": 1, "state": ');
  });

  it('refuses a damaged account before listening, with where and why, and leaves the file untouched', async () => {
    const state = join(dir, 'damaged.json');
    const first = (await start(['--port', '0', '--state', state])) as Started;
    expect(await stop(first.child)).toBe(0);
    const file = JSON.parse(await readFile(state, 'utf8'));
    file.state.kms['us-east-1'] = { keys: {}, aliases: null, customKeyStores: {} };
    const text = JSON.stringify(file);
    await writeFile(state, text);
    const r = (await start(['--port', '0', '--state', state])) as { code: number; stderr: string };
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Refusing to start: ${state} cannot be used because it is damaged: account.kms["us-east-1"].aliases must be an object.`);
    expect(await readFile(state, 'utf8')).toBe(text);
  });

  it('refuses a file from a newer version', async () => {
    const state = join(dir, 'newer.json');
    const text = JSON.stringify({ format: 'kms-lab-endpoint-state', version: 9, state: {} });
    await writeFile(state, text);
    const r = (await start(['--port', '0', '--state', state])) as { code: number; stderr: string };
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('it was written by a newer KMS Lab (file version 9; this endpoint reads version 1)');
    expect(await readFile(state, 'utf8')).toBe(text);
  });

  it('rejects unknown options', async () => {
    const r = (await start(['--prot', '1'])) as { code: number; stderr: string };
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Unknown option --prot');
  });
});
