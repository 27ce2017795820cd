/**
 * HMAC, RSA-OAEP and ECDH as KMS uses them, checked against node:crypto (software we did not write):
 * the same HMAC for every MAC algorithm (SHA-224 included, which WebCrypto lacks), node encrypts with
 * OAEP (SHA-1 and SHA-256, MGF1 of the same hash) and the lab decrypts, up to AWS's plaintext
 * limits, and both sides of ECDH compute the same shared secret on every NIST curve.
 */
import { createECDH, createHmac, createPrivateKey, createPublicKey, diffieHellman, generateKeyPairSync, publicEncrypt, constants } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { seededRandom, utf8 } from '@/core';
import { rsaPlaintextLimit, type KeySpec, type MacAlgorithm } from '@/kms/model/key-specs';
import { pairFor } from '@/kms/testing/key-pairs';
import { deriveSecret, ecdhHandle } from './ecdh';
import { computeMac, hmacHandle, macEquals } from './hmac';
import { oaepDecrypt, oaepEncrypt, oaepHandleName, oaepHandles } from './rsa-oaep';

const random = seededRandom(5);

describe('HMAC keys', () => {
  it.each([
    ['HMAC_224', 'HMAC_SHA_224', 'sha224', 28],
    ['HMAC_256', 'HMAC_SHA_256', 'sha256', 32],
    ['HMAC_384', 'HMAC_SHA_384', 'sha384', 48],
    ['HMAC_512', 'HMAC_SHA_512', 'sha512', 64],
  ] as const)('%s computes the RFC 2104 HMAC node:crypto computes', async (spec, algorithm, hash, keyBytes) => {
    const key = random.bytes(keyBytes);
    const handle = await hmacHandle(spec, key);
    expect(handle === undefined).toBe(spec === 'HMAC_224');
    if (handle) expect(handle.extractable).toBe(false);
    for (const message of [utf8('x'), random.bytes(4096)]) {
      const mac = await computeMac(algorithm as MacAlgorithm, message, handle, handle ? undefined : key);
      expect(Buffer.from(mac).toString('hex')).toBe(createHmac(hash, key).update(message).digest('hex'));
    }
  });

  it('compares MACs in full', () => {
    expect(macEquals(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(macEquals(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(macEquals(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2]))).toBe(false);
  });
});

describe('RSA encryption keys (RSAES-OAEP)', () => {
  it.each(['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'] as const)(
    '%s: node:crypto encrypts, the lab decrypts with a non-extractable key, up to the limit',
    async (algorithm) => {
      const { privateKey, publicKey } = await pairFor('RSA_2048');
      const handles = await oaepHandles(privateKey);
      const handle = handles[oaepHandleName(algorithm)]!;
      expect(handle.extractable).toBe(false);
      const limit = rsaPlaintextLimit('RSA_2048', algorithm);
      const plaintext = random.bytes(limit);
      const oaepHash = algorithm === 'RSAES_OAEP_SHA_1' ? 'sha1' : 'sha256';
      const node = createPublicKey({ key: Buffer.from(publicKey), format: 'der', type: 'spki' });
      const byNode = publicEncrypt({ key: node, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash }, plaintext);
      expect(await oaepDecrypt(handle, new Uint8Array(byNode))).toEqual(plaintext);
      const byLab = await oaepEncrypt(publicKey, algorithm, plaintext);
      expect(byLab).toHaveLength(256);
      expect(await oaepDecrypt(handle, byLab)).toEqual(plaintext);
      await expect(oaepEncrypt(publicKey, algorithm, random.bytes(limit + 1))).rejects.toThrow();
    },
  );

  it('refuses a ciphertext under the other hash or tampered with InvalidCiphertextException', async () => {
    const { privateKey, publicKey } = await pairFor('RSA_2048');
    const handles = await oaepHandles(privateKey);
    const blob = await oaepEncrypt(publicKey, 'RSAES_OAEP_SHA_256', utf8('secret'));
    await expect(oaepDecrypt(handles[oaepHandleName('RSAES_OAEP_SHA_1')], blob)).rejects.toMatchObject({ code: 'InvalidCiphertextException', message: '' });
    blob[7] = blob[7]! ^ 1;
    await expect(oaepDecrypt(handles[oaepHandleName('RSAES_OAEP_SHA_256')], blob)).rejects.toMatchObject({ code: 'InvalidCiphertextException' });
  });
});

describe('key agreement keys (ECDH)', () => {
  it.each([
    ['ECC_NIST_P256', 'P-256', 'prime256v1', 32],
    ['ECC_NIST_P384', 'P-384', 'secp384r1', 48],
    ['ECC_NIST_P521', 'P-521', 'secp521r1', 66],
  ] as const)('%s: the lab and node:crypto derive the same raw secret', async (spec, curve, nodeCurve, bytes) => {
    const { privateKey, publicKey } = await pairFor(spec as KeySpec);
    const handle = await ecdhHandle(privateKey, curve);
    expect(handle.extractable).toBe(false);
    const peer = generateKeyPairSync('ec', { namedCurve: nodeCurve });
    const peerSpki = new Uint8Array(peer.publicKey.export({ format: 'der', type: 'spki' }));
    const ours = await deriveSecret(handle, curve, peerSpki);
    const theirs = diffieHellman({ privateKey: peer.privateKey, publicKey: createPublicKey({ key: Buffer.from(publicKey), format: 'der', type: 'spki' }) });
    expect(ours).toHaveLength(bytes);
    expect(Buffer.from(ours).equals(theirs)).toBe(true);
    expect(createPrivateKey({ key: Buffer.from(privateKey), format: 'der', type: 'pkcs8' }).asymmetricKeyDetails?.namedCurve).toBe(nodeCurve);
  });

  it('refuses a peer key on another curve or off the curve', async () => {
    const { privateKey } = await pairFor('ECC_NIST_P256');
    const handle = await ecdhHandle(privateKey, 'P-256');
    const other = new Uint8Array(generateKeyPairSync('ec', { namedCurve: 'secp384r1' }).publicKey.export({ format: 'der', type: 'spki' }));
    await expect(deriveSecret(handle, 'P-256', other)).rejects.toThrow();
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    const point = ecdh.getPublicKey();
    point[40] = point[40]! ^ 1;
    const spki = new Uint8Array(generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey.export({ format: 'der', type: 'spki' }));
    spki.set(point, spki.length - 65);
    await expect(deriveSecret(handle, 'P-256', spki)).rejects.toThrow();
  });
});
