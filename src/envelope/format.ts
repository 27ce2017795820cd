/**
 * The AWS Encryption SDK message format, header version 2, algorithm suite 0x0478
 * (AES-256-GCM, HKDF-SHA512, key commitment, unsigned), framed content only.
 * Spec: https://docs.aws.amazon.com/encryption-sdk/latest/developer-guide/message-format.html
 * and docs/aws-behaviour.md, "The AWS Encryption SDK message format". All integers are big-endian.
 * Simplified: only suite 0x0478 and framed content are written or read (the lab never signs:
 * WebCrypto cannot stream the ECDSA signature of 0x0578).
 */
import { dict, fromUtf8Strict, utf8 } from '@/core';
import { EnvelopeError } from './errors';

export const SUITE_ID = 0x0478;
export const MESSAGE_ID_LENGTH = 32;
export const COMMITMENT_LENGTH = 32;
export const TAG_LENGTH = 16;
export const IV_LENGTH = 12;
export const DEFAULT_FRAME_LENGTH = 1024 * 1024;
export const SDK_FRAME_LENGTH = 4096;
export const KMS_PROVIDER_ID = 'aws-kms';
/** Bytes around each frame's ciphertext: sequence number, IV, tag (+ marker and length for the final frame). */
export const REGULAR_FRAME_OVERHEAD = 4 + IV_LENGTH + TAG_LENGTH;
export const FINAL_FRAME_OVERHEAD = 4 + 4 + IV_LENGTH + 4 + TAG_LENGTH;

export type EncryptionContext = Record<string, string>;

export interface EncryptedDataKey {
  providerId: string;
  providerInfo: string;
  ciphertext: Uint8Array;
}

export interface MessageHeader {
  messageId: Uint8Array;
  context: EncryptionContext;
  dataKeys: EncryptedDataKey[];
  frameLength: number;
  commitment: Uint8Array;
  /** The serialized header body: what the header tag authenticates. */
  body: Uint8Array;
  tag: Uint8Array;
  /** Header body + tag: where the first frame starts. */
  length: number;
}

class Writer {
  private parts: number[] = [];
  u8(n: number) {
    this.parts.push(n & 0xff);
    return this;
  }
  u16(n: number) {
    return this.u8(n >>> 8).u8(n);
  }
  u32(n: number) {
    return this.u16(n >>> 16).u16(n & 0xffff);
  }
  bytes(b: Uint8Array) {
    for (const x of b) this.parts.push(x);
    return this;
  }
  lv(b: Uint8Array) {
    return this.u16(b.length).bytes(b);
  }
  done() {
    return Uint8Array.from(this.parts);
  }
}

/** Encryption context: pair count, then (key, value) length-prefixed, sorted by the UTF-8 bytes of the key. Empty = no bytes at all. */
export function serializeContext(context: EncryptionContext): Uint8Array {
  const pairs = Object.entries(context).map(([k, v]) => [utf8(k), utf8(v)] as const);
  if (pairs.length === 0) return new Uint8Array(0);
  pairs.sort(([a], [b]) => compareBytes(a, b));
  const w = new Writer().u16(pairs.length);
  for (const [k, v] of pairs) w.lv(k).lv(v);
  return w.done();
}

