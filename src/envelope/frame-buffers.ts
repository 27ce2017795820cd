/**
 * Frame-sized read buffers, reused. A source that can fill a buffer it is given (a positional
 * file read can; `File.slice().arrayBuffer()` cannot) is read into one of at most `window`
 * buffers instead of a fresh allocation per frame. Each buffer goes back to the pool only when
 * the frame's crypto call has settled (WebCrypto copies its input when called, but waiting for
 * the result does not depend on that), so a buffer is never overwritten while in use.
 *
 * Why: a fresh megabyte per frame makes the runtime count external memory and collect garbage
 * every few dozen frames, which stalls the pipeline; reusing buffers removes a third of the
 * allocations of a frame (measured in `npm run bench:envelope`).
 */
import type { ByteSource } from './byte-io';

export interface FrameRead {
  bytes: Uint8Array;
  /** Returns the buffer to the pool; call once, when nothing reads `bytes` any more. */
  release(): void;
}

export function frameReader(source: ByteSource, capacity: number): (offset: number, length: number) => Promise<FrameRead> {
  const readInto = source.readInto?.bind(source);
  if (!readInto) return async (offset, length) => ({ bytes: await source.read(offset, length), release() {} });
  const free: Uint8Array[] = [];
  return async (offset, length) => {
    const buffer = free.pop() ?? new Uint8Array(capacity);
    let released = false;
    const release = () => {
      if (!released) {
        released = true;
        free.push(buffer);
      }
    };
    try {
      const n = await readInto(offset, buffer.subarray(0, Math.min(length, capacity)));
      return { bytes: buffer.subarray(0, n), release };
    } catch (e) {
      release();
      throw e;
    }
  };
}
