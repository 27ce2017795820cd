/**
 * HMAC (RFC 2104) for HMAC KMS keys. The key is a non-extractable WebCrypto HMAC key for
 * HMAC_256/384/512; WebCrypto has no SHA-224, so HMAC_224 keys keep their bytes and use
 * @noble/hashes (loaded on first use). VerifyMac compares in constant time.
 */
import { ownBytes } from '@/core';
import { MAC_HASH, SPECS, type KeySpec, type MacAlgorithm } from '@/kms/model/key-specs';
import { loadHmacSha224 } from './noble';

/** The non-extractable WebCrypto key for an HMAC key's bytes (none for HMAC_224). */
export async function hmacHandle(spec: KeySpec, key: Uint8Array): Promise<CryptoKey | undefined> {
  const hash = MAC_HASH[`HMAC_SHA_${SPECS[spec].bits}` as MacAlgorithm];
  if (hash === 'SHA-224') return undefined;
  return crypto.subtle.importKey('raw', ownBytes(key), { name: 'HMAC', hash }, false, ['sign']);
}

export async function computeMac(
  algorithm: MacAlgorithm,
  message: Uint8Array,
  handle: CryptoKey | undefined,
  raw: Uint8Array | undefined,
): Promise<Uint8Array> {
  if (algorithm === 'HMAC_SHA_224') {
    if (!raw) throw new Error('HMAC_224 material without its bytes');
    return (await loadHmacSha224())(raw, message);
  }
  if (!handle) throw new Error('HMAC material without its key');
  return new Uint8Array(await crypto.subtle.sign('HMAC', handle, ownBytes(message)));
}

/** Constant-time equality of two MACs. */
export function macEquals(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}
