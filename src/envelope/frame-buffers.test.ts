import { describe, expect, it } from 'vitest';
import { EnvelopeError } from './errors';
import { SDK_FRAME_LENGTH } from './format';
import { decryptMessage, encryptMessage } from './kms-envelope';
import { MemorySink } from './memory';
import { nodeFrameCipher } from './node-frame-cipher';
import type { ByteSource } from './stream';
import { envelopeLab, randomBytes } from './testing';

/** A source that fills the buffers it is given (as a positional file read does), noting each buffer. */
function fillingSource(data: Uint8Array, o: { failAt?: number } = {}) {
  const buffers = new Set<ArrayBufferLike>();
  const source: ByteSource & { buffers: Set<ArrayBufferLike> } = {
    size: data.length,
    buffers,
    read: async (offset, length) => data.slice(offset, Math.min(data.length, offset + length)),
    async readInto(offset, into) {
      if (o.failAt !== undefined && offset >= o.failAt) throw new Error('EIO: i/o error, read');
      buffers.add(into.buffer);
      // Scribble, then fill in two halves with a pause between, as a slow disk would: if a
      // buffer were handed to two frames at once, their reads would interleave and corrupt both.
      into.fill(0xa5);
      const part = data.subarray(offset, Math.min(data.length, offset + into.length));
      const half = part.length >> 1;
      await new Promise((r) => setTimeout(r, 0));
      into.set(part.subarray(0, half));
      await new Promise((r) => setTimeout(r, 0));
      into.set(part.subarray(half), half);
      return part.length;
    },
  };
  return source;
}

describe('reused frame buffers', () => {
  for (const size of [1, SDK_FRAME_LENGTH - 1, SDK_FRAME_LENGTH, SDK_FRAME_LENGTH + 1, 9 * SDK_FRAME_LENGTH + 17]) {
    it(`round-trips ${size} bytes reading into at most two buffers each way`, async () => {
      const { kms } = await envelopeLab();
      const data = randomBytes(size);
      const src = fillingSource(data);
      const enc = new MemorySink();
      await encryptMessage({ kms, keyId: 'alias/files', context: {}, frameLength: SDK_FRAME_LENGTH }, src, enc);
      expect(src.buffers.size).toBeLessThanOrEqual(2);
      const encSrc = fillingSource(enc.bytes());
      const dec = new MemorySink();
      await decryptMessage({ kms }, encSrc, dec);
      expect(encSrc.buffers.size).toBeLessThanOrEqual(2);
      expect(Buffer.compare(dec.bytes(), data)).toBe(0);
    });
  }

  it('with the node:crypto frame cipher and 3 frames in flight, reads into at most three buffers each way', async () => {
    const { kms } = await envelopeLab();
    const data = randomBytes(9 * SDK_FRAME_LENGTH + 17);
    const o = { window: 3, cipher: nodeFrameCipher() };
    const src = fillingSource(data);
    const enc = new MemorySink();
    await encryptMessage({ kms, keyId: 'alias/files', context: {}, frameLength: SDK_FRAME_LENGTH, ...o }, src, enc);
    expect(src.buffers.size).toBeLessThanOrEqual(3);
    const encSrc = fillingSource(enc.bytes());
    const dec = new MemorySink();
    await decryptMessage({ kms, ...o }, encSrc, dec);
    expect(encSrc.buffers.size).toBeLessThanOrEqual(3);
    expect(encSrc.buffers.size).toBeGreaterThan(1);
    expect(Buffer.compare(dec.bytes(), data)).toBe(0);
  });

  it('still names a flipped byte in a middle frame, and keeps nothing', async () => {
    const { kms } = await envelopeLab();
    const enc = new MemorySink();
    await encryptMessage({ kms, keyId: 'alias/files', context: {}, frameLength: SDK_FRAME_LENGTH }, fillingSource(randomBytes(5 * SDK_FRAME_LENGTH)), enc);
    const tampered = enc.bytes();
    tampered[tampered.length - 2 * SDK_FRAME_LENGTH]! ^= 1;
    const dec = new MemorySink();
    const e = await decryptMessage({ kms }, fillingSource(tampered), dec).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(EnvelopeError);
    expect((e as EnvelopeError).message).toMatch(/^Frame 4 \(bytes \d+-\d+ of the file\) failed authentication/);
    expect(dec.aborted).toBe(true);
    expect(dec.size).toBe(0);
  });

  it('passes a read error on and leaves no output', async () => {
    const { kms } = await envelopeLab();
    const enc = new MemorySink();
    const e = await encryptMessage(
      { kms, keyId: 'alias/files', context: {}, frameLength: SDK_FRAME_LENGTH },
      fillingSource(randomBytes(4 * SDK_FRAME_LENGTH), { failAt: 2 * SDK_FRAME_LENGTH }),
      enc,
    ).catch((x: unknown) => x);
    expect((e as Error).message).toBe('EIO: i/o error, read');
    expect(enc.aborted).toBe(true);
    expect(enc.size).toBe(0);
  });
});
