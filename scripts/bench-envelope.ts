/**
 * `npm run bench:envelope [-- --mib 256 --frame 1048576 --runs 3]`: envelope encryption of a
 * temp file of random data, in one process: positional reads from the file (page cache), output
 * discarded after it is produced (so the disk's write speed does not decide the race; the
 * encrypted inputs of the decrypt runs are written once beforehand):
 *   lab  = src/envelope (format v2, suite 0x0478, KMS GenerateDataKey/Decrypt through cloud.call)
 *          with the frame cipher a Node user passes, `cipher: nodeFrameCipher()` (node:crypto),
 *   lab webcrypto = the same with the default frame cipher, WebCrypto (the browser's; shown for
 *          comparison, in Node it pays Node's WebCrypto copies: see node-frame-cipher.ts),
 *   bare = a chunked WebCrypto AES-256-GCM loop with the same frame size and 2 frames in flight
 *          (no header, no KDF, no framing fields: the floor of a WebCrypto streamer),
 *   sdk  = @aws-crypto/client-node 5.0.2 encryptStream / decryptUnsignedMessageStream, suite
 *          0x0478, same frame size, KMS keyring reaching the lab through @aws-sdk/client-kms.
 * Runs are interleaved (bare, lab, lab webcrypto, sdk, bare, ...); MiB/s is the best run of each
 * variant (its median in brackets, as the machine may be shared), CPU ms/MiB (process.cpuUsage:
 * all threads, user + system) its least CPU per MiB; peak RSS and peak ArrayBuffer memory
 * (process.memoryUsage) are sampled every 10 ms during each variant's runs.
 * Targets: lab >= 0.85x bare and >= 1.2x sdk at 1 MiB frames; memory independent of size
 * (the lab is also run on a quarter-size file to show it).
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { Writable } from 'node:stream';
import { mkdtemp, open, rm, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { AlgorithmSuiteIdentifier, CommitmentPolicy, KmsKeyringNode, buildClient } from '@aws-crypto/client-node';
import { DecryptCommand, GenerateDataKeyCommand } from '@aws-sdk/client-kms';
import { SimulatedClock } from '../src/core';
import { createCloud } from '../src/cloud/create-cloud';
import { labKmsClient } from '../src/cloud/protocol/testing';
import { cloudKms, decryptMessage, encryptMessage, type ByteSink, type ByteSource, type FrameCipher, webCryptoFrames } from '../src/envelope';
import { nodeFrameCipher } from '../src/envelope/node-frame-cipher';

const arg = (name: string, d: number) => (process.argv.includes(`--${name}`) ? Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) : d);
const MIB = arg('mib', 256);
const FRAME = arg('frame', 1 << 20);
const RUNS = arg('runs', 5);

/** The bare loop's source: a fresh buffer per frame, as a straightforward loop does. */
const fileSource = (fh: FileHandle, size: number): ByteSource => ({
  size,
  async read(offset, length) {
    const b = new Uint8Array(Math.min(length, size - offset));
    const { bytesRead } = await fh.read(b, 0, b.length, offset);
    return b.subarray(0, bytesRead);
  },
});
/** The lab's Node source: positional reads, also into the streamer's reused frame buffers. */
const labFileSource = (fh: FileHandle, size: number): ByteSource => ({
  ...fileSource(fh, size),
  async readInto(offset, into) {
    const { bytesRead } = await fh.read(into, 0, Math.min(into.length, size - offset), offset);
    return bytesRead;
  },
});
const fileSink = (fh: FileHandle): ByteSink => ({
  async write(b) {
    await fh.write(b);
  },
  async abort() {
    await fh.truncate(0);
  },
});

/** Output that is counted and dropped. */
const discard = (): ByteSink => ({ write() {}, abort() {} });
const nullFile = { write: async () => {} } as unknown as FileHandle;

async function makeInput(path: string, mib: number) {
  const fh = await open(path, 'w');
  const chunk = new Uint8Array(1 << 20);
  for (let i = 0; i < mib; i++) {
    for (let o = 0; o < chunk.length; o += 65536) crypto.getRandomValues(chunk.subarray(o, o + 65536));
    await fh.write(chunk);
  }
  await fh.close();
}

/** RSS includes what the process holds anyway (modules, heap); ArrayBuffers are the frames' memory. */
let peak = 0;
let peakBuffers = 0;
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  peak = Math.max(peak, m.rss);
  peakBuffers = Math.max(peakBuffers, m.arrayBuffers);
}, 10);

