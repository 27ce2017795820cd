/**
 * Lab 16: its replay and wrong attempts, and OpenSSL (software we did not write) on the key pair
 * the solution left in CloudShell's home: the private key KMS decrypted is a P-256 key whose
 * public half is exactly device.pub.der, the public key the same call returned.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeLabs, replayLab } from '@/labs/testing/replay';
import { lab16 } from './lab-16-data-keys-later';

describeLabs([lab16]);

const dir = mkdtempSync(join(tmpdir(), 'lab16-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lab 16 with OpenSSL', () => {
  it('decrypts a private key whose public key is the one GenerateDataKeyPairWithoutPlaintext returned', async () => {
    const { readFile } = await replayLab(lab16);
    writeFileSync(join(dir, 'device.key.der'), readFile('device.key.der')!);
    const text = execFileSync('openssl', ['pkey', '-inform', 'DER', '-in', 'device.key.der', '-noout', '-text'], { cwd: dir, encoding: 'utf8' });
    expect(text).toMatch(/prime256v1|P-256/);
    execFileSync('openssl', ['pkey', '-inform', 'DER', '-in', 'device.key.der', '-pubout', '-outform', 'DER', '-out', 'derived.pub.der'], { cwd: dir });
    expect(new Uint8Array(readFileSync(join(dir, 'derived.pub.der')))).toEqual(readFile('device.pub.der'));
    expect(readFile('later.key.enc')!.length).toBeGreaterThan(100);
  });
});
