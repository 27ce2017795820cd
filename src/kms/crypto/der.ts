/**
 * The little DER (ITU-T X.690) that KMS's key formats need: SubjectPublicKeyInfo (RFC 5280),
 * PKCS#8 PrivateKeyInfo (RFC 5208), ECPrivateKey (RFC 5915), the ECDSA signature
 * SEQUENCE { r, s } (RFC 3279) and the ciphertext blob's CMS structure. This file writes DER;
 * der-read.ts reads it. They are apart so that the first screen, which carries the ciphertext
 * blob's writer, does not carry the readers that only asymmetric keys use.
 */
import { concatBytes } from '@/core';

function length(n: number): Uint8Array {
  if (n < 0x80) return new Uint8Array([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return new Uint8Array([0x80 | bytes.length, ...bytes]);
}

export const tlv = (tag: number, ...value: Uint8Array[]): Uint8Array => {
  const body = concatBytes(...value);
  return concatBytes(new Uint8Array([tag]), length(body.length), body);
};
export const sequence = (...items: Uint8Array[]) => tlv(0x30, ...items);
export const octetString = (b: Uint8Array) => tlv(0x04, b);
export const bitString = (b: Uint8Array) => tlv(0x03, new Uint8Array([0]), b);
export const derNull = () => new Uint8Array([0x05, 0x00]);
/** Context-specific tag [n], constructed (explicit) unless `primitive`. */
export const context = (n: number, value: Uint8Array, primitive = false) => tlv((primitive ? 0x80 : 0xa0) | n, value);

/** An unsigned big-endian integer as a DER INTEGER (leading zeros dropped, a zero added when the top bit is set). */
export function integer(unsigned: Uint8Array): Uint8Array {
  let i = 0;
  while (i < unsigned.length - 1 && unsigned[i] === 0) i++;
  const v = unsigned.subarray(i);
  return tlv(0x02, v.length && v[0]! & 0x80 ? concatBytes(new Uint8Array([0]), v) : v.length ? v : new Uint8Array([0]));
}
export const smallInteger = (n: number) => integer(new Uint8Array([n]));

export function oid(dotted: string): Uint8Array {
  const parts = dotted.split('.').map(Number);
  const out: number[] = [parts[0]! * 40 + parts[1]!];
  for (const p of parts.slice(2)) {
    const chunk: number[] = [p & 0x7f];
    for (let v = Math.floor(p / 128); v > 0; v = Math.floor(v / 128)) chunk.unshift(0x80 | (v & 0x7f));
    out.push(...chunk);
  }
  return tlv(0x06, new Uint8Array(out));
}
