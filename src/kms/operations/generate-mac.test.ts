import { execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GenerateMacCommand } from '@aws-sdk/client-kms';
import { keyArn, toHex, utf8 } from '@/core';
import { labKmsClient } from '@/cloud/protocol/testing';
import { importMaterial } from '@/kms/testing/byok';
import { kmsLab } from '@/kms/testing/harness';

const arn = (keyId: string) => keyArn('us-east-1', keyId);
const message = utf8('GET /orders?id=42');

describe('GenerateMac', () => {
  it.each([
    ['HMAC_224', 'HMAC_SHA_224', 'sha224', 28],
    ['HMAC_256', 'HMAC_SHA_256', 'sha256', 32],
    ['HMAC_384', 'HMAC_SHA_384', 'sha384', 48],
    ['HMAC_512', 'HMAC_SHA_512', 'sha512', 64],
  ])('%s: the RFC 2104 HMAC node:crypto computes with the same (imported) key bytes', async (KeySpec, MacAlgorithm, hash, length) => {
    const t = kmsLab();
    const keyId = (await t.kms('CreateKey', { KeySpec, KeyUsage: 'GENERATE_VERIFY_MAC', Origin: 'EXTERNAL' })).KeyMetadata.KeyId;
    const bytes = new Uint8Array(length).map((_, i) => i * 5 + 1);
    await importMaterial(t, keyId, bytes);
    const out = await t.kms('GenerateMac', { KeyId: keyId, Message: message, MacAlgorithm });
    expect(out).toEqual({ Mac: expect.any(Uint8Array), MacAlgorithm, KeyId: arn(keyId) });
    expect(toHex(out.Mac)).toBe(createHmac(hash, bytes).update(message).digest('hex'));
  });

  it('OpenSSL computes the same MAC (openssl dgst -mac HMAC)', async () => {
    const t = kmsLab();
    const keyId = (await t.kms('CreateKey', { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC', Origin: 'EXTERNAL' })).KeyMetadata.KeyId;
    const bytes = new Uint8Array(32).fill(0xab);
    await importMaterial(t, keyId, bytes);
    const dir = mkdtempSync(join(tmpdir(), 'kms-mac-'));
    writeFileSync(join(dir, 'message.txt'), message);
    const out = execFileSync('openssl', ['dgst', '-sha256', '-mac', 'HMAC', '-macopt', `hexkey:${toHex(bytes)}`, 'message.txt'], {
      cwd: dir,
      encoding: 'utf8',
    });
    const { Mac } = await t.kms('GenerateMac', { KeyId: keyId, Message: message, MacAlgorithm: 'HMAC_SHA_256' });
    expect(out.trim().split('= ')[1]).toBe(toHex(Mac));
  });

  it('a generated key gives a stable MAC per message, different per key and message', async () => {
    const t = kmsLab();
    const a = (await t.kms('CreateKey', { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' })).KeyMetadata.KeyId;
    const b = (await t.kms('CreateKey', { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' })).KeyMetadata.KeyId;
    const mac = async (KeyId: string, m: Uint8Array) => toHex((await t.kms('GenerateMac', { KeyId, Message: m, MacAlgorithm: 'HMAC_SHA_256' })).Mac);
    expect(await mac(a, message)).toBe(await mac(a, message));
    expect(await mac(a, message)).not.toBe(await mac(b, message));
    expect(await mac(a, message)).not.toBe(await mac(a, utf8('GET /orders?id=43')));
  });

  it('refuses other algorithms, other key usages, disabled keys and callers without permission, with AWS texts', async () => {
    const t = kmsLab();
    const keyId = (await t.kms('CreateKey', { KeySpec: 'HMAC_224', KeyUsage: 'GENERATE_VERIFY_MAC' })).KeyMetadata.KeyId;
    await t.expectError(
      t.kms('GenerateMac', { KeyId: keyId, Message: message, MacAlgorithm: 'HMAC_SHA_256' }),
      'InvalidKeyUsageException',
      'Algorithm HMAC_SHA_256 is incompatible with key spec HMAC_224.',
    );
    await t.expectError(
      t.kms('GenerateMac', { KeyId: keyId, Message: message, MacAlgorithm: 'INVALID' }),
      'ValidationException',
      "1 validation error detected: Value 'INVALID' at 'macAlgorithm' failed to satisfy constraint: Member must satisfy enum value set: [HMAC_SHA_384, HMAC_SHA_256, HMAC_SHA_224, HMAC_SHA_512]",
    );
    const sym = await t.createKey();
    await t.expectError(
      t.kms('GenerateMac', { KeyId: sym, Message: message, MacAlgorithm: 'HMAC_SHA_256' }),
      'InvalidKeyUsageException',
      `${arn(sym)} key usage is ENCRYPT_DECRYPT which is not valid for GenerateMac.`,
    );
    await t.expectError(
      t.kms('GenerateMac', { KeyId: keyId, Message: message, MacAlgorithm: 'HMAC_SHA_224', DryRun: true }),
      'DryRunOperationException',
      'The request would have succeeded, but the DryRun option is set.',
    );
    const bob = await t.user('bob');
    await t.expectError(
      t.kms('GenerateMac', { KeyId: keyId, Message: message, MacAlgorithm: 'HMAC_SHA_224' }, { as: bob }),
      'AccessDeniedException',
      /kms:GenerateMac/,
    );
    await t.kms('DisableKey', { KeyId: keyId });
    await t.expectError(
      t.kms('GenerateMac', { KeyId: keyId, Message: message, MacAlgorithm: 'HMAC_SHA_224' }),
      'DisabledException',
      `${arn(keyId)} is disabled.`,
    );
  });

  it('answers the real AWS SDK; the trail is read-only and never holds the message', async () => {
    const t = kmsLab();
    const keyId = (await t.kms('CreateKey', { KeySpec: 'HMAC_512', KeyUsage: 'GENERATE_VERIFY_MAC' })).KeyMetadata.KeyId;
    const out = await labKmsClient(t.cloud).send(new GenerateMacCommand({ KeyId: keyId, Message: message, MacAlgorithm: 'HMAC_SHA_512' }));
    expect(out.Mac).toHaveLength(64);
    const event = t.cloud.state.trail.at(-1)!;
    expect([event.eventName, event.readOnly]).toEqual(['GenerateMac', true]);
    expect(JSON.stringify(event)).not.toContain(Buffer.from(message).toString('base64'));
  });
});