type Stat = { ms: number; cpuMs: number; peakMiB: number; buffersMiB: number; all: number[] };
async function once1(stat: Stat, fn: () => Promise<void>) {
  global.gc?.();
  peak = process.memoryUsage.rss();
  peakBuffers = 0;
  const c = process.cpuUsage();
  const t = performance.now();
  await fn();
  stat.all.push(performance.now() - t);
  stat.ms = Math.min(stat.ms, stat.all.at(-1)!);
  const cpu = process.cpuUsage(c);
  stat.cpuMs = Math.min(stat.cpuMs, (cpu.user + cpu.system) / 1000);
  stat.peakMiB = Math.max(stat.peakMiB, Math.max(peak, process.memoryUsage.rss()) / 2 ** 20);
  stat.buffersMiB = Math.max(stat.buffersMiB, peakBuffers / 2 ** 20);
}
/** Runs the variants interleaved, `runs` rounds; each keeps its best time and its peak RSS. */
async function interleaved(runs: number, variants: [string, () => Promise<void>][]) {
  const stats = variants.map(([name]) => [name, { ms: Infinity, cpuMs: Infinity, peakMiB: 0, buffersMiB: 0, all: [] }] as [string, Stat]);
  for (let r = 0; r < runs; r++) for (let v = 0; v < variants.length; v++) await once1(stats[v]![1], variants[v]![1]);
  return stats;
}

/** Opens the input, and the output file (or a discarding handle when outPath is undefined). */
async function withFiles<T>(inPath: string, outPath: string | undefined, f: (i: FileHandle, o: FileHandle, size: number) => Promise<T>) {
  const i = await open(inPath, 'r');
  const o = outPath ? await open(outPath, 'w') : nullFile;
  try {
    return await f(i, o, (await i.stat()).size);
  } finally {
    await i.close();
    if (outPath) await o.close();
  }
}

async function bareLoop(inPath: string, outPath: string | undefined, decrypt: boolean, key: CryptoKey) {
  await withFiles(inPath, outPath, async (i, o, size) => {
    const unit = decrypt ? FRAME + 28 : FRAME;
    const frames = Math.ceil(size / unit);
    const src = fileSource(i, size);
    const work = async (n: number) => {
      const b = await src.read(n * unit, unit);
      if (!decrypt) {
        const iv = new Uint8Array(12);
        new DataView(iv.buffer).setUint32(8, n + 1);
        return [iv, new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: iv }, key, b as Uint8Array<ArrayBuffer>))];
      }
      const iv = b.slice(0, 12);
      return [new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: iv }, key, b.subarray(12) as Uint8Array<ArrayBuffer>))];
    };
    const inflight: Promise<Uint8Array[]>[] = [];
    for (let n = 0, next = 0; n < frames; n++) {
      while (inflight.length < 2 && next < frames) inflight.push(work(next++));
      for (const part of await inflight.shift()!) await o.write(part);
    }
  });
}

