/**
 * Streaming encrypt/decrypt of framed messages over an abstract source (random-access reads,
 * like File.slice or a positional file read) and sink (ordered writes). At most two frames are
 * in flight (one being read/sealed while the previous one is written), so memory is bounded by
 * about two frames whatever the size. Decrypt checks the key commitment and the header tag
 * before releasing anything and each frame's tag before writing it; on any failure the sink is
 * aborted so no partial output is left behind. The frames' AES-GCM runs on an injected
 * `FrameCipher` (frame-cipher.ts; default WebCrypto, node-frame-cipher.ts in Node).
 */
import { EnvelopeError } from './errors';
import {
  FINAL_FRAME_OVERHEAD,
  REGULAR_FRAME_OVERHEAD,
  TAG_LENGTH,
  IV_LENGTH,
  frameAad,
  frameIv,
  parseHeader,
  serializeHeaderBody,
  NeedMore,
  type EncryptedDataKey,
  type EncryptionContext,
  type MessageHeader,
} from './format';
import type { ByteSink, ByteSource } from './byte-io';
import { frameReader } from './frame-buffers';
import { isSampled, tailOf, type FrameSample } from './frame-samples';
import { headOf, webCryptoFrames, type FrameCipher, type FrameKey } from './frame-cipher';
import { constantTimeEqual, deriveMessageKeys, headerTag, type MessageKeys } from './keys';

export type { ByteSink, ByteSource } from './byte-io';

export interface StreamOptions {
  /** Source bytes processed so far of the source's size. */
  onProgress?(done: number, total: number): void;
  signal?: AbortSignal;
  /** Frames in flight (default 2). */
  window?: number;
  /** Seals and opens the frames (default `webCryptoFrames`; in Node, `nodeFrameCipher()`). */
  cipher?: FrameCipher;
}

export interface FrameTally {
  frames: number;
  bytesWritten: number;
  /** The first bytes of the first frame's ciphertext (for the storyboard; never plaintext). */
  ciphertextHead: Uint8Array;
  /** The first frames and the final frame as written (for the storyboard; frame-samples.ts). */
  samples: FrameSample[];
}

const FINAL_MARKER = 0xffffffff;

/**
 * Runs `task(i)` for i = 0.. (below `count` when it is known) with at most `window` tasks in
 * flight, consuming results in order until `consume` says stop.
 */
async function pipeline<T>(window: number, task: (i: number) => Promise<T>, consume: (r: T, i: number) => Promise<boolean>, count = Infinity) {
  const inflight: Promise<T>[] = [];
  let next = 0;
  // Failed speculative tasks must not surface as unhandled rejections once we stop early.
  const start = () => {
    const p = task(next++);
    p.catch(() => {});
    inflight.push(p);
  };
  for (let i = 0; ; i++) {
    while (inflight.length < window && next < count) start();
    const r = await inflight.shift()!;
    if (!(await consume(r, i))) return;
  }
}

function checkCancel(signal?: AbortSignal) {
  if (signal?.aborted) throw new EnvelopeError('Cancelled', 'Cancelled: no output was kept.');
}

async function failSafely(sink: ByteSink, e: unknown): Promise<never> {
  try {
    await sink.abort(e);
  } catch {
    /* the original error is the one to report */
  }
  throw e;
}

export interface EncryptParams {
  /** The 32-byte plaintext data key; zeroed here as soon as the message keys are derived. */
  dataKey: Uint8Array;
  messageId: Uint8Array;
  context: EncryptionContext;
  dataKeys: EncryptedDataKey[];
  frameLength: number;
}

