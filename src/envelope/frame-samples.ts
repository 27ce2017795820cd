/**
 * What the visualizer shows of a message's frames, taken while the frames stream: the first two
 * frames and the final frame, each with where it starts in the message, its IV, its content
 * length, the first bytes of its encrypted content and its AES-GCM tag. Only ciphertext and
 * public fields are kept, never plaintext. Keeping three frames bounds the memory whatever the
 * file's size (the frames between have the same layout).
 */
export interface FrameSample {
  /** The frame's sequence number (1 for the first frame). */
  seq: number;
  final: boolean;
  /** Byte offset of the frame in the whole message. */
  offset: number;
  iv: Uint8Array;
  /** Bytes of encrypted content (equal to the plaintext's length: GCM does not pad). */
  contentLength: number;
  /** The first bytes (at most 16) of the encrypted content. */
  contentHead: Uint8Array;
  tag: Uint8Array;
}

/** Regular frames kept from the start of the message (the final frame is always kept). */
export const SAMPLED_REGULAR_FRAMES = 2;

/** Whether the frame at index `i` (0-based) is one the samples keep. */
export const isSampled = (i: number, final: boolean) => final || i < SAMPLED_REGULAR_FRAMES;

/** The last `n` bytes across `parts` (a copy). */
export function tailOf(parts: Uint8Array[], n: number): Uint8Array {
  const out = new Uint8Array(n);
  let need = n;
  for (let p = parts.length - 1; p >= 0 && need > 0; p--) {
    const part = parts[p]!;
    const take = Math.min(need, part.length);
    out.set(part.subarray(part.length - take), need - take);
    need -= take;
  }
  return out.subarray(need);
}
