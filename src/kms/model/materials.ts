/**
 * New key material: 32 bytes from the injected randomness, held as a non-extractable CryptoKey.
 *
 * Simplified: "non-extractable" is a WebCrypto guarantee, not a hardware security module: the
 * browser keeps the key bytes in its profile, protected by the operating system's user account
 * and disk protections. In AWS, key material never leaves KMS's FIPS-validated HSMs unencrypted.
 */
import { toHex } from '@/core';
import type { KmsEnv } from '@/kms/context';
import { importAesKey } from '@/kms/crypto/symmetric';
import type { KeyMaterial } from './key';

export async function newKeyMaterial(env: KmsEnv, raw?: Uint8Array): Promise<KeyMaterial> {
  const bytes = raw ?? env.random.bytes(32);
  const material: KeyMaterial = {
    id: toHex(env.random.bytes(32)),
    key: await importAesKey(bytes),
    createdMs: env.clock.nowMs(),
  };
  if (env.keepRawMaterial) material.raw = new Uint8Array(bytes);
  return material;
}
