/**
 * The wrapping of imported key material against RFC 5649's own test vectors and against OpenSSL
 * (software we did not write), with the commands AWS's "Encrypt the key material" step teaches:
 * `openssl enc -id-aes256-wrap-pad -iv A65959A6` for the material, `openssl pkeyutl -encrypt` with
 * OAEP for the AES key, `cat` of the two.
 */
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fromHex, toHex } from '@/core';
import { kwpUnwrap, kwpWrap, unwrapForImport, wrapForImport, type WrappingAlgorithm } from './key-wrap';
import { opensslRsaAesKeyWrap } from '@/core/testing/openssl-key-wrap';

const dir = mkdtempSync(join(tmpdir(), 'kms-key-wrap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sh = (script: string) => execFileSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const write = (name: string, data: Uint8Array) => writeFileSync(join(dir, name), data);
const read = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
const hex = (s: string) => fromHex(s.replace(/\s/g, ''))!;
const bytes = (n: number, seed: number) => new Uint8Array(n).map((_, i) => (seed * 131 + i * 29) & 0xff);

/** A wrapping key pair as GetParametersForImport holds it: non-extractable RSA-OAEP private key, DER public key. */
async function wrappingPair(bits: number, hash: string) {
  const pair = await crypto.subtle.generateKey({ name: 'RSA-OAEP', modulusLength: bits, publicExponent: new Uint8Array([1, 0, 1]), hash }, false, [
    'encrypt',
    'decrypt',
  ]);
  return { privateKey: pair.privateKey, publicKey: new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey)), modulusBytes: bits / 8 };
}

describe('AES key wrap with padding (RFC 5649)', () => {
  const kek = hex('5840df6e29b02af1 ab493b705bf16ea1 ae8338f4dcc176a8');
  const vectors = [
    // RFC 5649 section 6: a 20-octet key and a 7-octet key under the same 192-bit KEK.
    ['c37b7e6492584340 bed1220780894115 5068f738', '138bdeaa9b8fa7fc 61f97742e72248ee 5ae6ae5360d1ae6a 5f54f373fa543b6a'],
    ['466f7250617369', 'afbeb0f07dfbf541 9200f2ccb50bb24f'],
  ];

  it.each(vectors)('RFC 5649 test vector: %s', async (key, wrapped) => {
    expect(toHex(await kwpWrap(kek, hex(key)))).toBe(wrapped.replace(/\s/g, ''));
    expect(toHex(await kwpUnwrap(kek, hex(wrapped)))).toBe(key.replace(/\s/g, ''));
  });

  it('gives the bytes of openssl enc -id-aes256-wrap-pad for every padding length and an RSA private key', async () => {
    const aesKey = bytes(32, 7);
    const rsa = new Uint8Array(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'der', type: 'pkcs8' }));
    for (const data of [bytes(1, 1), bytes(7, 2), bytes(8, 3), bytes(9, 4), bytes(32, 5), bytes(28, 6), rsa]) {
      write('material.bin', data);
      sh(`openssl enc -id-aes256-wrap-pad -K "${toHex(aesKey)}" -iv A65959A6 -in material.bin -out wrapped.bin`);
      const ours = await kwpWrap(aesKey, data);
      expect(toHex(ours), `${data.length} bytes`).toBe(toHex(read('wrapped.bin')));
      expect(ours).toHaveLength(8 + Math.ceil(data.length / 8) * 8);
      // OpenSSL unwraps ours, too.
      write('ours.bin', ours);
      sh(`openssl enc -d -id-aes256-wrap-pad -K "${toHex(aesKey)}" -iv A65959A6 -in ours.bin -out unwrapped.bin`);
      expect(toHex(read('unwrapped.bin'))).toBe(toHex(data));
    }
  });

  it('refuses a flipped byte anywhere, a wrong key and a cut block', async () => {
    const aesKey = bytes(32, 9);
    const wrapped = await kwpWrap(aesKey, bytes(40, 1));
    for (let i = 0; i < wrapped.length; i++) {
      const bad = wrapped.slice();
      bad[i]! ^= 0x01;
      await expect(kwpUnwrap(aesKey, bad), `byte ${i}`).rejects.toThrow();
    }
    await expect(kwpUnwrap(bytes(32, 10), wrapped)).rejects.toThrow();
    await expect(kwpUnwrap(aesKey, wrapped.subarray(0, wrapped.length - 8))).rejects.toThrow();
  });
});

