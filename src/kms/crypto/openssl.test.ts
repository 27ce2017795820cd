/**
 * OpenSSL (software we did not write) reads what the lab's KMS cryptography makes, with the
 * commands the AWS documentation teaches for offline use: `openssl dgst -verify` and
 * `openssl pkeyutl -verify` check RSA (PKCS#1 v1.5 and PSS), ECDSA (NIST curves and secp256k1)
 * and Ed25519 signatures, made from RAW messages and from digests; `openssl pkeyutl -encrypt`
 * encrypts with OAEP for the lab to decrypt; `pkeyutl -derive` computes the lab's ECDH secret;
 * `dgst -mac HMAC` the lab's HMAC-SHA-224.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seededRandom, toBase64, utf8 } from '@/core';
import type { KeySpec } from '@/kms/model/key-specs';
import { SIGNING } from '@/kms/model/signing-rules';
import { pairFor } from '@/kms/testing/key-pairs';
import { deriveSecret, ecdhHandle } from './ecdh';
import { computeMac } from './hmac';
import { oaepDecrypt, oaepHandleName, oaepHandles } from './rsa-oaep';
import { signWith, type SignRequest } from './signing';

const dir = mkdtempSync(join(tmpdir(), 'kms-openssl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const write = (name: string, data: Uint8Array | string) => (writeFileSync(join(dir, name), data), name);
const pem = (label: string, der: Uint8Array) => `-----BEGIN ${label}-----\n${toBase64(der).replace(/(.{64})/g, '$1\n')}\n-----END ${label}-----\n`;
const random = seededRandom(12);
const message = utf8('Signed by KMS Lab, checked by OpenSSL.\n');

/** `openssl dgst` exits 1 and prints "Verification failure" for a bad signature. */
function verifies(...args: string[]): boolean {
  try {
    return /Verified OK|Signature Verified Successfully/.test(openssl(...args));
  } catch {
    return false;
  }
}

describe('OpenSSL verifies the lab signatures with the public key', () => {
  const cases: [KeySpec, SignRequest['algorithm'], string[]][] = [
    ['RSA_2048', 'RSASSA_PKCS1_V1_5_SHA_256', []],
    ['RSA_2048', 'RSASSA_PSS_SHA_512', ['-sigopt', 'rsa_padding_mode:pss', '-sigopt', 'rsa_pss_saltlen:-1']],
    ['ECC_NIST_P256', 'ECDSA_SHA_256', []],
    ['ECC_NIST_P384', 'ECDSA_SHA_384', []],
    ['ECC_NIST_P521', 'ECDSA_SHA_512', []],
    ['ECC_SECG_P256K1', 'ECDSA_SHA_256', []],
  ];

  it.each(cases)('%s %s: openssl dgst -verify, for RAW and DIGEST signing', async (spec, algorithm, sigopts) => {
    const { publicKey, privateKey } = await pairFor(spec);
    write('pub.pem', pem('PUBLIC KEY', publicKey));
    write('message.txt', message);
    const hash = (SIGNING[algorithm].hash as string).replace('-', '').toLowerCase();
    const digest = new Uint8Array(createHash(hash).update(message).digest());
    for (const request of [
      { spec, algorithm, messageType: 'RAW', message },
      { spec, algorithm, messageType: 'DIGEST', message: digest },
    ] as SignRequest[]) {
      const signature = await signWith(privateKey, request, random);
      write('sig.bin', signature);
      expect(verifies('dgst', `-${hash}`, '-verify', 'pub.pem', '-signature', 'sig.bin', ...sigopts, 'message.txt')).toBe(true);
      signature[signature.length >> 1] = signature[signature.length >> 1]! ^ 0x10;
      write('sig.bin', signature);
      expect(verifies('dgst', `-${hash}`, '-verify', 'pub.pem', '-signature', 'sig.bin', ...sigopts, 'message.txt')).toBe(false);
    }
  });

  it('RSA PSS over a digest: openssl pkeyutl -verify with the digest, as the KMS guide shows', async () => {
    const { publicKey, privateKey } = await pairFor('RSA_2048');
    const digest = new Uint8Array(createHash('sha256').update(message).digest());
    const signature = await signWith(privateKey, { spec: 'RSA_2048', algorithm: 'RSASSA_PSS_SHA_256', messageType: 'DIGEST', message: digest }, random);
    write('pub.der', publicKey);
    write('digest.bin', digest);
    write('sig.bin', signature);
    const out = openssl(
      'pkeyutl', '-verify', '-pubin', '-inkey', 'pub.der', '-keyform', 'DER', '-in', 'digest.bin', '-sigfile', 'sig.bin',
      '-pkeyopt', 'digest:sha256', '-pkeyopt', 'rsa_padding_mode:pss', '-pkeyopt', 'rsa_pss_saltlen:-1',
    ); // prettier-ignore
    expect(out).toContain('Signature Verified Successfully');
  });

  it('Ed25519: openssl pkeyutl -verify -rawin', async () => {
    const { publicKey, privateKey } = await pairFor('ECC_NIST_EDWARDS25519');
    const signature = await signWith(privateKey, { spec: 'ECC_NIST_EDWARDS25519', algorithm: 'ED25519_SHA_512', messageType: 'RAW', message }, random);
    write('pub.pem', pem('PUBLIC KEY', publicKey));
    write('message.txt', message);
    write('sig.bin', signature);
    expect(verifies('pkeyutl', '-verify', '-pubin', '-inkey', 'pub.pem', '-rawin', '-in', 'message.txt', '-sigfile', 'sig.bin')).toBe(true);
  });
});

