/**
 * The symmetric ciphertext blob, self-describing like KMS's and as long as KMS's for the same
 * plaintext. Layout 2, modelled on the blobs AWS prints in its own examples (the AWS CLI's
 * `generate-data-key` example: a 32-byte data key in a 167-byte blob):
 *
 *   01 02 02 00 78 | key id (16) | key material id, first 16 bytes | CMS length (4, big-endian) | CMS
 *
 * where CMS is a DER ContentInfo of type EncryptedData (RFC 5652): version 0, content type data,
 * algorithm AES-256-GCM (2.16.840.1.101.3.4.1.46) with its GCMParameters (a 12-byte nonce, a 16-byte
 * tag), and the encrypted content: AES-GCM over an 11-byte inner header (the layout, 2, and the next
 * 10 bytes of the key material id) followed by the plaintext, then the tag. AWS's encrypted part
 * carries 11 bytes of its own beside the plaintext too, so lengths match AWS's for any plaintext.
 * The first five bytes make the base64 start with `AQICAHg`, as real blobs do.
 *
 * The 37-byte header and the canonical encryption context are the GCM additional data; everything
 * else outside the encrypted content must be exactly what the lab writes for that length and nonce.
 * So any change to the blob fails (InvalidCiphertextException), except a change inside the key id,
 * which names a key that does not exist (AccessDeniedException, as AWS answers for a deleted key).
 *
 * Layout 1 (blobs made before layout 2, kept in learners' files) still decrypts:
 *   01 02 02 00 78 | key id (16) | key material id (32) | IV (12) | AES-GCM ciphertext + tag (16)
 * with the 53-byte header as additional data. A blob is layout 2 when its bytes after the header
 * are exactly a layout-2 CMS structure, which a layout-1 blob (random bytes there) never is.
 *
 * Simplified: real blobs carry an opaque HSM backing-key reference where the lab puts the key id
 * and a prefix of the key material id, and AWS's 11 inner bytes are its own, not the lab's.
 */
import { bytesEqual, concatBytes, fromHex, toHex } from '@/core';
import { context, oid, sequence, smallInteger, tlv } from './der';

const MAGIC = new Uint8Array([0x01, 0x02, 0x02, 0x00, 0x78]);
export const KEY_ID_END = MAGIC.length + 16;
/** Layout 2's header: magic, key id, first half of the material id. */
export const HEADER_LENGTH = KEY_ID_END + 16;
export const IV_LENGTH = 12;
export const TAG_LENGTH = 16;
/** Layout 2's inner header, encrypted with the plaintext. */
export const INNER_LENGTH = 11;
const LAYOUT = 2;
const V1_HEADER = KEY_ID_END + 32;

export interface ParsedBlob {
  layout: 1 | 2;
  keyId: string;
  /** The key material id (layout 1) or its first 32 hex characters (layout 2). */
  materialRef: string;
  /** The additional data's fixed part. */
  header: Uint8Array;
  iv: Uint8Array;
  /** AES-GCM ciphertext and tag. */
  sealed: Uint8Array;
}

const ID_DATA = oid('1.2.840.113549.1.7.1');
const ID_ENCRYPTED_DATA = oid('1.2.840.113549.1.7.6');
const AES_256_GCM = oid('2.16.840.1.101.3.4.1.46');

/** Headers are rebuilt from hex on every Encrypt otherwise; a key has few materials. */
const headerCache = new Map<string, Uint8Array>();

export function encodeHeader(keyId: string, materialId: string): Uint8Array {
  const cacheKey = keyId + materialId;
  const hit = headerCache.get(cacheKey);
  if (hit) return hit;
  const id = fromHex(keyId.replace(/-/g, ''));
  const material = fromHex(materialId);
  if (!id || id.length !== 16 || !material || material.length !== 32) throw new Error('Malformed key reference');
  const header = concatBytes(MAGIC, id, material.subarray(0, 16));
  if (headerCache.size > 1024) headerCache.clear();
  headerCache.set(cacheKey, header);
  return header;
}

const innerCache = new Map<string, Uint8Array>();

/** The 11 bytes encrypted before the plaintext: the layout and bytes 16-25 of the material id. */
export function innerHeader(materialId: string): Uint8Array {
  let out = innerCache.get(materialId);
  if (!out) {
    out = new Uint8Array(INNER_LENGTH);
    out[0] = LAYOUT;
    out.set(fromHex(materialId)!.subarray(16, 26), 1);
    if (innerCache.size > 1024) innerCache.clear();
    innerCache.set(materialId, out);
  }
  return out;
}