async function main() {
  const dir = await mkdtemp(join(tmpdir(), 'bench-envelope-'));
  const plain = join(dir, 'plain.bin');
  const small = join(dir, 'small.bin');
  await makeInput(plain, MIB);
  await makeInput(small, Math.max(1, MIB / 4));
  const cloud = createCloud({ clock: new SimulatedClock(Date.UTC(2026, 0, 1)) });
  const { KeyMetadata } = await cloud.call({ service: 'kms', operation: 'CreateKey', input: {} });
  const kms = cloudKms(cloud);
  const context = { purpose: 'bench' };
  const client = labKmsClient(cloud);
  const keyring = new KmsKeyringNode({
    generatorKeyId: KeyMetadata.Arn,
    clientProvider: () =>
      ({ generateDataKey: (x: any) => client.send(new GenerateDataKeyCommand(x)), decrypt: (x: any) => client.send(new DecryptCommand(x)) }) as any,
  });
  const sdk = buildClient(CommitmentPolicy.REQUIRE_ENCRYPT_REQUIRE_DECRYPT);
  const bareKey = await crypto.subtle.importKey('raw', crypto.getRandomValues(new Uint8Array(32)), 'AES-GCM', false, ['encrypt', 'decrypt']);
  const p = (n: string) => join(dir, n);

  const node = nodeFrameCipher();
  const labEnc =
    (src: string, dst?: string, cipher: FrameCipher = node) =>
    () =>
      withFiles(src, dst, (i, o, size) =>
        encryptMessage({ kms, keyId: KeyMetadata.KeyId, context, frameLength: FRAME, cipher }, labFileSource(i, size), dst ? fileSink(o) : discard()),
      ).then(() => {});
  const labDec =
    (src: string, cipher: FrameCipher = node) =>
    () =>
      withFiles(src, undefined, (i, _o, size) => decryptMessage({ kms, cipher }, labFileSource(i, size), discard())).then(() => {});
  const devNull = () =>
    new Writable({
      write(_c, _e, cb) {
        cb();
      },
    });
  const sdkEnc = (out: () => Writable) => async () => {
    await pipeline(
      createReadStream(plain, { highWaterMark: 1 << 20 }),
      sdk.encryptStream(keyring, {
        suiteId: AlgorithmSuiteIdentifier.ALG_AES256_GCM_IV12_TAG16_HKDF_SHA512_COMMIT_KEY,
        frameLength: FRAME,
        encryptionContext: context,
      }),
      out(),
    );
  };
  const sdkDec = async () => {
    const out = devNull();
    await pipeline(createReadStream(p('sdk.enc'), { highWaterMark: 1 << 20 }), sdk.decryptUnsignedMessageStream(keyring), out);
    if (!out.writableFinished) await once(out, 'finish');
  };
  // The encrypted inputs of the decrypt runs, written once.
  await bareLoop(plain, p('bare.enc'), false, bareKey);
  await labEnc(plain, p('lab.enc'))();
  await sdkEnc(() => createWriteStream(p('sdk.enc')))();
  await labEnc(small, p('small.enc'))();

  const rows = [
    ...(await interleaved(RUNS, [
      ['bare encrypt', () => bareLoop(plain, undefined, false, bareKey)],
      ['lab encrypt', labEnc(plain)],
      ['lab webcrypto encrypt', labEnc(plain, undefined, webCryptoFrames)],
      ['sdk encrypt', sdkEnc(devNull)],
    ])),
    ...(await interleaved(RUNS, [
      ['bare decrypt', () => bareLoop(p('bare.enc'), undefined, true, bareKey)],
      ['lab decrypt', labDec(p('lab.enc'))],
      ['lab webcrypto decrypt', labDec(p('lab.enc'), webCryptoFrames)],
      ['sdk decrypt', sdkDec],
    ])),
  ];
  const quarter = Math.max(1, MIB / 4);
  const smalls = await interleaved(RUNS, [
    ['lab encrypt', labEnc(small)],
    ['lab decrypt', labDec(p('small.enc'))],
    ['lab webcrypto encrypt', labEnc(small, undefined, webCryptoFrames)],
    ['lab webcrypto decrypt', labDec(p('small.enc'), webCryptoFrames)],
  ]);
  clearInterval(sampler);

  const rate = (r: { ms: number }, mib = MIB) => mib / (r.ms / 1000);
  const get = (n: string) => rows.find(([k]) => k === n)![1];
  console.log(
    `bench:envelope  ${MIB} MiB, frame ${FRAME} bytes, best of ${RUNS} interleaved runs, Node ${process.version}, input read from a file in ${tmpdir()}, output discarded`,
  );
  const median = (r: Stat) => rate({ ms: [...r.all].sort((a, b) => a - b)[r.all.length >> 1]! });
  console.log('variant                MiB/s (median)  CPU ms/MiB  peak RSS MiB  peak ArrayBuffers MiB');
  for (const [name, r] of rows)
    console.log(
      `${name.padEnd(22)} ${rate(r).toFixed(0).padStart(5)} ${`(${median(r).toFixed(0)})`.padStart(8)}  ${(r.cpuMs / MIB).toFixed(2).padStart(10)}  ${r.peakMiB.toFixed(0).padStart(12)}  ${r.buffersMiB.toFixed(0).padStart(21)}`,
    );
  for (const op of ['encrypt', 'decrypt']) {
    for (const lab of [`lab ${op}`, `lab webcrypto ${op}`]) {
      const r = rate(get(lab));
      console.log(
        `${lab}: ${(r / rate(get(`bare ${op}`))).toFixed(2)}x bare (target >= 0.85), ${(r / rate(get(`sdk ${op}`))).toFixed(2)}x sdk (target >= 1.2)`,
      );
    }
  }
  const peaks = (at: [string, Stat][], lab: string, k: 'peakMiB' | 'buffersMiB') =>
    ['encrypt', 'decrypt'].map((op) => at.find(([n]) => n === `${lab} ${op}`)![1][k].toFixed(0)).join(' / ');
  for (const lab of ['lab', 'lab webcrypto']) {
    console.log(
      `memory vs size, ${lab} (enc / dec): peak RSS ${peaks(smalls, lab, 'peakMiB')} MiB at ${quarter} MiB, ${peaks(rows, lab, 'peakMiB')} MiB at ${MIB} MiB; peak ArrayBuffers ${peaks(smalls, lab, 'buffersMiB')} MiB at ${quarter} MiB, ${peaks(rows, lab, 'buffersMiB')} MiB at ${MIB} MiB`,
    );
  }
  console.log(`process maxRSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
  await rm(dir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
