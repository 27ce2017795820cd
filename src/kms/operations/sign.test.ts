import { execFileSync } from 'node:child_process';
import { createHash, createPublicKey, constants, verify as nodeVerify, type KeyObject } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SignCommand } from '@aws-sdk/client-kms';
import { keyArn, utf8 } from '@/core';
import { labKmsClient } from '@/cloud/protocol/testing';
import { kmsLab } from '@/kms/testing/harness';

const arn = (keyId: string) => keyArn('us-east-1', keyId);
const t = kmsLab(); // one account for the file: RSA key generation is slow
const keys = new Map<string, string>();
async function key(KeySpec: string, KeyUsage = 'SIGN_VERIFY') {
  const name = `${KeySpec}/${KeyUsage}`;
  if (!keys.has(name)) keys.set(name, (await t.kms('CreateKey', { KeySpec, KeyUsage })).KeyMetadata.KeyId);
  return keys.get(name)!;
}
const publicKey = async (keyId: string): Promise<KeyObject> =>
  createPublicKey({ key: Buffer.from((await t.kms('GetPublicKey', { KeyId: keyId })).PublicKey), format: 'der', type: 'spki' });
const message = utf8('Hello, KMS!');
const digest = (hash: string) => new Uint8Array(createHash(hash).update(message).digest());

