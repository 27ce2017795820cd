/**
 * AES-256-GCM under a key's material, with the blob header and encryption context as
 * additional data (ciphertext-blob.ts says where each part goes). WebCrypto only; the
 * CryptoKey is non-extractable. New blobs use layout 2; layout-1 blobs still decrypt.
 */
import { AwsError, bytesEqual, concatBytes, ownBytes, type Random } from '@/core';
import type { KeyMaterial, KmsKey } from '@/kms/model/key';
import { assembleBlob, encodeHeader, innerHeader, INNER_LENGTH, IV_LENGTH, parseBlob } from './ciphertext-blob';
import { encodeEncryptionContext, type EncryptionContext } from './encryption-context';

export async function sealWith(
  key: KmsKey,
  material: KeyMaterial,
  plaintext: Uint8Array,
  ctx: EncryptionContext | undefined,
  random: Random,
): Promise<Uint8Array> {
  if (!material.key) throw new Error(`Key ${key.keyId} has no symmetric key material`);
  const header = encodeHeader(key.keyId, material.id);
  const iv = random.bytes(IV_LENGTH);
  // Both are new buffers of their own (concatBytes), so WebCrypto reads them without another copy.
  const aad = concatBytes(header, encodeEncryptionContext(ctx));
  const inner = concatBytes(innerHeader(material.id), plaintext);
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv: ownBytes(iv), additionalData: aad }, material.key, inner);
  return assembleBlob(header, iv, new Uint8Array(sealed));
}

/** Decrypts a blob already matched to `key`; any failure is InvalidCiphertextException (no message, as AWS). */
export async function openWith(key: KmsKey, blob: Uint8Array, ctx: EncryptionContext | undefined): Promise<{ plaintext: Uint8Array; material: KeyMaterial }> {
  const parsed = parseBlob(blob);
  const material = parsed && key.materials.find((m) => (parsed.layout === 1 ? m.id === parsed.materialRef : m.id.startsWith(parsed.materialRef)));
  if (!parsed || !material?.key) throw new AwsError('InvalidCiphertextException');
  const aesKey = material.key;
  const aad = concatBytes(parsed.header, encodeEncryptionContext(ctx));
  let plain: Uint8Array;
  try {
    plain = new Uint8Array(
      await crypto.subtle.decrypt({ name: 'AES-GCM', iv: ownBytes(parsed.iv), additionalData: ownBytes(aad) }, aesKey, ownBytes(parsed.sealed)),
    );
  } catch {
    throw new AwsError('InvalidCiphertextException');
  }
  if (parsed.layout === 1) return { plaintext: plain, material };
  if (!bytesEqual(plain.subarray(0, INNER_LENGTH), innerHeader(material.id))) throw new AwsError('InvalidCiphertextException');
  return { plaintext: plain.slice(INNER_LENGTH), material };
}

/** Imports 32 raw bytes as a non-extractable AES-256-GCM key. */
export const importAesKey = (raw: Uint8Array): Promise<CryptoKey> =>
  crypto.subtle.importKey('raw', ownBytes(raw), { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
