/** Byte sinks: pipes and captured output collect chunks; files are flushed when the command ends. */
import { concatBytes, utf8 } from '@/core';
import type { Vfs } from '@/vfs';
import type { Output } from './types';

export const toBytes = (data: Uint8Array | string) => (typeof data === 'string' ? utf8(data) : data);

export class Collector implements Output {
  readonly chunks: Uint8Array[] = [];
  write(data: Uint8Array | string): void {
    const b = toBytes(data);
    if (b.length) this.chunks.push(b);
  }
  bytes(): Uint8Array {
    return concatBytes(...this.chunks);
  }
}

/** The terminal: stdout and stderr kept apart and also in the order they were written. */
export class Terminal {
  readonly out: Output;
  readonly err: Output;
  readonly chunks: { fd: 1 | 2; data: Uint8Array }[] = [];
  constructor() {
    this.out = { write: (d) => this.push(1, d) };
    this.err = { write: (d) => this.push(2, d) };
  }
  private push(fd: 1 | 2, data: Uint8Array | string) {
    const b = toBytes(data);
    if (b.length) this.chunks.push({ fd, data: b });
  }
  stream(fd: 1 | 2): Uint8Array {
    return concatBytes(...this.chunks.filter((c) => c.fd === fd).map((c) => c.data));
  }
}

/** A file opened by a redirection: already created or truncated; writes are appended at flush. */
export class FileOutput implements Output {
  private readonly pending = new Collector();
  constructor(
    private readonly vfs: Vfs,
    private readonly path: string,
  ) {}
  write(data: Uint8Array | string): void {
    this.pending.write(data);
  }
  flush(): void {
    if (this.pending.chunks.length === 0) return;
    this.vfs.appendFile(this.path, this.pending.bytes());
    this.pending.chunks.length = 0;
  }
}
