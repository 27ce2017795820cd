/**
 * New key material, for every key spec: 32 random bytes held as a non-extractable AES-GCM key
 * (SYMMETRIC_DEFAULT), random bytes as long as the spec for HMAC keys, a key pair for asymmetric
 * keys. Which non-extractable WebCrypto keys a material carries, and whether its bytes are kept,
 * is decided here (`fromBytes`), for new, imported and restored material alike. The asymmetric
 * and HMAC code is loaded on first use.
 *
 * Simplified: "non-extractable" is a WebCrypto guarantee, not a hardware security module: the
 * browser keeps the key bytes in its profile, protected by the operating system's user account
 * and disk protections. In AWS, key material never leaves KMS's FIPS-validated HSMs unencrypted.
 */
import { toHex } from '@/core';
import type { KmsEnv } from '@/kms/context';
import { importAesKey } from '@/kms/crypto/symmetric';
import type { KeyMaterial } from './key';
import { SPECS, type KeySpec, type KeyUsage } from './key-specs';

type MaterialEnv = Pick<KmsEnv, 'random' | 'clock' | 'keepRawMaterial'>;

/** New symmetric material (SYMMETRIC_DEFAULT), from `raw` when imported. */
export async function newKeyMaterial(env: MaterialEnv, raw?: Uint8Array): Promise<KeyMaterial> {
  const bytes = raw ?? env.random.bytes(32);
  const material: KeyMaterial = {
    id: toHex(env.random.bytes(32)),
    key: await importAesKey(bytes),
    createdMs: env.clock.nowMs(),
  };
  if (env.keepRawMaterial) material.raw = new Uint8Array(bytes);
  return material;
}

/** New material for a key of any spec and usage. */
export async function newMaterialFor(env: MaterialEnv, spec: KeySpec, usage: KeyUsage): Promise<KeyMaterial> {
  const info = SPECS[spec];
  if (info.family === 'symmetric') return newKeyMaterial(env);
  if (info.family === 'hmac') return fromBytes(env, spec, usage, env.random.bytes(info.bits! / 8));
  const { generateKeyPair } = await import('@/kms/crypto/key-pairs');
  const pair = await generateKeyPair(spec, env.random);
  return fromBytes(env, spec, usage, pair.privateKey, pair.publicKey);
}

/**
 * Material from its bytes: an HMAC key, or a PKCS#8 private key with its public key (already
 * checked, see crypto/key-pairs.ts checkPrivateKey). Used for new and imported material.
 */
export async function fromBytes(env: MaterialEnv, spec: KeySpec, usage: KeyUsage, raw: Uint8Array, publicKey?: Uint8Array, id?: string): Promise<KeyMaterial> {
  const material: KeyMaterial = { id: id ?? toHex(env.random.bytes(32)), createdMs: env.clock.nowMs() };
  if (publicKey) material.publicKey = publicKey;
  await attachKeys(material, spec, usage, raw, env.keepRawMaterial);
  return material;
}

/** The endpoint's state file keeps only bytes: rebuilds a material's non-extractable keys from them. */
export async function restoreKeys(material: KeyMaterial, spec: KeySpec, usage: KeyUsage): Promise<void> {
  if (!material.raw) throw new Error(`material ${material.id} has no bytes to restore from`);
  await attachKeys(material, spec, usage, material.raw, true);
}

/** Expected length of the bytes of a material (for checks of stored state); undefined when variable (PKCS#8). */
export function rawLength(spec: KeySpec): number | undefined {
  const info = SPECS[spec];
  if (info.family === 'symmetric') return 32;
  if (info.family === 'hmac') return info.bits! / 8;
  return undefined;
}

async function attachKeys(material: KeyMaterial, spec: KeySpec, usage: KeyUsage, raw: Uint8Array, keepRaw: boolean): Promise<void> {
  const info = SPECS[spec];
  let needsRaw = keepRaw;
  if (info.family === 'symmetric') {
    material.key = await importAesKey(raw);
  } else if (info.family === 'hmac') {
    const handle = await (await import('@/kms/crypto/hmac')).hmacHandle(spec, raw);
    if (handle) material.handles = { HMAC: handle };
    else needsRaw = true; // HMAC_224: WebCrypto has no SHA-224
  } else if (info.family === 'rsa' && usage === 'ENCRYPT_DECRYPT') {
    material.handles = await (await import('@/kms/crypto/rsa-oaep')).oaepHandles(raw);
  } else if (info.family === 'ecc' && usage === 'KEY_AGREEMENT') {
    material.handles = { ECDH: await (await import('@/kms/crypto/ecdh')).ecdhHandle(raw, info.curve!) };
  } else {
    needsRaw = true; // signing keys: see crypto/signing.ts
  }
  if (needsRaw) material.raw = new Uint8Array(raw);
}
