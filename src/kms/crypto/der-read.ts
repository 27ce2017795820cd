/**
 * Reading DER (ITU-T X.690) for KMS's key formats (der.ts writes it). Definite lengths only; the
 * reader refuses anything else.
 */
export interface Tlv {
  tag: number;
  /** The value bytes (a view into the input). */
  value: Uint8Array;
  /** The whole encoding, tag to end. */
  whole: Uint8Array;
}

export class DerError extends Error {}

/** Reads one TLV at `offset`; throws DerError on a truncated or indefinite encoding. */
export function readTlv(bytes: Uint8Array, offset = 0): Tlv & { end: number } {
  if (offset + 2 > bytes.length) throw new DerError('truncated');
  const tag = bytes[offset]!;
  if ((tag & 0x1f) === 0x1f) throw new DerError('high tag numbers are not used here');
  let len = bytes[offset + 1]!;
  let at = offset + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4 || at + n > bytes.length) throw new DerError('bad length');
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + bytes[at + i]!;
    at += n;
    if (len < 0x80) throw new DerError('non-minimal length');
  }
  const end = at + len;
  if (end > bytes.length) throw new DerError('truncated');
  return { tag, value: bytes.subarray(at, end), whole: bytes.subarray(offset, end), end };
}

/** The TLVs inside a constructed value (a SEQUENCE's members). */
export function children(value: Uint8Array): Tlv[] {
  const out: Tlv[] = [];
  for (let at = 0; at < value.length;) {
    const t = readTlv(value, at);
    out.push(t);
    at = t.end;
  }
  return out;
}

/** Parses exactly one TLV that spans all of `bytes`, of the expected tag. */
export function readWhole(bytes: Uint8Array, tag: number): Tlv {
  const t = readTlv(bytes);
  if (t.end !== bytes.length) throw new DerError('trailing bytes');
  if (t.tag !== tag) throw new DerError(`expected tag ${tag}, found ${t.tag}`);
  return t;
}

export function expect(t: Tlv | undefined, tag: number): Tlv {
  if (!t || t.tag !== tag) throw new DerError(`expected tag ${tag}`);
  return t;
}

export function readOid(t: Tlv | undefined): string {
  const v = expect(t, 0x06).value;
  if (!v.length) throw new DerError('empty OID');
  const parts = [Math.floor(v[0]! / 40), v[0]! % 40];
  let n = 0;
  for (const b of v.subarray(1)) {
    n = n * 128 + (b & 0x7f);
    if (!(b & 0x80)) {
      parts.push(n);
      n = 0;
    }
  }
  return parts.join('.');
}

/** An INTEGER's value as unsigned big-endian bytes (a positive integer's sign byte dropped). */
export function readUnsigned(t: Tlv | undefined): Uint8Array {
  const v = expect(t, 0x02).value;
  if (!v.length || v[0]! & 0x80) throw new DerError('not a positive integer');
  if (v.length > 1 && v[0] === 0 && !(v[1]! & 0x80)) throw new DerError('non-minimal integer');
  return v[0] === 0 && v.length > 1 ? v.subarray(1) : v;
}

export function readBitString(t: Tlv | undefined): Uint8Array {
  const v = expect(t, 0x03).value;
  if (v[0] !== 0) throw new DerError('bit strings here have no unused bits');
  return v.subarray(1);
}

export const leftPad = (b: Uint8Array, size: number): Uint8Array => {
  if (b.length > size) throw new DerError('value too long');
  const out = new Uint8Array(size);
  out.set(b, size - b.length);
  return out;
};