/** The CMS EncryptedData holding `sealed` (inner header + plaintext, encrypted, then the tag). */
function cms(iv: Uint8Array, sealed: Uint8Array): Uint8Array {
  const algorithm = sequence(AES_256_GCM, sequence(tlv(0x04, iv), smallInteger(TAG_LENGTH)));
  const contentInfo = sequence(ID_DATA, algorithm, context(0, sealed, true));
  return sequence(ID_ENCRYPTED_DATA, context(0, sequence(smallInteger(0), contentInfo)));
}

interface Skeleton {
  /** The CMS structure for `n` bytes of encrypted content, with a zero nonce and zero content. */
  bytes: Uint8Array;
  ivAt: number;
  contentAt: number;
}

/** Skeletons by content length: the DER around the nonce and the content depends only on the length. */
const skeletons = new Map<number, Skeleton>();

function skeletonFor(n: number): Skeleton {
  let s = skeletons.get(n);
  if (!s) {
    const bytes = cms(new Uint8Array(IV_LENGTH), new Uint8Array(n));
    const contentAt = bytes.length - n;
    // After the nonce: INTEGER 16 (3 bytes), then the [0] tag and the content's DER length.
    const ivAt = contentAt - (n < 0x80 ? 2 : n < 0x100 ? 3 : 4) - 3 - IV_LENGTH;
    s = { bytes, ivAt, contentAt };
    if (skeletons.size > 256) skeletons.clear();
    skeletons.set(n, s);
  }
  return s;
}

/** The whole blob in one buffer: header, CMS length, and the CMS with `iv` and `sealed` in place. */
export function assembleBlob(header: Uint8Array, iv: Uint8Array, sealed: Uint8Array): Uint8Array {
  const { bytes, ivAt, contentAt } = skeletonFor(sealed.length);
  const out = new Uint8Array(header.length + 4 + bytes.length);
  out.set(header, 0);
  new DataView(out.buffer).setUint32(header.length, bytes.length);
  const at = header.length + 4;
  out.set(bytes.subarray(0, contentAt), at);
  out.set(iv, at + ivAt);
  out.set(sealed, at + contentAt);
  return out;
}

const keyIdOf = (blob: Uint8Array) => {
  const h = toHex(blob.subarray(MAGIC.length, KEY_ID_END));
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

/** Layout 2's parts when the blob is exactly a layout-2 blob: the CMS must be the lab's, byte for byte, but for nonce and content. */
function parseLayout2(blob: Uint8Array): ParsedBlob | undefined {
  if (blob.length < HEADER_LENGTH + 4) return undefined;
  const length = new DataView(blob.buffer, blob.byteOffset + HEADER_LENGTH, 4).getUint32(0);
  const body = blob.subarray(HEADER_LENGTH + 4);
  if (length !== body.length || body.length < 64) return undefined;
  // The content length is in the DER just before the content; try each encoding that fits the body.
  for (let n = body.length - 60; n >= INNER_LENGTH + TAG_LENGTH && n >= body.length - 80; n--) {
    const { bytes, ivAt, contentAt } = skeletonFor(n);
    if (bytes.length !== body.length) continue;
    if (
      !bytesEqual(bytes.subarray(0, ivAt), body.subarray(0, ivAt)) ||
      !bytesEqual(bytes.subarray(ivAt + IV_LENGTH, contentAt), body.subarray(ivAt + IV_LENGTH, contentAt))
    ) {
      return undefined;
    }
    const iv = body.subarray(ivAt, ivAt + IV_LENGTH);
    return {
      layout: 2,
      keyId: keyIdOf(blob),
      materialRef: toHex(blob.subarray(KEY_ID_END, HEADER_LENGTH)),
      header: blob.subarray(0, HEADER_LENGTH),
      iv,
      sealed: body.subarray(contentAt),
    };
  }
  return undefined;
}

/** Splits a blob of either layout, or returns undefined when it cannot be one of ours. */
export function parseBlob(blob: Uint8Array): ParsedBlob | undefined {
  for (let i = 0; i < MAGIC.length; i++) if (blob[i] !== MAGIC[i]) return undefined;
  const v2 = parseLayout2(blob);
  if (v2) return v2;
  if (blob.length < V1_HEADER + IV_LENGTH + TAG_LENGTH) return undefined;
  return {
    layout: 1,
    keyId: keyIdOf(blob),
    materialRef: toHex(blob.subarray(KEY_ID_END, V1_HEADER)),
    header: blob.subarray(0, V1_HEADER),
    iv: blob.subarray(V1_HEADER, V1_HEADER + IV_LENGTH),
    sealed: blob.subarray(V1_HEADER + IV_LENGTH),
  };
}