describe('Sign', () => {
  it.each([
    ['RSA_2048', 'RSASSA_PKCS1_V1_5_SHA_256', 'sha256'],
    ['RSA_2048', 'RSASSA_PKCS1_V1_5_SHA_384', 'sha384'],
    ['RSA_2048', 'RSASSA_PKCS1_V1_5_SHA_512', 'sha512'],
    ['RSA_2048', 'RSASSA_PSS_SHA_256', 'sha256'],
    ['RSA_2048', 'RSASSA_PSS_SHA_384', 'sha384'],
    ['RSA_2048', 'RSASSA_PSS_SHA_512', 'sha512'],
    ['ECC_NIST_P256', 'ECDSA_SHA_256', 'sha256'],
    ['ECC_NIST_P384', 'ECDSA_SHA_384', 'sha384'],
    ['ECC_NIST_P521', 'ECDSA_SHA_512', 'sha512'],
    ['ECC_SECG_P256K1', 'ECDSA_SHA_256', 'sha256'],
  ])('%s %s: RAW and DIGEST signatures verify with node:crypto and the public key', async (spec, algorithm, hash) => {
    const keyId = await key(spec);
    const pub = await publicKey(keyId);
    const options = algorithm.includes('PSS') ? { key: pub, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST } : pub;
    for (const [MessageType, Message] of [
      ['RAW', message],
      ['DIGEST', digest(hash)],
    ] as const) {
      const out = await t.kms('Sign', { KeyId: keyId, Message, MessageType, SigningAlgorithm: algorithm });
      expect([out.KeyId, out.SigningAlgorithm]).toEqual([arn(keyId), algorithm]);
      // ECDSA signatures are DER SEQUENCE { r, s }: node:crypto's default encoding.
      if (algorithm.startsWith('ECDSA')) expect(out.Signature[0]).toBe(0x30);
      expect(nodeVerify(hash, message, options, Buffer.from(out.Signature)), MessageType).toBe(true);
    }
  });

  it('Ed25519: ED25519_SHA_512 signs RAW messages (node:crypto verifies), ED25519_PH_SHA_512 only digests', async () => {
    const keyId = await key('ECC_NIST_EDWARDS25519');
    const out = await t.kms('Sign', { KeyId: keyId, Message: message, SigningAlgorithm: 'ED25519_SHA_512' });
    expect(out.Signature).toHaveLength(64);
    expect(nodeVerify(null, message, await publicKey(keyId), Buffer.from(out.Signature))).toBe(true);
    const ph = await t.kms('Sign', { KeyId: keyId, Message: digest('sha512'), MessageType: 'DIGEST', SigningAlgorithm: 'ED25519_PH_SHA_512' });
    expect(ph.Signature).toHaveLength(64);
    await t.expectError(
      t.kms('Sign', { KeyId: keyId, Message: digest('sha512'), MessageType: 'DIGEST', SigningAlgorithm: 'ED25519_SHA_512' }),
      'ValidationException',
      'Message type DIGEST is incompatible with algorithm ED25519_SHA_512.',
    );
    await t.expectError(
      t.kms('Sign', { KeyId: keyId, Message: message, SigningAlgorithm: 'ED25519_PH_SHA_512' }),
      'ValidationException',
      'Message type RAW is incompatible with algorithm ED25519_PH_SHA_512.',
    );
  });

  it('ML-DSA: RAW messages and 64-byte EXTERNAL_MU representatives; Verify accepts both', async () => {
    const keyId = await key('ML_DSA_44');
    const out = await t.kms('Sign', { KeyId: keyId, Message: message, SigningAlgorithm: 'ML_DSA_SHAKE_256' });
    expect(out.Signature).toHaveLength(2420); // FIPS 204: ML-DSA-44 signatures are 2420 bytes
    const ok = await t.kms('Verify', { KeyId: keyId, Message: message, Signature: out.Signature, SigningAlgorithm: 'ML_DSA_SHAKE_256' });
    expect(ok.SignatureValid).toBe(true);
    const mu = new Uint8Array(64).fill(3);
    const external = await t.kms('Sign', { KeyId: keyId, Message: mu, MessageType: 'EXTERNAL_MU', SigningAlgorithm: 'ML_DSA_SHAKE_256' });
    const fine = { KeyId: keyId, Message: mu, MessageType: 'EXTERNAL_MU', Signature: external.Signature, SigningAlgorithm: 'ML_DSA_SHAKE_256' };
    expect((await t.kms('Verify', fine)).SignatureValid).toBe(true);
    await t.expectError(
      t.kms('Sign', { KeyId: keyId, Message: new Uint8Array(32), MessageType: 'EXTERNAL_MU', SigningAlgorithm: 'ML_DSA_SHAKE_256' }),
      'ValidationException',
      'Digest is invalid length for algorithm ML_DSA_SHAKE_256.',
    );
  });

  it('OpenSSL verifies KMS signatures with the public key from GetPublicKey, as the KMS guide teaches', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kms-sign-'));
    const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    writeFileSync(join(dir, 'message.txt'), message);
    for (const [spec, algorithm, md, sigopts] of [
      ['ECC_NIST_P384', 'ECDSA_SHA_384', '-sha384', []],
      ['RSA_2048', 'RSASSA_PSS_SHA_256', '-sha256', ['-sigopt', 'rsa_padding_mode:pss', '-sigopt', 'rsa_pss_saltlen:-1']],
      ['RSA_2048', 'RSASSA_PKCS1_V1_5_SHA_512', '-sha512', []],
    ] as const) {
      const keyId = await key(spec);
      // aws kms get-public-key --output text --query PublicKey | base64 --decode > pub.der
      writeFileSync(join(dir, 'pub.der'), (await t.kms('GetPublicKey', { KeyId: keyId })).PublicKey);
      writeFileSync(join(dir, 'sig.bin'), (await t.kms('Sign', { KeyId: keyId, Message: message, SigningAlgorithm: algorithm })).Signature);
      const out = openssl('dgst', md, '-verify', 'pub.der', '-keyform', 'DER', ...sigopts, '-signature', 'sig.bin', 'message.txt');
      expect(out, `${spec} ${algorithm}`).toMatch(/Verified OK/);
      writeFileSync(join(dir, 'message.txt'), 'Hello, KMS?');
      // openssl dgst exits 1 and prints "Verification failure" on stdout for a changed message.
      const failure = (() => {
        try {
          return openssl('dgst', md, '-verify', 'pub.der', '-keyform', 'DER', ...sigopts, '-signature', 'sig.bin', 'message.txt');
        } catch (e) {
          return String((e as { stdout?: string }).stdout);
        }
      })();
      expect(failure).toMatch(/Verification failure/);
      writeFileSync(join(dir, 'message.txt'), message);
    }
  });

  it('refuses other key usages, algorithms of other specs and wrong digest lengths with AWS texts', async () => {
    const enc = await key('RSA_2048', 'ENCRYPT_DECRYPT');
    await t.expectError(
      t.kms('Sign', { KeyId: enc, Message: message, SigningAlgorithm: 'RSASSA_PSS_SHA_256' }),
      'InvalidKeyUsageException',
      `${arn(enc)} key usage is ENCRYPT_DECRYPT which is not valid for Sign.`,
    );
    const p256 = await key('ECC_NIST_P256');
    await t.expectError(
      t.kms('Sign', { KeyId: p256, Message: message, SigningAlgorithm: 'ECDSA_SHA_384' }),
      'InvalidKeyUsageException',
      'Algorithm ECDSA_SHA_384 is incompatible with key spec ECC_NIST_P256.',
    );
    await t.expectError(
      t.kms('Sign', { KeyId: p256, Message: digest('sha384'), MessageType: 'DIGEST', SigningAlgorithm: 'ECDSA_SHA_256' }),
      'ValidationException',
      'Digest is invalid length for algorithm ECDSA_SHA_256.',
    );
    await t.expectError(
      t.kms('Sign', { KeyId: p256, Message: message, SigningAlgorithm: 'ECDSA_SHA_1' }),
      'ValidationException',
      /^1 validation error detected: Value 'ECDSA_SHA_1' at 'signingAlgorithm' failed to satisfy constraint: Member must satisfy enum value set: \[RSASSA_PSS_SHA_256, /,
    );
    await t.expectError(
      t.kms('Sign', { KeyId: p256, Message: new Uint8Array(4097), SigningAlgorithm: 'ECDSA_SHA_256' }),
      'ValidationException',
      "1 validation error detected: Value at 'message' failed to satisfy constraint: Member must have length less than or equal to 4096",
    );
  });

  it('key state, permission and DryRun; the trail records Sign read-only and never the message', async () => {
    const keyId = (await t.kms('CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata.KeyId;
    await t.expectError(
      t.kms('Sign', { KeyId: keyId, Message: message, SigningAlgorithm: 'ECDSA_SHA_256', DryRun: true }),
      'DryRunOperationException',
      'The request would have succeeded, but the DryRun option is set.',
    );
    const bob = await t.user('bob-signer');
    await t.expectError(t.kms('Sign', { KeyId: keyId, Message: message, SigningAlgorithm: 'ECDSA_SHA_256' }, { as: bob }), 'AccessDeniedException', /kms:Sign/);
    const sdk = await labKmsClient(t.cloud).send(new SignCommand({ KeyId: keyId, Message: message, SigningAlgorithm: 'ECDSA_SHA_256' }));
    expect(nodeVerify('sha256', message, await publicKey(keyId), Buffer.from(sdk.Signature!))).toBe(true);
    const event = t.cloud.state.trail.findLast((e) => e.eventName === 'Sign' && !e.errorCode)!;
    expect(event.readOnly).toBe(true);
    expect(JSON.stringify(event)).not.toContain(Buffer.from(message).toString('base64'));
    expect(event.requestParameters).toMatchObject({ keyId, signingAlgorithm: 'ECDSA_SHA_256' });
    await t.kms('DisableKey', { KeyId: keyId });
    await t.expectError(
      t.kms('Sign', { KeyId: keyId, Message: message, SigningAlgorithm: 'ECDSA_SHA_256' }),
      'DisabledException',
      `${arn(keyId)} is disabled.`,
    );
  });
});
