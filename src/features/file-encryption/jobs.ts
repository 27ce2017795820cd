/**
 * One job per file: the page does the KMS calls through consoleCall (as the signed-in identity,
 * so they land in the event history) and hands the data key to the Worker, which streams the
 * frames. Progress, speed and time left are derived here; Cancel tells the worker to abort
 * (its sink then removes any partial output).
 */
import { KMS_PROVIDER_ID, type EncryptionContext } from '@/envelope/format';
import { decryptDataKey, measuredKms, type KmsCall, type KmsTraffic } from '@/envelope/kms-envelope';
import { isEnvelopeError } from '@/envelope/errors';
import { readHeader } from '@/envelope/stream';
import type { EnvelopeRun } from '@/envelope/storyboard';
import { consoleCall } from '@/state/console-store';
import { recordEnvelopeRun } from '@/state/envelope-run';
import type { FromWorker, OutputKind, ToWorker } from './protocol';
import { fileSource } from './sinks';

export interface Job {
  id: string;
  file: File;
  direction: 'encrypt' | 'decrypt';
  outName: string;
  status: 'running' | 'done' | 'failed' | 'cancelled';
  done: number;
  total: number;
  startedAt: number;
  /** MiB/s over the run so far. */
  rate: number;
  error?: string;
  url?: string;
}

export const outputName = (name: string, direction: 'encrypt' | 'decrypt') =>
  direction === 'encrypt' ? `${name}.encrypted` : name.endsWith('.encrypted') && name.length > 10 ? name.slice(0, -10) : `${name}.decrypted`;

const kms: KmsCall = (operation, input) => consoleCall({ service: 'kms', operation, input });

let worker: Worker | undefined;
let cleaned: Promise<void> = Promise.resolve();
const listeners = new Map<string, (m: FromWorker) => void>();
/**
 * Temporary OPFS outputs back the download links of this page load; the ones of earlier page
 * loads are no longer reachable, so they are removed when the first job of a load starts.
 */
async function removeEarlierTemporaries() {
  try {
    const dir = await navigator.storage.getDirectory();
    for await (const name of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) {
      if (name.startsWith('kms-lab-') && name.endsWith('.tmp')) await dir.removeEntry(name).catch(() => {});
    }
  } catch {
    // No origin-private storage here: nothing to clean.
  }
}

function getWorker() {
  if (!worker) {
    cleaned = removeEarlierTemporaries();
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (ev: MessageEvent<FromWorker>) => listeners.get(ev.data.id)?.(ev.data);
  }
  return worker;
}

export interface StartOptions {
  file: File;
  direction: 'encrypt' | 'decrypt';
  keyId: string;
  context: EncryptionContext;
  frameLength: number;
  output: OutputKind;
  handle?: FileSystemFileHandle;
  update(job: Job): void;
}

let counter = 0;

