/**
 * The symmetric ciphertext blob, self-describing like KMS's. Its layout (kms-api-fidelity.md section 6):
 *
 *   01 02 02 00 78 | key id (16 bytes) | key material id (32 bytes) | IV (12) | AES-GCM ciphertext + tag (16)
 *
 * The first five bytes make the base64 start with `AQICAHg`, as real blobs do. The 53-byte
 * header and the canonical encryption context are the GCM additional data, so any change to
 * the header, the body or the context fails authentication (InvalidCiphertextException).
 * Simplified: real blobs carry an opaque HSM backing-key reference and a CMS structure.
 */
import { concatBytes, fromHex, toHex } from '@/core';

const MAGIC = new Uint8Array([0x01, 0x02, 0x02, 0x00, 0x78]);
export const HEADER_LENGTH = MAGIC.length + 16 + 32;
export const IV_LENGTH = 12;
export const TAG_LENGTH = 16;
export const BLOB_OVERHEAD = HEADER_LENGTH + IV_LENGTH + TAG_LENGTH;

export interface BlobHeader {
  keyId: string;
  materialId: string;
  header: Uint8Array;
  iv: Uint8Array;
  sealed: Uint8Array;
}

/** Headers are rebuilt from hex on every Encrypt otherwise; a key has few materials. */
const headerCache = new Map<string, Uint8Array>();

export function encodeHeader(keyId: string, materialId: string): Uint8Array {
  const cacheKey = keyId + materialId;
  const hit = headerCache.get(cacheKey);
  if (hit) return hit;
  const header = buildHeader(keyId, materialId);
  if (headerCache.size > 1024) headerCache.clear();
  headerCache.set(cacheKey, header);
  return header;
}

function buildHeader(keyId: string, materialId: string): Uint8Array {
  const id = fromHex(keyId.replace(/-/g, ''));
  const material = fromHex(materialId);
  if (!id || id.length !== 16 || !material || material.length !== 32) throw new Error('Malformed key reference');
  return concatBytes(MAGIC, id, material);
}

/** Splits a blob, or returns undefined when it cannot be one of ours. */
export function parseBlob(blob: Uint8Array): BlobHeader | undefined {
  if (blob.length < BLOB_OVERHEAD) return undefined;
  for (let i = 0; i < MAGIC.length; i++) if (blob[i] !== MAGIC[i]) return undefined;
  const h = toHex(blob.subarray(MAGIC.length, MAGIC.length + 16));
  const keyId = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  return {
    keyId,
    materialId: toHex(blob.subarray(MAGIC.length + 16, HEADER_LENGTH)),
    header: blob.subarray(0, HEADER_LENGTH),
    iv: blob.subarray(HEADER_LENGTH, HEADER_LENGTH + IV_LENGTH),
    sealed: blob.subarray(HEADER_LENGTH + IV_LENGTH),
  };
}
