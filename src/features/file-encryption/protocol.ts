/** Messages between the file-encryption page and its Worker (structured-cloned). */
import type { EncryptedDataKey, EncryptionContext } from '@/envelope/format';
import type { FrameSample } from '@/envelope/frame-samples';

export type OutputKind = 'picker' | 'opfs' | 'memory';

/** Below this the in-memory fallback is allowed; above it the lab refuses (no streaming sink). */
export const MEMORY_CAP = 512 * 1024 * 1024;

export type ToWorker =
  | {
      type: 'encrypt';
      id: string;
      file: Blob;
      dataKey: Uint8Array;
      messageId: Uint8Array;
      context: EncryptionContext;
      dataKeys: EncryptedDataKey[];
      frameLength: number;
      output: OutputKind;
      handle?: FileSystemFileHandle;
    }
  | { type: 'decrypt'; id: string; file: Blob; dataKey: Uint8Array; output: OutputKind; handle?: FileSystemFileHandle }
  | { type: 'cancel'; id: string };

export type FromWorker =
  | { type: 'progress'; id: string; done: number; total: number }
  | {
      type: 'done';
      id: string;
      bytesWritten: number;
      /** The header as stored (body and tag), and the frames the visualizer shows. */
      header: Uint8Array;
      frames: number;
      samples: FrameSample[];
      ciphertextHead?: Uint8Array;
      opfsName?: string;
      blob?: Blob;
    }
  | { type: 'error'; id: string; code: string; message: string };
