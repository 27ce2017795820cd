/**
 * The encryption context is authenticated data: Decrypt must present exactly the same
 * pairs (order free, case-sensitive). It is bound as a canonical, length-prefixed encoding
 * of the pairs sorted by key bytes (the AWS Encryption SDK's serialization), so no two
 * different contexts encode alike (unlike a plain k1v1k2v2 concatenation).
 */
import { concatBytes, utf8 } from '@/core';

export type EncryptionContext = Record<string, string>;

export function encodeEncryptionContext(ctx: EncryptionContext | undefined): Uint8Array {
  const entries = Object.entries(ctx ?? {}).map(([k, v]) => [utf8(k), utf8(v)] as const);
  if (entries.length === 0) return new Uint8Array(0);
  entries.sort(([a], [b]) => compareBytes(a, b));
  const parts: Uint8Array[] = [u16(entries.length)];
  for (const [k, v] of entries) parts.push(u16(k.length), k, u16(v.length), v);
  return concatBytes(...parts);
}

const u16 = (n: number) => new Uint8Array([(n >> 8) & 0xff, n & 0xff]);

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