describe('RSA_AES_KEY_WRAP: material wrapped with OpenSSL as AWS documents it unwraps in the lab', () => {
  const cases: [WrappingAlgorithm, number, string][] = [
    ['RSA_AES_KEY_WRAP_SHA_256', 2048, 'sha256'],
    ['RSA_AES_KEY_WRAP_SHA_1', 3072, 'sha1'],
  ];

  it.each(cases)('%s with an RSA_%i wrapping key: an RSA private key comes out whole', async (algorithm, bits, md) => {
    const hash = md === 'sha1' ? 'SHA-1' : 'SHA-256';
    const pair = await wrappingPair(bits, hash);
    const material = new Uint8Array(generateKeyPairSync('rsa', { modulusLength: 3072 }).privateKey.export({ format: 'der', type: 'pkcs8' }));
    write('WrappingPublicKey.bin', pair.publicKey);
    write('PrivateKey.der', material);
    sh(opensslRsaAesKeyWrap(md).join('\n'));
    const encrypted = read('EncryptedKeyMaterial.bin');
    expect(encrypted).toHaveLength(bits / 8 + 8 + Math.ceil(material.length / 8) * 8);
    expect(toHex(await unwrapForImport(pair.privateKey, pair.modulusBytes, algorithm, encrypted))).toBe(toHex(material));
    // The lab's own wrapping (the console's stand-in for OpenSSL) has the same form.
    const ours = await wrapForImport(pair.publicKey, algorithm, material, read('aes-key.bin'));
    expect(toHex(ours.subarray(bits / 8))).toBe(toHex(encrypted.subarray(bits / 8)));
    expect(toHex(await unwrapForImport(pair.privateKey, pair.modulusBytes, algorithm, ours))).toBe(toHex(material));
  });

  it('refuses what does not unwrap: tampering in either part, the wrong hash, an AES key not of 256 bits, too few bytes', async () => {
    const pair = await wrappingPair(2048, 'SHA-256');
    const material = bytes(32, 3);
    const good = await wrapForImport(pair.publicKey, 'RSA_AES_KEY_WRAP_SHA_256', material);
    expect(toHex(await unwrapForImport(pair.privateKey, 256, 'RSA_AES_KEY_WRAP_SHA_256', good))).toBe(toHex(material));
    for (const i of [0, 100, 255, 256, 270, good.length - 1]) {
      const bad = good.slice();
      bad[i]! ^= 0x80;
      await expect(unwrapForImport(pair.privateKey, 256, 'RSA_AES_KEY_WRAP_SHA_256', bad), `byte ${i}`).rejects.toThrow();
    }
    // The same public key with SHA-1's OAEP, while the private key was made for SHA-256.
    const wrongHash = await wrapForImport(pair.publicKey, 'RSA_AES_KEY_WRAP_SHA_1', material);
    await expect(unwrapForImport(pair.privateKey, 256, 'RSA_AES_KEY_WRAP_SHA_256', wrongHash)).rejects.toThrow();
    // An AES-128 key: the lab takes the AES-256 key AWS's instructions make.
    const short = await wrapForImport(pair.publicKey, 'RSA_AES_KEY_WRAP_SHA_256', material, bytes(16, 1));
    await expect(unwrapForImport(pair.privateKey, 256, 'RSA_AES_KEY_WRAP_SHA_256', short)).rejects.toThrow('the AES key is 16 bytes, not 32');
    await expect(unwrapForImport(pair.privateKey, 256, 'RSA_AES_KEY_WRAP_SHA_256', good.subarray(0, 256))).rejects.toThrow();
    // The one-step form is the material alone under RSA-OAEP.
    const direct = await wrapForImport(pair.publicKey, 'RSAES_OAEP_SHA_256', material);
    expect(direct).toHaveLength(256);
    await expect(unwrapForImport(pair.privateKey, 256, 'RSAES_OAEP_SHA_256', direct)).resolves.toEqual(material);
  });
});
