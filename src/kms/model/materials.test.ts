/**
 * Key material of every key spec and usage: what each material holds (non-extractable WebCrypto
 * keys where WebCrypto can do every operation of the key, the bytes only where it cannot or when
 * the cloud keeps raw material), that it survives a structured clone (what IndexedDB stores), and
 * that the endpoint's restore from bytes gives working keys again.
 */
import { describe, expect, it } from 'vitest';
import { SimulatedClock, seededRandom, utf8 } from '@/core';
import { deriveSecret } from '@/kms/crypto/ecdh';
import { computeMac } from '@/kms/crypto/hmac';
import { oaepDecrypt, oaepEncrypt, oaepHandleName } from '@/kms/crypto/rsa-oaep';
import { signWith, verifyWith } from '@/kms/crypto/signing';
import { pairFor } from '@/kms/testing/key-pairs';
import type { KeyMaterial } from './key';
import { KEY_SPECS, SPECS, type KeySpec, type KeyUsage } from './key-specs';
import { fromBytes, newMaterialFor, rawLength, restoreKeys } from './materials';

const env = (keepRawMaterial = false) => ({ random: seededRandom(21), clock: new SimulatedClock(Date.UTC(2026, 0, 1)), keepRawMaterial });

/** Every spec x usage CreateKey accepts, but RSA (slow to generate, covered by fromBytes below). */
const COMBOS: [KeySpec, KeyUsage][] = KEY_SPECS.filter((s) => s !== 'SM2' && SPECS[s].family !== 'rsa').flatMap((s) =>
  SPECS[s].usages.map((u) => [s, u] as [KeySpec, KeyUsage]),
);

function shape(m: KeyMaterial) {
  return {
    key: m.key ? (m.key.extractable ? 'extractable!' : m.key.algorithm.name) : undefined,
    handles: m.handles ? Object.entries(m.handles).map(([k, v]) => `${k}${v.extractable ? ' extractable!' : ''}`) : undefined,
    raw: m.raw ? 'bytes' : undefined,
    publicKey: m.publicKey ? 'spki' : undefined,
  };
}

describe('new material for every key spec', () => {
  it.each(COMBOS)('%s %s', async (spec, usage) => {
    const m = await newMaterialFor(env(), spec, usage);
    expect(m.id).toMatch(/^[0-9a-f]{64}$/);
    const family = SPECS[spec].family;
    const expected = {
      key: family === 'symmetric' ? 'AES-GCM' : undefined,
      handles: family === 'hmac' && spec !== 'HMAC_224' ? ['HMAC'] : usage === 'KEY_AGREEMENT' ? ['ECDH'] : undefined,
      raw: usage === 'SIGN_VERIFY' || spec === 'HMAC_224' ? 'bytes' : undefined,
      publicKey: family === 'symmetric' || family === 'hmac' ? undefined : 'spki',
    };
    expect(shape(m)).toEqual(expected);
    if (rawLength(spec) && m.raw) expect(m.raw).toHaveLength(rawLength(spec)!);
    // keepRawMaterial (the endpoint's --state file) keeps the bytes of every material.
    expect((await newMaterialFor(env(true), spec, usage)).raw).toBeInstanceOf(Uint8Array);
  });

  it('RSA: encryption keys hold one non-extractable key per OAEP hash and no bytes; signing keys their PKCS#8', async () => {
    const pair = await pairFor('RSA_2048');
    const enc = await fromBytes(env(), 'RSA_2048', 'ENCRYPT_DECRYPT', pair.privateKey, pair.publicKey);
    expect(shape(enc)).toEqual({ key: undefined, handles: ['RSA-OAEP/SHA-1', 'RSA-OAEP/SHA-256'], raw: undefined, publicKey: 'spki' });
    const sign = await fromBytes(env(), 'RSA_2048', 'SIGN_VERIFY', pair.privateKey, pair.publicKey);
    expect(shape(sign)).toEqual({ key: undefined, handles: undefined, raw: 'bytes', publicKey: 'spki' });
  });
});

describe('material survives a structured clone (IndexedDB) and a restore from bytes (the endpoint)', () => {
  it('every kind still works after a structured clone', async () => {
    const e = env();
    const rsa = await pairFor('RSA_2048');
    const [hmac, hmac224, agree, sign, enc] = structuredClone([
      await newMaterialFor(e, 'HMAC_256', 'GENERATE_VERIFY_MAC'),
      await newMaterialFor(e, 'HMAC_224', 'GENERATE_VERIFY_MAC'),
      await newMaterialFor(e, 'ECC_NIST_P256', 'KEY_AGREEMENT'),
      await newMaterialFor(e, 'ECC_NIST_P256', 'SIGN_VERIFY'),
      await fromBytes(e, 'RSA_2048', 'ENCRYPT_DECRYPT', rsa.privateKey, rsa.publicKey),
    ]);
    expect(await computeMac('HMAC_SHA_256', utf8('m'), hmac!.handles!.HMAC, undefined)).toHaveLength(32);
    expect(await computeMac('HMAC_SHA_224', utf8('m'), undefined, hmac224!.raw)).toHaveLength(28);
    const peer = await newMaterialFor(e, 'ECC_NIST_P256', 'KEY_AGREEMENT');
    const ab = await deriveSecret(agree!.handles!.ECDH!, 'P-256', peer.publicKey!);
    expect(await deriveSecret(peer.handles!.ECDH!, 'P-256', agree!.publicKey!)).toEqual(ab);
    const request = { spec: 'ECC_NIST_P256', algorithm: 'ECDSA_SHA_256', messageType: 'RAW', message: utf8('m') } as const;
    expect(await verifyWith(sign!.publicKey!, request, await signWith(sign!.raw!, request, e.random))).toBe(true);
    const blob = await oaepEncrypt(enc!.publicKey!, 'RSAES_OAEP_SHA_256', utf8('hi'));
    expect(await oaepDecrypt(enc!.handles![oaepHandleName('RSAES_OAEP_SHA_256')], blob)).toEqual(utf8('hi'));
  });

  it('restoreKeys rebuilds the non-extractable keys from the kept bytes', async () => {
    const kept = await newMaterialFor(env(true), 'HMAC_384', 'GENERATE_VERIFY_MAC');
    const mac = await computeMac('HMAC_SHA_384', utf8('m'), kept.handles!.HMAC, undefined);
    const fromFile: KeyMaterial = { id: kept.id, createdMs: kept.createdMs, raw: kept.raw };
    await restoreKeys(fromFile, 'HMAC_384', 'GENERATE_VERIFY_MAC');
    expect(fromFile.handles!.HMAC!.extractable).toBe(false);
    expect(await computeMac('HMAC_SHA_384', utf8('m'), fromFile.handles!.HMAC, undefined)).toEqual(mac);
    await expect(restoreKeys({ id: 'x', createdMs: 0 }, 'HMAC_384', 'GENERATE_VERIFY_MAC')).rejects.toThrow(/no bytes/);
  });
});