function compareBytes(a: Uint8Array, b: Uint8Array) {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

export function serializeHeaderBody(h: Omit<MessageHeader, 'body' | 'tag' | 'length'>): Uint8Array {
  if (h.frameLength < 1 || h.frameLength > 0xffffffff) throw new EnvelopeError('Malformed', `Frame length ${h.frameLength} is out of range.`);
  const aad = serializeContext(h.context);
  const w = new Writer().u8(2).u16(SUITE_ID).bytes(h.messageId).u16(aad.length).bytes(aad).u16(h.dataKeys.length);
  for (const k of h.dataKeys) w.lv(utf8(k.providerId)).lv(utf8(k.providerInfo)).lv(k.ciphertext);
  return w.u8(2).u32(h.frameLength).bytes(h.commitment).done();
}

/** Reads big-endian fields from a buffer; `need` signals "the header continues past what was read". */
class Reader {
  pos = 0;
  constructor(private readonly b: Uint8Array) {}
  need(n: number) {
    if (this.pos + n > this.b.length) throw new NeedMore(this.pos + n);
  }
  u8() {
    this.need(1);
    return this.b[this.pos++]!;
  }
  u16() {
    return (this.u8() << 8) | this.u8();
  }
  u32() {
    return this.u16() * 65536 + this.u16();
  }
  bytes(n: number) {
    this.need(n);
    const out = this.b.slice(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
  lv() {
    return this.bytes(this.u16());
  }
}

export class NeedMore extends Error {
  constructor(readonly atLeast: number) {
    super('need more bytes');
  }
}

function text(b: Uint8Array, what: string) {
  const s = fromUtf8Strict(b);
  if (s === undefined) throw new EnvelopeError('Malformed', `The header's ${what} is not valid UTF-8.`);
  return s;
}

function parseContext(aad: Uint8Array): EncryptionContext {
  if (aad.length === 0) return {};
  const r = new Reader(aad);
  const out: EncryptionContext = dict();
  try {
    const count = r.u16();
    if (count === 0) throw new EnvelopeError('Malformed', 'The encryption context is present but has no pairs.');
    let previous: Uint8Array | undefined;
    for (let i = 0; i < count; i++) {
      const k = r.lv();
      const v = r.lv();
      if (previous && compareBytes(previous, k) >= 0) throw new EnvelopeError('Malformed', 'The encryption context keys are not sorted or repeat.');
      previous = k;
      out[text(k, 'encryption context key')] = text(v, 'encryption context value');
    }
  } catch (e) {
    if (e instanceof NeedMore) throw new EnvelopeError('Malformed', 'The encryption context is shorter than its lengths say.');
    throw e;
  }
  if (r.pos !== aad.length) throw new EnvelopeError('Malformed', 'The encryption context has trailing bytes.');
  return out;
}

/** Parses a header from the start of `b`; throws NeedMore when `b` is too short. */
export function parseHeader(b: Uint8Array): MessageHeader {
  const r = new Reader(b);
  const version = r.u8();
  if (version !== 2) {
    throw new EnvelopeError(
      'UnsupportedFormat',
      version === 1
        ? 'This is an AWS Encryption SDK message with header version 1 (a suite without key commitment); the lab reads only version 2, suite 0x0478.'
        : 'This is not an AWS Encryption SDK message (the first byte is not a known header version).',
    );
  }
  const suite = r.u16();
  if (suite !== SUITE_ID) {
    throw new EnvelopeError(
      'UnsupportedFormat',
      `Algorithm suite 0x${suite.toString(16).padStart(4, '0')} is not supported; the lab reads suite 0x0478 (AES-256-GCM, HKDF-SHA512, key commitment, unsigned).`,
    );
  }
  const messageId = r.bytes(MESSAGE_ID_LENGTH);
  const context = parseContext(r.lv());
  const count = r.u16();
  if (count === 0) throw new EnvelopeError('Malformed', 'The header lists no encrypted data key.');
  const dataKeys: EncryptedDataKey[] = [];
  for (let i = 0; i < count; i++) {
    dataKeys.push({ providerId: text(r.lv(), 'key provider id'), providerInfo: text(r.lv(), 'key provider info'), ciphertext: r.lv() });
  }
  const contentType = r.u8();
  if (contentType !== 2)
    throw new EnvelopeError(
      'UnsupportedFormat',
      contentType === 1 ? 'Non-framed content is not supported; the lab reads framed messages.' : `Unknown content type ${contentType}.`,
    );
  const frameLength = r.u32();
  if (frameLength === 0) throw new EnvelopeError('Malformed', 'The frame length is 0 in a framed message.');
  const commitment = r.bytes(COMMITMENT_LENGTH);
  const bodyEnd = r.pos;
  const tag = r.bytes(TAG_LENGTH);
  return { messageId, context, dataKeys, frameLength, commitment, body: b.slice(0, bodyEnd), tag, length: r.pos };
}

/** The header as stored: its body, then its authentication tag. */
export function headerBytesOf(h: MessageHeader): Uint8Array {
  const out = new Uint8Array(h.body.length + h.tag.length);
  out.set(h.body);
  out.set(h.tag, h.body.length);
  return out;
}

/** Frame AAD: message id ‖ label ‖ sequence number (4) ‖ plaintext length (8). */
export function frameAad(messageId: Uint8Array, final: boolean, seq: number, length: number): Uint8Array<ArrayBuffer> {
  const label = utf8(final ? 'AWSKMSEncryptionClient Final Frame' : 'AWSKMSEncryptionClient Frame');
  const out = new Uint8Array(messageId.length + label.length + 12);
  out.set(messageId, 0);
  out.set(label, messageId.length);
  const v = new DataView(out.buffer);
  const o = messageId.length + label.length;
  v.setUint32(o, seq);
  v.setUint32(o + 4, Math.floor(length / 2 ** 32));
  v.setUint32(o + 8, length >>> 0);
  return out;
}

/** Frame IV: the sequence number left-padded with zeros to 12 bytes. */
export function frameIv(seq: number): Uint8Array<ArrayBuffer> {
  const iv = new Uint8Array(IV_LENGTH);
  new DataView(iv.buffer).setUint32(8, seq);
  return iv;
}

/** The size of the whole message for a plaintext of `size` bytes (header length given). */
export function messageSize(headerLength: number, size: number, frameLength: number) {
  const regular = Math.floor(size / frameLength);
  return headerLength + regular * (frameLength + REGULAR_FRAME_OVERHEAD) + FINAL_FRAME_OVERHEAD + (size - regular * frameLength);
}