export async function encryptWithDataKey(p: EncryptParams, source: ByteSource, sink: ByteSink, o: StreamOptions = {}) {
  try {
    let keys: MessageKeys | undefined = await deriveMessageKeys(p.dataKey, p.messageId);
    p.dataKey.fill(0);
    let frames: FrameKey | undefined = (o.cipher ?? webCryptoFrames).bind(keys.key);
    const F = p.frameLength;
    const body = serializeHeaderBody({ messageId: p.messageId, context: p.context, dataKeys: p.dataKeys, frameLength: F, commitment: keys.commitment });
    const tag = await headerTag(keys.key, body);
    const header: MessageHeader = {
      messageId: p.messageId,
      context: p.context,
      dataKeys: p.dataKeys,
      frameLength: F,
      commitment: keys.commitment,
      body,
      tag,
      length: body.length + tag.length,
    };
    await sink.write(body);
    await sink.write(tag);
    const regular = Math.floor(source.size / F);
    const tally: FrameTally = { frames: 0, bytesWritten: header.length, ciphertextHead: new Uint8Array(0), samples: [] };
    const readFrame = frameReader(source, F);
    const seal = async (i: number) => {
      checkCancel(o.signal);
      const final = i === regular;
      const len = final ? source.size - regular * F : F;
      const read = len ? await readFrame(i * F, len) : { bytes: new Uint8Array(0), release() {} };
      const seq = i + 1;
      let sealed: Uint8Array[];
      try {
        const plain = read.bytes;
        if (plain.length !== len)
          throw new EnvelopeError('Output', `The input changed while it was read (expected ${len} bytes at offset ${i * F}, got ${plain.length}).`);
        sealed = await frames!.seal(frameIv(seq), frameAad(p.messageId, final, seq, len), plain);
      } finally {
        read.release();
      }
      // The frame's fixed fields, then the sealed bytes as they are (two writes instead of a copy).
      const prefix = new Uint8Array((final ? FINAL_FRAME_OVERHEAD : REGULAR_FRAME_OVERHEAD) - TAG_LENGTH);
      const v = new DataView(prefix.buffer);
      let at = 0;
      if (final) {
        v.setUint32(0, FINAL_MARKER);
        at = 4;
      }
      v.setUint32(at, seq);
      prefix.set(frameIv(seq), at + 4);
      if (final) v.setUint32(at + 4 + IV_LENGTH, len);
      const head = headOf(sealed, Math.min(16, len));
      if (i === 0) tally.ciphertextHead = head;
      const offset = header.length + i * (F + REGULAR_FRAME_OVERHEAD);
      const sample = isSampled(i, final)
        ? { seq, final, offset, iv: frameIv(seq), contentLength: len, contentHead: head, tag: tailOf(sealed, TAG_LENGTH) }
        : undefined;
      return { prefix, sealed, len, final, sample };
    };
    await pipeline(
      o.window ?? 2,
      seal,
      async (r) => {
        await sink.write(r.prefix);
        tally.bytesWritten += r.prefix.length;
        for (const part of r.sealed) {
          await sink.write(part);
          tally.bytesWritten += part.length;
        }
        tally.frames++;
        if (r.sample) tally.samples.push(r.sample);
        o.onProgress?.(Math.min(source.size, tally.frames * F), source.size);
        return !r.final;
      },
      regular + 1,
    );
    keys = frames = undefined; // the last frame is sealed: drop the message key
    await sink.close?.();
    return { header, ...tally };
  } catch (e) {
    p.dataKey.fill(0);
    return failSafely(sink, e);
  }
}

/** Reads and parses the header (growing the read until it is complete). */
export async function readHeader(source: ByteSource): Promise<MessageHeader> {
  let want = Math.min(source.size, 4096);
  for (;;) {
    const b = await source.read(0, want);
    try {
      return parseHeader(b);
    } catch (e) {
      if (!(e instanceof NeedMore)) throw e;
      if (e.atLeast > source.size)
        throw new EnvelopeError(
          'Truncated',
          source.size === 0
            ? 'The file is empty: it is not an encrypted message.'
            : 'The file ends inside the message header: it is truncated or not an encrypted message.',
        );
      want = Math.min(source.size, Math.max(e.atLeast, want * 2));
    }
  }
}

type Frame = { none: true } | { none?: false; final: boolean; plain: Uint8Array; end: number; sample?: FrameSample };

