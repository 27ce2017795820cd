/**
 * AES-256-GCM under a key's material, with the blob header and encryption context as
 * additional data. WebCrypto only; the CryptoKey is non-extractable.
 */
import { AwsError, concatBytes, ownBytes, type Random } from '@/core';
import type { KeyMaterial, KmsKey } from '@/kms/model/key';
import { encodeHeader, IV_LENGTH, parseBlob } from './ciphertext-blob';
import { encodeEncryptionContext, type EncryptionContext } from './encryption-context';

export async function sealWith(
  key: KmsKey,
  material: KeyMaterial,
  plaintext: Uint8Array,
  ctx: EncryptionContext | undefined,
  random: Random,
): Promise<Uint8Array> {
  const header = encodeHeader(key.keyId, material.id);
  const iv = random.bytes(IV_LENGTH);
  const aad = concatBytes(header, encodeEncryptionContext(ctx));
  if (!material.key) throw new Error(`Key ${key.keyId} has no symmetric key material`);
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv: ownBytes(iv), additionalData: ownBytes(aad) }, material.key, ownBytes(plaintext));
  return concatBytes(header, iv, new Uint8Array(sealed));
}

/** Decrypts a blob already matched to `key`; any failure is InvalidCiphertextException (no message, as AWS). */
export async function openWith(key: KmsKey, blob: Uint8Array, ctx: EncryptionContext | undefined): Promise<{ plaintext: Uint8Array; material: KeyMaterial }> {
  const parsed = parseBlob(blob);
  const material = parsed && key.materials.find((m) => m.id === parsed.materialId);
  if (!parsed || !material?.key) throw new AwsError('InvalidCiphertextException');
  const aesKey = material.key;
  const aad = concatBytes(parsed.header, encodeEncryptionContext(ctx));
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: ownBytes(parsed.iv), additionalData: ownBytes(aad) }, aesKey, ownBytes(parsed.sealed));
    return { plaintext: new Uint8Array(plain), material };
  } catch {
    throw new AwsError('InvalidCiphertextException');
  }
}

/** Imports 32 raw bytes as a non-extractable AES-256-GCM key. */
export const importAesKey = (raw: Uint8Array): Promise<CryptoKey> =>
  crypto.subtle.importKey('raw', ownBytes(raw), { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