describe('OpenSSL and the lab on encryption, key agreement and HMAC', () => {
  it.each([
    ['RSAES_OAEP_SHA_1', 'sha1'],
    ['RSAES_OAEP_SHA_256', 'sha256'],
  ] as const)('%s: openssl pkeyutl -encrypt with the public key, the lab decrypts', async (algorithm, md) => {
    const { publicKey, privateKey } = await pairFor('RSA_2048');
    write('pub.pem', pem('PUBLIC KEY', publicKey));
    write('plain.txt', 'data key for an offline client');
    openssl(
      'pkeyutl', '-encrypt', '-pubin', '-inkey', 'pub.pem', '-in', 'plain.txt', '-out', 'cipher.bin',
      '-pkeyopt', 'rsa_padding_mode:oaep', '-pkeyopt', `rsa_oaep_md:${md}`, '-pkeyopt', `rsa_mgf1_md:${md}`,
    ); // prettier-ignore
    const handle = (await oaepHandles(privateKey))[oaepHandleName(algorithm)];
    const plain = await oaepDecrypt(handle, new Uint8Array(readFileSync(join(dir, 'cipher.bin'))));
    expect(new TextDecoder().decode(plain)).toBe('data key for an offline client');
  });

  it('ECDH on P-384: openssl pkeyutl -derive with its own key and the lab public key gives the lab secret', async () => {
    const ours = await pairFor('ECC_NIST_P384');
    openssl('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-384', '-out', 'peer.pem');
    openssl('pkey', '-in', 'peer.pem', '-pubout', '-outform', 'DER', '-out', 'peer-pub.der');
    write('ours.pem', pem('PUBLIC KEY', ours.publicKey));
    openssl('pkeyutl', '-derive', '-inkey', 'peer.pem', '-peerkey', 'ours.pem', '-out', 'secret.bin');
    const secret = await deriveSecret(await ecdhHandle(ours.privateKey, 'P-384'), 'P-384', new Uint8Array(readFileSync(join(dir, 'peer-pub.der'))));
    expect(Buffer.from(secret).equals(readFileSync(join(dir, 'secret.bin')))).toBe(true);
  });

  it('HMAC_SHA_224: openssl dgst -mac HMAC computes the same MAC', async () => {
    const key = random.bytes(28);
    write('message.txt', message);
    const out = openssl('dgst', '-sha224', '-mac', 'HMAC', '-macopt', `hexkey:${Buffer.from(key).toString('hex')}`, 'message.txt');
    const mac = await computeMac('HMAC_SHA_224', message, undefined, key);
    expect(out.trim().split('= ')[1]).toBe(Buffer.from(mac).toString('hex'));
  });
});