export async function decryptWithDataKey(header: MessageHeader, dataKey: Uint8Array, source: ByteSource, sink: ByteSink, o: StreamOptions = {}) {
  try {
    let keys: MessageKeys | undefined = await deriveMessageKeys(dataKey, header.messageId);
    dataKey.fill(0);
    if (!constantTimeEqual(keys.commitment, header.commitment)) {
      throw new EnvelopeError(
        'CommitmentMismatch',
        'The key commitment in the header does not match the data key: the header was altered or the data key is not the one this file was encrypted with. Nothing was decrypted.',
      );
    }
    if (!constantTimeEqual(await headerTag(keys.key, header.body), header.tag)) {
      throw new EnvelopeError(
        'HeaderAuthFailed',
        'The message header failed authentication (its tag does not match): the header was altered. Nothing was decrypted.',
      );
    }
    let frames: FrameKey | undefined = (o.cipher ?? webCryptoFrames).bind(keys.key);
    const F = header.frameLength;
    const size = source.size;
    const readFrame = frameReader(source, F + FINAL_FRAME_OVERHEAD);
    const openFrame = async (i: number): Promise<Frame> => {
      checkCancel(o.signal);
      const offset = header.length + i * (F + REGULAR_FRAME_OVERHEAD);
      if (offset >= size) return { none: true };
      const read = await readFrame(offset, Math.min(size - offset, F + FINAL_FRAME_OVERHEAD));
      try {
        return await openRead(read.bytes, offset, i);
      } finally {
        read.release();
      }
    };
    const openRead = async (b: Uint8Array, offset: number, i: number): Promise<Frame> => {
      if (b.length < 4) return { none: true };
      const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
      const final = v.getUint32(0) === FINAL_MARKER;
      const at = final ? 4 : 0;
      const fixed = final ? FINAL_FRAME_OVERHEAD : REGULAR_FRAME_OVERHEAD;
      if (b.length < fixed - TAG_LENGTH) return { none: true };
      const seq = v.getUint32(at);
      const iv = b.slice(at + 4, at + 4 + IV_LENGTH);
      const len = final ? v.getUint32(at + 4 + IV_LENGTH) : F;
      if (final && len > F) throw new EnvelopeError('Malformed', `The final frame claims ${len} bytes, more than the frame length ${F}: the file was altered.`);
      const start = at + 4 + IV_LENGTH + (final ? 4 : 0);
      if (b.length < start + len + TAG_LENGTH) return { none: true };
      const end = offset + start + len + TAG_LENGTH;
      // Checked here, in the task, so two frames are opened at once; failures surface in frame order.
      if (seq !== i + 1)
        throw new EnvelopeError(
          'OutOfOrder',
          `Frame ${i + 1} carries sequence number ${seq}: the frames were reordered, removed or duplicated. Nothing was kept.`,
        );
      const sealed = b.subarray(start, start + len + TAG_LENGTH);
      try {
        const plain = await frames!.open(iv, frameAad(header.messageId, final, seq, len), sealed);
        const sample = isSampled(i, final)
          ? { seq, final, offset, iv, contentLength: len, contentHead: sealed.slice(0, Math.min(16, len)), tag: sealed.slice(len) }
          : undefined;
        return { final, plain, end, sample };
      } catch {
        throw new EnvelopeError(
          'FrameAuthFailed',
          `${final ? 'The final frame' : `Frame ${seq}`} (bytes ${offset}-${end - 1} of the file) failed authentication: the file was altered or corrupted. Nothing was kept.`,
        );
      }
    };
    let written = 0;
    const samples: FrameSample[] = [];
    await pipeline(o.window ?? 2, openFrame, async (f, i) => {
      if (f.none)
        throw new EnvelopeError('Truncated', `The file is truncated: it ends after ${i} frame${i === 1 ? '' : 's'} without the final frame. Nothing was kept.`);
      if (f.final && f.end < size)
        throw new EnvelopeError('TrailingData', `The file has ${size - f.end} bytes after the final frame: it was altered. Nothing was kept.`);
      await sink.write(f.plain);
      written += f.plain.length;
      if (f.sample) samples.push(f.sample);
      o.onProgress?.(f.end, size);
      return !f.final;
    });
    keys = frames = undefined; // the last frame is open: drop the message key
    await sink.close?.();
    return { bytesWritten: written, frames: samples.length ? samples.at(-1)!.seq : 0, samples };
  } catch (e) {
    dataKey.fill(0);
    return failSafely(sink, e);
  }
}
