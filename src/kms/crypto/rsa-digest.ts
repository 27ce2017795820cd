/**
 * RSA signatures of a digest: Sign and Verify with MessageType DIGEST, over a digest the caller
 * already computed.
 * WebCrypto always hashes the message itself, so these encode the digest as RFC 8017 prescribes
 * (EMSA-PKCS1-v1_5 with its DigestInfo, section 9.2; EMSA-PSS with MGF1 of the same hash and a salt
 * as long as the hash, section 9.1, as KMS uses) and apply the RSA primitive with native BigInt.
 * The result is the same signature a RAW message would get, so either side verifies the other;
 * tests check it against WebCrypto, node:crypto and OpenSSL.
 *
 * Simplified: the private-key operation is the lab's own BigInt code (with the CRT and a check of
 * the result), not constant-time: fine for learning, not for protecting real secrets.
 */
import { bytesEqual, concatBytes, fromHex, ownBytes } from '@/core';
import type { Hash } from '@/kms/model/key-specs';
import { leftPad } from './der-read';
import { readRsaPkcs8, readRsaSpki } from './key-formats';

/** DER of DigestInfo's AlgorithmIdentifier and the OCTET STRING header, per hash (RFC 8017 9.2 note 1). */
const DIGEST_INFO: Partial<Record<Hash, Uint8Array>> = {
  'SHA-256': fromHex('3031300d060960864801650304020105000420')!,
  'SHA-384': fromHex('3041300d060960864801650304020205000430')!,
  'SHA-512': fromHex('3051300d060960864801650304020305000440')!,
};
const HASH_LENGTH: Partial<Record<Hash, number>> = { 'SHA-256': 32, 'SHA-384': 48, 'SHA-512': 64 };

const big = (b: Uint8Array) => (b.length ? BigInt('0x' + Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')) : 0n);
function bytesOf(n: bigint, size: number): Uint8Array {
  const hex = n.toString(16).padStart(size * 2, '0');
  return leftPad(fromHex(hex.length % 2 ? '0' + hex : hex)!, size);
}

function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  let b = base % mod;
  for (let e = exp; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % mod;
    b = (b * b) % mod;
  }
  return result;
}

const digest = async (hash: Hash, data: Uint8Array) => new Uint8Array(await crypto.subtle.digest(hash, ownBytes(data)));

async function mgf1(hash: Hash, seed: Uint8Array, length: number): Promise<Uint8Array> {
  const out = new Uint8Array(length);
  for (let counter = 0, at = 0; at < length; counter++) {
    const c = new Uint8Array([counter >>> 24, (counter >>> 16) & 0xff, (counter >>> 8) & 0xff, counter & 0xff]);
    const block = await digest(hash, concatBytes(seed, c));
    out.set(block.subarray(0, Math.min(block.length, length - at)), at);
    at += block.length;
  }
  return out;
}

function pkcs1Encoding(hash: Hash, mHash: Uint8Array, emLen: number): Uint8Array {
  const t = concatBytes(DIGEST_INFO[hash]!, mHash);
  const em = new Uint8Array(emLen).fill(0xff);
  em[0] = 0;
  em[1] = 1;
  em[emLen - t.length - 1] = 0;
  em.set(t, emLen - t.length);
  return em;
}

async function pssEncoding(hash: Hash, mHash: Uint8Array, salt: Uint8Array, emBits: number): Promise<Uint8Array> {
  const hLen = HASH_LENGTH[hash]!;
  const emLen = Math.ceil(emBits / 8);
  const h = await digest(hash, concatBytes(new Uint8Array(8), mHash, salt));
  const db = new Uint8Array(emLen - hLen - 1);
  db[db.length - salt.length - 1] = 1;
  db.set(salt, db.length - salt.length);
  const mask = await mgf1(hash, h, db.length);
  for (let i = 0; i < db.length; i++) db[i] = db[i]! ^ mask[i]!;
  db[0] = db[0]! & (0xff >> (8 * emLen - emBits));
  return concatBytes(db, h, new Uint8Array([0xbc]));
}

export type RsaScheme = 'RSASSA-PKCS1-v1_5' | 'RSA-PSS';

/** Signs `mHash` (already hashed with `hash`) with an RSA PKCS#8 private key. `salt` is used for PSS. */
export async function rsaSignDigest(pkcs8: Uint8Array, scheme: RsaScheme, hash: Hash, mHash: Uint8Array, salt: Uint8Array): Promise<Uint8Array> {
  const k = readRsaPkcs8(pkcs8);
  const n = big(k.n);
  const modBits = n.toString(2).length;
  const size = Math.ceil(modBits / 8);
  const em = scheme === 'RSA-PSS' ? await pssEncoding(hash, mHash, salt, modBits - 1) : pkcs1Encoding(hash, mHash, size);
  const m = big(em);
  const [p, q] = [big(k.p), big(k.q)];
  const m1 = modPow(m, big(k.dp), p);
  const m2 = modPow(m, big(k.dq), q);
  const h = (big(k.qi) * (((m1 - m2) % p) + p)) % p;
  const s = m2 + h * q;
  // A faulty private-key computation must never leave: check the signature with the public exponent.
  if (modPow(s, big(k.e), n) !== m) throw new Error('RSA signature check failed');
  return bytesOf(s, size);
}

/** Verifies an RSA signature over a digest with a SubjectPublicKeyInfo public key. */
export async function rsaVerifyDigest(spki: Uint8Array, scheme: RsaScheme, hash: Hash, mHash: Uint8Array, signature: Uint8Array): Promise<boolean> {
  const { n: nBytes, e } = readRsaSpki(spki);
  const n = big(nBytes);
  const modBits = n.toString(2).length;
  const size = Math.ceil(modBits / 8);
  const s = big(signature);
  if (signature.length !== size || s >= n) return false;
  const em = bytesOf(modPow(s, big(e), n), size);
  if (scheme === 'RSASSA-PKCS1-v1_5') return bytesEqual(em, pkcs1Encoding(hash, mHash, size));
  return pssVerify(hash, mHash, em.subarray(size - Math.ceil((modBits - 1) / 8)), modBits - 1);
}

async function pssVerify(hash: Hash, mHash: Uint8Array, em: Uint8Array, emBits: number): Promise<boolean> {
  const hLen = HASH_LENGTH[hash]!;
  const emLen = Math.ceil(emBits / 8);
  if (em.length !== emLen || em[emLen - 1] !== 0xbc || emLen < 2 * hLen + 2) return false;
  const masked = em.subarray(0, emLen - hLen - 1);
  const h = em.subarray(emLen - hLen - 1, emLen - 1);
  const topBits = 0xff >> (8 * emLen - emBits);
  if ((masked[0]! & ~topBits) !== 0) return false;
  const mask = await mgf1(hash, h, masked.length);
  const db = masked.map((b, i) => b ^ mask[i]!);
  db[0] = db[0]! & topBits;
  const psEnd = db.length - hLen - 1; // salt length = hash length
  for (let i = 0; i < psEnd; i++) if (db[i] !== 0) return false;
  if (db[psEnd] !== 1) return false;
  const salt = db.subarray(psEnd + 1);
  return bytesEqual(h, await digest(hash, concatBytes(new Uint8Array(8), mHash, salt)));
}
