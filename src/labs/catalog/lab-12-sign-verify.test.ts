/**
 * Lab 12: its replay and wrong attempts, and the lab's OpenSSL command run by OpenSSL itself
 * (software we did not write) on the files the solution left in CloudShell's home: the
 * signature KMS made verifies with the public key GetPublicKey gave, and the changed message
 * does not.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { utf8 } from '@/core';
import { describeLabs, replayLab } from '@/labs/testing/replay';
import { lab12, OPENSSL_VERIFY } from './lab-12-sign-verify';

describeLabs([lab12]);

const dir = mkdtempSync(join(tmpdir(), 'lab12-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the lab's OpenSSL line (split on spaces: it has no quotes) in `dir`; stdout, or the failure's output. */
function openssl(line: string): string {
  const [command, ...args] = line.split(' ');
  expect(command).toBe('openssl');
  try {
    return execFileSync('openssl', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    return String((e as { stdout?: string }).stdout ?? e);
  }
}

describe('lab 12 with OpenSSL', () => {
  it(`"${OPENSSL_VERIFY}" verifies the signature KMS made, and refuses the changed release.txt`, async () => {
    const { readFile } = await replayLab(lab12);
    writeFileSync(join(dir, 'mySigningKey.der'), readFile('mySigningKey.der')!);
    writeFileSync(join(dir, 'release.sig'), readFile('release.sig')!);
    writeFileSync(join(dir, 'release.txt'), utf8(lab12.files!['release.txt']!));
    expect(openssl(OPENSSL_VERIFY)).toMatch(/Verified OK/);
    // After the last step, release.txt carries the appended line: OpenSSL refuses it as KMS did.
    writeFileSync(join(dir, 'release.txt'), readFile('release.txt')!);
    expect(openssl(OPENSSL_VERIFY)).toMatch(/Verification failure/);
  });
});