export async function startJob(o: StartOptions): Promise<void> {
  const id = `${Date.now().toString(36)}-${++counter}`;
  const job: Job = {
    id,
    file: o.file,
    direction: o.direction,
    outName: outputName(o.file.name, o.direction),
    status: 'running',
    done: 0,
    total: o.file.size,
    startedAt: performance.now(),
    rate: 0,
  };
  const set = (patch: Partial<Job>) => {
    Object.assign(job, patch);
    o.update({ ...job });
  };
  set({});
  const traffic: KmsTraffic[] = [];
  let msg: ToWorker;
  let keyArn: string;
  let keyMaterialId: string | undefined;
  let encryptedDataKey: Uint8Array;
  let context = o.context;
  let frameLength = o.frameLength;
  try {
    if (o.direction === 'encrypt') {
      const dk = await measuredKms(kms, 'GenerateDataKey', { KeyId: o.keyId, KeySpec: 'AES_256', EncryptionContext: o.context }, traffic);
      keyArn = dk.KeyId;
      keyMaterialId = dk.KeyMaterialId;
      encryptedDataKey = dk.CiphertextBlob;
      const dataKeys = [{ providerId: KMS_PROVIDER_ID, providerInfo: keyArn, ciphertext: encryptedDataKey }];
      msg = {
        type: 'encrypt',
        id,
        file: o.file,
        dataKey: dk.Plaintext,
        messageId: crypto.getRandomValues(new Uint8Array(32)),
        context: o.context,
        dataKeys,
        frameLength: o.frameLength,
        output: o.output,
        handle: o.handle,
      };
    } else {
      const header = await readHeader(fileSource(o.file));
      context = header.context;
      frameLength = header.frameLength;
      const k = await decryptDataKey(kms, header, traffic);
      keyArn = k.keyArn;
      keyMaterialId = k.keyMaterialId;
      encryptedDataKey = k.encryptedDataKey;
      msg = { type: 'decrypt', id, file: o.file, dataKey: k.dataKey, output: o.output, handle: o.handle };
    }
  } catch (e) {
    set({ status: 'failed', error: describeError(e) });
    return;
  }
  const w = getWorker();
  await cleaned; // before the worker creates this job's temporary file
  await new Promise<void>((resolve) => {
    listeners.set(id, async (m) => {
      if (m.type === 'progress') {
        const secs = (performance.now() - job.startedAt) / 1000;
        set({ done: m.done, total: m.total, rate: secs > 0 ? m.done / 2 ** 20 / secs : 0 });
        return;
      }
      listeners.delete(id);
      if (m.type === 'error') {
        set({
          status: m.code === 'Cancelled' ? 'cancelled' : 'failed',
          error: m.code === 'Cancelled' ? 'Cancelled: no output was kept.' : `${o.direction === 'encrypt' ? 'Encryption' : 'Decryption'} failed: ${m.message}`,
        });
      } else {
        const url = m.blob ? URL.createObjectURL(m.blob) : m.opfsName ? URL.createObjectURL(await opfsFile(m.opfsName)) : undefined;
        set({ status: 'done', done: job.total, url });
        recordEnvelopeRun(runOf(o, job, m, { keyArn, keyMaterialId, encryptedDataKey, traffic, context, frameLength }));
      }
      resolve();
    });
    // The data key's buffer is transferred: the page keeps no copy.
    const key = (msg as { dataKey: Uint8Array }).dataKey;
    const copy = key.slice();
    key.fill(0);
    (msg as { dataKey: Uint8Array }).dataKey = copy;
    w.postMessage(msg, [copy.buffer]);
  });
}

export const cancelJob = (id: string) => getWorker().postMessage({ type: 'cancel', id } satisfies ToWorker);

async function opfsFile(name: string) {
  const dir = await navigator.storage.getDirectory();
  return (await dir.getFileHandle(name)).getFile();
}

function runOf(
  o: StartOptions,
  job: Job,
  m: Extract<FromWorker, { type: 'done' }>,
  k: { keyArn: string; keyMaterialId?: string; encryptedDataKey: Uint8Array; traffic: KmsTraffic[]; context: EncryptionContext; frameLength: number },
): EnvelopeRun {
  const enc = o.direction === 'encrypt';
  return {
    direction: o.direction,
    fileName: job.outName,
    keyArn: k.keyArn,
    keyMaterialId: k.keyMaterialId,
    frameLength: k.frameLength,
    plaintextBytes: enc ? o.file.size : m.bytesWritten,
    messageBytes: enc ? m.bytesWritten : o.file.size,
    headerBytes: m.header.length,
    header: m.header,
    samples: m.samples,
    frames: m.frames,
    encryptedDataKey: k.encryptedDataKey,
    ciphertextHead: m.ciphertextHead,
    context: k.context,
    traffic: k.traffic,
  };
}

export function describeError(e: unknown): string {
  if (isEnvelopeError(e)) return e.message;
  return e instanceof Error ? `Unexpected error inside KMS Lab: ${e.message}` : String(e);
}
