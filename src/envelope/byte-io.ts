/** Where a stream reads its input and writes its output: a file, a Blob, memory (stream.ts). */
export interface ByteSource {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
  /** Optional: fills `into` with the bytes from `offset` (fewer at the end), returning how many; lets the streamer reuse its frame buffers. */
  readInto?(offset: number, into: Uint8Array): Promise<number>;
}

export interface ByteSink {
  write(bytes: Uint8Array): Promise<void> | void;
  close?(): Promise<void> | void;
  /** Discard everything written so far (no partial output may remain). */
  abort(reason: unknown): Promise<void> | void;
}
