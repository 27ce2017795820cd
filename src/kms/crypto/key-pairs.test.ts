/**
 * Key pairs and their DER encodings: every asymmetric spec's pair is read back by node:crypto
 * (OpenSSL underneath; ML-DSA, which Node 20 lacks, by its FIPS 204 sizes); imported private keys
 * written by node:crypto are accepted for their own spec only, and the public key the lab derives
 * is the one node derives.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fromHex, seededRandom } from '@/core';
import type { KeySpec } from '@/kms/model/key-specs';
import { pairFor } from '@/kms/testing/key-pairs';
import { context, octetString, sequence } from './der';
import { DerError, readTlv } from './der-read';
import { checkPrivateKey, generateKeyPair } from './key-pairs';
import { OID, ecdsaFromDer, ecdsaToDer, mlDsaPkcs8, pkcs8, readMlDsaPkcs8, readSpki } from './key-formats';

const der = (k: { export(o: { format: 'der'; type: 'spki' | 'pkcs8' }): Buffer }, type: 'spki' | 'pkcs8') => new Uint8Array(k.export({ format: 'der', type }));

const NODE: [KeySpec, string, string][] = [
  ['RSA_2048', 'rsa', '2048'],
  ['ECC_NIST_P256', 'ec', 'prime256v1'],
  ['ECC_NIST_P384', 'ec', 'secp384r1'],
  ['ECC_NIST_P521', 'ec', 'secp521r1'],
  ['ECC_SECG_P256K1', 'ec', 'secp256k1'],
  ['ECC_NIST_EDWARDS25519', 'ed25519', ''],
];

describe('generated key pairs', () => {
  it.each(NODE)('%s: node:crypto reads the SubjectPublicKeyInfo and the PKCS#8 private key', async (spec, type, detail) => {
    const pair = await pairFor(spec);
    const pub = createPublicKey({ key: Buffer.from(pair.publicKey), format: 'der', type: 'spki' });
    const priv = createPrivateKey({ key: Buffer.from(pair.privateKey), format: 'der', type: 'pkcs8' });
    expect(pub.asymmetricKeyType).toBe(type);
    if (type === 'ec') expect(pub.asymmetricKeyDetails?.namedCurve).toBe(detail);
    if (type === 'rsa') expect(String(pub.asymmetricKeyDetails?.modulusLength)).toBe(detail);
    expect(Buffer.from(der(createPublicKey(priv), 'spki')).equals(Buffer.from(pair.publicKey))).toBe(true);
    if (spec === 'ECC_NIST_EDWARDS25519') expect(pair.publicKey).toHaveLength(44);
  });

  it.each([
    ['ML_DSA_44', 1312],
    ['ML_DSA_65', 1952],
    ['ML_DSA_87', 2592],
  ] as const)('%s: SPKI with the id-ml-dsa OID and a %i-byte key, PKCS#8 holding the 32-byte seed', async (spec, size) => {
    const pair = await generateKeyPair(spec, seededRandom(9));
    const info = readSpki(pair.publicKey);
    expect([info.algorithm, info.key.length]).toEqual([OID.mlDsa[spec], size]);
    expect(readMlDsaPkcs8(pair.privateKey).seed).toHaveLength(32);
    // Deterministic from the injected randomness, as key ids are.
    expect((await generateKeyPair(spec, seededRandom(9))).publicKey).toEqual(pair.publicKey);
  });
});

describe('imported private keys (checkPrivateKey)', () => {
  it.each(NODE)('%s: a key written by node:crypto is accepted and yields node’s public key', async (spec, type, detail) => {
    const k =
      type === 'rsa'
        ? generateKeyPairSync('rsa', { modulusLength: Number(detail) })
        : type === 'ec'
          ? generateKeyPairSync('ec', { namedCurve: detail })
          : generateKeyPairSync('ed25519');
    const checked = await checkPrivateKey(spec, der(k.privateKey, 'pkcs8'));
    expect(Buffer.from(checked.publicKey).equals(Buffer.from(der(k.publicKey, 'spki')))).toBe(true);
    // What the lab keeps is still a key node:crypto reads as the same key.
    expect(
      Buffer.from(der(createPublicKey(createPrivateKey({ key: Buffer.from(checked.privateKey), format: 'der', type: 'pkcs8' })), 'spki')).equals(
        Buffer.from(checked.publicKey),
      ),
    ).toBe(true);
  });

  it('refuses a private key of another spec, size or curve, and bytes that are not a key', async () => {
    const p384 = der(generateKeyPairSync('ec', { namedCurve: 'secp384r1' }).privateKey, 'pkcs8');
    await expect(checkPrivateKey('ECC_NIST_P256', p384)).rejects.toThrow(/P-384, not P-256/);
    await expect(checkPrivateKey('RSA_3072', (await pairFor('RSA_2048')).privateKey)).rejects.toThrow(/2048 bits, not 3072/);
    await expect(checkPrivateKey('ML_DSA_44', (await pairFor('ECC_NIST_EDWARDS25519')).privateKey)).rejects.toThrow(DerError);
    await expect(checkPrivateKey('ECC_NIST_EDWARDS25519', p384)).rejects.toThrow(DerError);
    await expect(checkPrivateKey('ECC_NIST_P384', new Uint8Array(32))).rejects.toThrow(DerError);
    await expect(checkPrivateKey('ML_DSA_65', mlDsaPkcs8('ML_DSA_44', new Uint8Array(32)))).rejects.toThrow(/ML_DSA_44, not ML_DSA_65/);
  });

  it('reads an ML-DSA key as seed only or as seed and expanded key, and refuses the expanded key alone', async () => {
    const seed = seededRandom(4).bytes(32);
    const seedOnly = mlDsaPkcs8('ML_DSA_44', seed);
    const both = pkcs8(OID.mlDsa.ML_DSA_44!, sequence(octetString(seed), octetString(new Uint8Array(2560))));
    const expanded = pkcs8(OID.mlDsa.ML_DSA_44!, octetString(new Uint8Array(2560)));
    const a = await checkPrivateKey('ML_DSA_44', seedOnly);
    expect((await checkPrivateKey('ML_DSA_44', both)).publicKey).toEqual(a.publicKey);
    await expect(checkPrivateKey('ML_DSA_44', expanded)).rejects.toThrow(/32-byte seed/);
    expect(context(0, seed, true)[0]).toBe(0x80);
  });
});

describe('DER', () => {
  it('turns WebCrypto r||s into the DER SEQUENCE { r, s } and back, at any leading zeros', () => {
    const raw = fromHex('00' + '11'.repeat(31) + '80' + '22'.repeat(31))!;
    const encoded = ecdsaToDer(raw);
    expect(Buffer.from(encoded).toString('hex')).toBe('3044021f' + '11'.repeat(31) + '022100' + '80' + '22'.repeat(31));
    expect(ecdsaFromDer(encoded, 32)).toEqual(raw);
  });

  it('refuses truncated, non-minimal and trailing encodings', () => {
    expect(() => readTlv(fromHex('3004020101')!)).toThrow(DerError);
    expect(() => readTlv(fromHex('30810100')!)).toThrow(/non-minimal/);
    expect(() => ecdsaFromDer(fromHex('3006020101020101' + '00')!, 32)).toThrow(DerError);
    expect(() => ecdsaFromDer(fromHex('30060201810201' + '01')!, 32)).toThrow(DerError);
  });
});
