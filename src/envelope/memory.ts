/** In-memory sources and sinks (tests, the benchmark, small files in the browser fallback). */
import { EnvelopeError } from './errors';
import type { ByteSink, ByteSource } from './stream';

export const bytesSource = (b: Uint8Array): ByteSource => ({
  size: b.length,
  read: async (offset, length) => b.subarray(offset, Math.min(b.length, offset + length)),
});

/** Collects output in memory; refuses beyond `cap` bytes; abort discards everything. */
export class MemorySink implements ByteSink {
  parts: Uint8Array[] = [];
  size = 0;
  closed = false;
  aborted = false;
  constructor(private readonly cap = Number.MAX_SAFE_INTEGER) {}
  write(bytes: Uint8Array) {
    if (this.size + bytes.length > this.cap)
      throw new EnvelopeError('TooLarge', `The output exceeds the in-memory limit of ${Math.round(this.cap / 2 ** 20)} MiB.`);
    this.parts.push(bytes);
    this.size += bytes.length;
  }
  close() {
    this.closed = true;
  }
  abort() {
    this.parts = [];
    this.size = 0;
    this.aborted = true;
  }
  bytes() {
    const out = new Uint8Array(this.size);
    let o = 0;
    for (const p of this.parts) {
      out.set(p, o);
      o += p.length;
    }
    return out;
  }
}

/** Discards output, counting it (benchmarks). */
export class CountingSink implements ByteSink {
  size = 0;
  write(b: Uint8Array) {
    this.size += b.length;
  }
  abort() {}
}
