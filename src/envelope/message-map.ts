/**
 * The stored message, annotated byte by byte (format.ts; AWS Encryption SDK message format v2,
 * https://docs.aws.amazon.com/encryption-sdk/latest/developer-guide/message-format.html and
 * body-aad-reference.html): every header field with its offset, its length, its bytes as
 * written, its decoded value and what it is for; then the sampled frames (frame-samples.ts) laid
 * out the same way. Built from the real header bytes of a run, so what the learner reads is the
 * file they just made. Length prefixes are part of the field they announce (`prefixLength`).
 */
import { fromUtf8Strict, toHex } from '@/core';
import { FINAL_FRAME_OVERHEAD, parseHeader, REGULAR_FRAME_OVERHEAD, SUITE_ID } from './format';
import type { FrameSample } from './frame-samples';
import { EXPLAIN, type FieldKind } from './message-explain';

export interface MessageField {
  /** Unique in the map: the kind, with the data key's or frame's number where there are several. */
  id: string;
  kind: FieldKind;
  name: string;
  offset: number;
  length: number;
  /** The field's bytes as stored (for a frame's encrypted content: its first bytes only). */
  bytes: Uint8Array;
  /** Leading bytes that give the length of what follows (2 for length-prefixed fields). */
  prefixLength: number;
  /** The value decoded for a reader. */
  value: string;
  explain: string;
}

export interface FrameMap {
  seq: number;
  final: boolean;
  offset: number;
  length: number;
  fields: MessageField[];
}

export interface MessageMap {
  header: MessageField[];
  headerLength: number;
  frames: FrameMap[];
  /** Frames in the message; those not in `frames` have the layout of the first one. */
  frameCount: number;
  messageBytes: number;
}

const u16 = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const u32 = (b: Uint8Array, at: number) => u16(b, at) * 65536 + u16(b, at + 2);
const text = (b: Uint8Array) => fromUtf8Strict(b) ?? `0x${toHex(b)}`;
const plural = (n: number, one: string) => `${n.toLocaleString('en-US')} ${one}${n === 1 ? '' : 's'}`;

/** Reads fields off the header bytes in order, recording where each one is. */
class Walker {
  at = 0;
  readonly fields: MessageField[] = [];
  constructor(private readonly b: Uint8Array) {}
  field(kind: FieldKind, length: number, value: (bytes: Uint8Array) => string, o: { id?: string; prefixLength?: number; name?: string } = {}) {
    const bytes = this.b.slice(this.at, this.at + length);
    const prefixLength = o.prefixLength ?? 0;
    const id = o.id ?? kind;
    this.fields.push({
      id,
      kind,
      name: o.name ?? EXPLAIN[kind].name,
      offset: this.at,
      length,
      bytes,
      prefixLength,
      value: value(bytes.subarray(prefixLength)),
      explain: EXPLAIN[kind].text,
    });
    this.at += length;
    return bytes;
  }
  /** A field made of a 2-byte length and that many bytes. */
  prefixed(kind: FieldKind, value: (bytes: Uint8Array) => string, id?: string) {
    return this.field(kind, 2 + u16(this.b, this.at), value, { id, prefixLength: 2 });
  }
}

/** Annotates a v2 header (body and tag, as stored); throws the parser's error when it is not one. */
export function mapHeader(headerBytes: Uint8Array): { fields: MessageField[]; length: number } {
  const h = parseHeader(headerBytes); // validates the whole header first
  const w = new Walker(headerBytes);
  w.field('version', 1, (b) => `${b[0]} (message format version 2)`);
  w.field('suite', 2, () => `0x${SUITE_ID.toString(16).padStart(4, '0')}: AES-256-GCM, HKDF-SHA512, key commitment, no signature`);
  w.field('message-id', 32, (b) => `${toHex(b.subarray(0, 8))}… (32 random bytes)`);
  const aadLength = u16(headerBytes, w.at);
  w.field('context-length', 2, () => (aadLength ? `${aadLength} bytes` : '0: no encryption context'));
  if (aadLength) {
    const count = u16(headerBytes, w.at);
    w.field('context-count', 2, () => plural(count, 'pair'));
    for (let i = 1; i <= count; i++) {
      const keyLength = u16(headerBytes, w.at);
      const key = headerBytes.subarray(w.at + 2, w.at + 2 + keyLength);
      const valueLength = u16(headerBytes, w.at + 2 + keyLength);
      const value = headerBytes.subarray(w.at + 4 + keyLength, w.at + 4 + keyLength + valueLength);
      w.field('context-pair', 4 + keyLength + valueLength, () => `${text(key)} = ${text(value)}`, { id: `context-pair.${i}` });
    }
  }
  w.field('edk-count', 2, (b) => plural(u16(b, 0), 'encrypted data key'));
  h.dataKeys.forEach((_, i) => {
    const n = h.dataKeys.length > 1 ? `.${i + 1}` : '';
    w.prefixed('edk-provider-id', (b) => text(b), `edk-provider-id${n}`);
    w.prefixed('edk-provider-info', (b) => text(b), `edk-provider-info${n}`);
    w.prefixed('edk-ciphertext', (b) => `${b.length} bytes starting ${toHex(b.subarray(0, 8))}…`, `edk-ciphertext${n}`);
  });
  w.field('content-type', 1, (b) => `${b[0]} (framed)`);
  w.field('frame-length', 4, (b) => `${u32(b, 0).toLocaleString('en-US')} bytes`);
  w.field('commitment', 32, (b) => `${toHex(b.subarray(0, 8))}… (32 bytes)`);
  w.field('header-tag', 16, (b) => toHex(b));
  return { fields: w.fields, length: w.at };
}

/** Annotates one sampled frame; offsets are absolute in the message. */
export function mapFrame(s: FrameSample): FrameMap {
  const fields: MessageField[] = [];
  let at = s.offset;
  const add = (kind: FieldKind, length: number, bytes: Uint8Array, value: string) => {
    fields.push({ id: `${kind}.${s.seq}`, kind, name: EXPLAIN[kind].name, offset: at, length, bytes, prefixLength: 0, value, explain: EXPLAIN[kind].text });
    at += length;
  };
  const be32 = (n: number) => Uint8Array.of(n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
  if (s.final) add('final-marker', 4, be32(0xffffffff), '0xFFFFFFFF: this is the final frame');
  add('frame-seq', 4, be32(s.seq), String(s.seq));
  add('frame-iv', 12, s.iv, toHex(s.iv));
  if (s.final) add('frame-content-length', 4, be32(s.contentLength), `${s.contentLength.toLocaleString('en-US')} bytes`);
  add(
    'frame-content',
    s.contentLength,
    s.contentHead,
    s.contentLength ? `${s.contentLength.toLocaleString('en-US')} bytes starting ${toHex(s.contentHead.subarray(0, 8))}…` : 'empty',
  );
  add('frame-tag', 16, s.tag, toHex(s.tag));
  const length = s.contentLength + (s.final ? FINAL_FRAME_OVERHEAD : REGULAR_FRAME_OVERHEAD);
  return { seq: s.seq, final: s.final, offset: s.offset, length, fields };
}

export function mapMessage(headerBytes: Uint8Array, samples: FrameSample[], frameCount: number, messageBytes: number): MessageMap {
  const { fields, length } = mapHeader(headerBytes);
  return { header: fields, headerLength: length, frames: samples.map(mapFrame), frameCount, messageBytes };
}
