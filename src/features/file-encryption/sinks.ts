/**
 * Output sinks of the Worker: the save-file picker's writable (direct to the user's disk), a
 * temporary file in origin-private storage (then offered as a download), or memory below a cap.
 * Abort removes whatever was written, so a failed or cancelled run leaves no partial output.
 */
import { EnvelopeError } from '@/envelope/errors';
import { MemorySink } from '@/envelope/memory';
import type { ByteSink } from '@/envelope/stream';
import { MEMORY_CAP, type OutputKind } from './protocol';

export const fileSource = (file: Blob) => ({
  size: file.size,
  read: async (offset: number, length: number) => new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()),
});

class WritableSink implements ByteSink {
  constructor(private readonly w: FileSystemWritableFileStream) {}
  async write(b: Uint8Array) {
    await this.w.write(b as Uint8Array<ArrayBuffer>);
  }
  async close() {
    await this.w.close();
  }
  // abort() discards the swap file: the chosen file is left as it was.
  async abort() {
    await this.w.abort();
  }
}

/** OPFS through a sync access handle (available in workers in every engine that has OPFS). */
class OpfsSink implements ByteSink {
  private at = 0;
  /** A frame's small fixed fields, written together with its ciphertext (one write per frame). */
  private pending?: Uint8Array;
  constructor(
    private readonly dir: FileSystemDirectoryHandle,
    readonly name: string,
    private readonly h: FileSystemSyncAccessHandle,
  ) {}
  write(b: Uint8Array) {
    if (this.pending) {
      const joined = new Uint8Array(this.pending.length + b.length);
      joined.set(this.pending);
      joined.set(b, this.pending.length);
      this.pending = undefined;
      b = joined;
    } else if (b.length < 64) {
      this.pending = b.slice();
      return;
    }
    this.writeAt(b);
  }
  private writeAt(b: Uint8Array) {
    const n = this.h.write(b as Uint8Array<ArrayBuffer>, { at: this.at });
    if (n !== b.length) throw new EnvelopeError('Output', 'The browser storage is full (quota exceeded): the output could not be written.');
    this.at += n;
  }
  close() {
    if (this.pending) this.writeAt(this.pending);
    this.pending = undefined;
    this.h.flush();
    this.h.close();
  }
  async abort() {
    try {
      this.h.close();
    } catch {
      /* already closed */
    }
    await this.dir.removeEntry(this.name);
  }
}

export async function openSink(
  kind: OutputKind,
  id: string,
  expectedSize: number,
  handle?: FileSystemFileHandle,
): Promise<ByteSink & { opfsName?: string; blob?(): Blob }> {
  if (kind === 'picker' && handle) return new WritableSink(await handle.createWritable());
  if (kind === 'opfs') {
    const dir = await navigator.storage.getDirectory();
    const name = `kms-lab-${id}.tmp`;
    const fh = await dir.getFileHandle(name, { create: true });
    const sink = new OpfsSink(dir, name, await (fh as any).createSyncAccessHandle());
    return Object.assign(sink, { opfsName: name });
  }
  if (expectedSize > MEMORY_CAP) {
    throw new EnvelopeError(
      'TooLarge',
      `This browser offers no streaming output (no save-file picker, no origin-private storage), and ${Math.round(expectedSize / 2 ** 20)} MiB is above the in-memory limit of ${MEMORY_CAP / 2 ** 20} MiB. Use a smaller file or another browser.`,
    );
  }
  const m = new MemorySink(MEMORY_CAP);
  return Object.assign(m, { blob: () => new Blob(m.parts as Uint8Array<ArrayBuffer>[]) });
}
