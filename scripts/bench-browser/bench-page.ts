/**
 * The page of `npm run bench:envelope:browser`, built by vite.bench.config.ts only (never part of
 * the product's dist/). It exposes `window.bench`, which the Node script drives: the lab variants
 * run the real engine (src/envelope encryptMessage/decryptMessage, KMS GenerateDataKey/Decrypt
 * through cloud.call) over the real screen's File.slice source (src/features/file-encryption/sinks);
 * the bare variants are a chunked WebCrypto AES-256-GCM loop, same frame size, 2 frames in flight,
 * same source. Output is counted and dropped (no sink speed in the race). Everything runs on the
 * page's main thread (the screen uses a Worker; WebCrypto works off-thread in both cases), so the
 * heap the script samples over CDP is the one doing the work.
 */
import { SimulatedClock } from '../../src/core';
import { createCloud } from '../../src/cloud/create-cloud';
import { CountingSink, cloudKms, decryptMessage, encryptMessage, type ByteSink, type ByteSource, type KmsCall } from '../../src/envelope';
import { fileSource } from '../../src/features/file-encryption/sinks';

const MIB = 1 << 20;
const GCM_EXTRA = 12 + 16; // the bare loop's frame: iv || ciphertext || tag

/** Fills with random bytes (getRandomValues takes at most 64 KiB at a time). */
const fill = <T extends Uint8Array>(b: T): T => {
  for (let o = 0; o < b.length; o += 65536) crypto.getRandomValues(b.subarray(o, Math.min(b.length, o + 65536)));
  return b;
};
/** Random bytes generated on demand: the input of the runs that make the decrypt inputs. */
const randomSource = (size: number): ByteSource => ({ size, read: async (_o, n) => fill(new Uint8Array(n)) });

/**
 * Inputs live in origin-private storage (OPFS): a File from it is disk-backed, as a file the user
 * picks is. An in-memory Blob cannot hold them: Chromium caps in-memory Blob storage (500 MiB),
 * past which reads fail with NotReadableError.
 */
const opfs = () => navigator.storage.getDirectory();
const opfsFile = async (name: string) => (await (await opfs()).getFileHandle(name)).getFile();

/** Writes into an OPFS file through its writable stream (one await per write, in order). */
class OpfsWriter implements ByteSink {
  private constructor(private readonly w: FileSystemWritableFileStream) {}
  static async open(name: string) {
    return new OpfsWriter(await (await (await opfs()).getFileHandle(name, { create: true })).createWritable());
  }
  async write(b: Uint8Array) {
    await this.w.write(b as Uint8Array<ArrayBuffer>);
  }
  async close() {
    await this.w.close();
  }
  async abort() {
    await this.w.abort();
  }
}

let frame = MIB;
let kms: KmsCall;
let keyId = '';
let bareKey: CryptoKey;

/** The bare loop: read a frame, seal or open it with AES-GCM (iv = counter, AAD = iv), 2 in flight. */
async function bare(src: ByteSource, decrypt: boolean, sink: ByteSink) {
  const unit = decrypt ? frame + GCM_EXTRA : frame;
  const frames = Math.ceil(src.size / unit);
  const work = async (n: number): Promise<Uint8Array[]> => {
    const b = await src.read(n * unit, Math.min(unit, src.size - n * unit));
    if (decrypt) {
      const iv = b.slice(0, 12);
      return [new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: iv }, bareKey, b.subarray(12) as Uint8Array<ArrayBuffer>))];
    }
    const iv = new Uint8Array(12);
    new DataView(iv.buffer).setUint32(8, n + 1);
    return [iv, new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: iv }, bareKey, b as Uint8Array<ArrayBuffer>))];
  };
  const inflight: Promise<Uint8Array[]>[] = [];
  for (let n = 0, next = 0; n < frames; n++) {
    while (inflight.length < 2 && next < frames) inflight.push(work(next++));
    for (const part of await inflight.shift()!) await sink.write(part);
  }
}

const labEncrypt = (src: ByteSource, sink: ByteSink) => encryptMessage({ kms, keyId, context: { purpose: 'bench' }, frameLength: frame }, src, sink);
const labDecrypt = (src: ByteSource, sink: ByteSink) => decryptMessage({ kms }, src, sink);

export type Variant = 'bare encrypt' | 'lab encrypt' | 'bare decrypt' | 'lab decrypt';

const bench = {
  async init(frameLength: number) {
    frame = frameLength;
    const cloud = createCloud({ clock: new SimulatedClock(Date.UTC(2026, 0, 1)) });
    keyId = (await cloud.call({ service: 'kms', operation: 'CreateKey', input: {} })).KeyMetadata.KeyId;
    kms = cloudKms(cloud);
    bareKey = await crypto.subtle.importKey('raw', fill(new Uint8Array(32)), 'AES-GCM', false, ['encrypt', 'decrypt']);
    return navigator.userAgent;
  },
  /** The plaintext file, written one MiB at a time from one reused buffer. */
  async makePlain(mib: number) {
    const w = await OpfsWriter.open('plain.bin');
    const buf = new Uint8Array(MIB);
    for (let i = 0; i < mib; i++) await w.write(fill(buf));
    await w.close();
    return (await opfsFile('plain.bin')).size;
  },
  /** The decrypt input of one variant: random plaintext encrypted straight into an OPFS file. */
  async makeCipher(kind: 'bare' | 'lab', mib: number) {
    const sink = await OpfsWriter.open(`${kind}.enc`);
    const src = randomSource(mib * MIB);
    if (kind === 'bare') {
      await bare(src, false, sink);
      await sink.close();
    } else {
      await labEncrypt(src, sink); // closes the sink
    }
    return (await opfsFile(`${kind}.enc`)).size;
  },
  async drop() {
    const root = await opfs();
    for (const name of ['plain.bin', 'bare.enc', 'lab.enc']) await root.removeEntry(name).catch(() => {});
  },
  gc() {
    (globalThis as { gc?: () => void }).gc?.();
  },
  /** One run; returns [milliseconds, bytes of output]. */
  async run(v: Variant): Promise<[number, number]> {
    const src = fileSource(await opfsFile(v.endsWith('encrypt') ? 'plain.bin' : `${v.split(' ')[0]}.enc`));
    const sink = new CountingSink();
    const t = performance.now();
    if (v === 'bare encrypt' || v === 'bare decrypt') await bare(src, v === 'bare decrypt', sink);
    else if (v === 'lab encrypt') await labEncrypt(src, sink);
    else await labDecrypt(src, sink);
    return [performance.now() - t, sink.size];
  },
};

declare global {
  interface Window {
    bench: typeof bench;
  }
}
window.bench = bench;
