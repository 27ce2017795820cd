/// <reference lib="webworker" />
/**
 * The envelope work of the file-encryption screen, off the main thread: frames are read with
 * File.slice, sealed or opened with WebCrypto, two in flight, written to the chosen sink. The
 * page did the KMS calls (the worker cannot reach the page's cloud) and handed over the data key,
 * which the engine zeroes as soon as the message keys are derived.
 */
import { isEnvelopeError } from '@/envelope/errors';
import { headerBytesOf } from '@/envelope/format';
import { decryptWithDataKey, encryptWithDataKey, readHeader } from '@/envelope/stream';
import type { FromWorker, ToWorker } from './protocol';
import { fileSource, openSink } from './sinks';

const running = new Map<string, AbortController>();
const post = (m: FromWorker) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

function throttled(id: string) {
  let last = 0;
  return (done: number, total: number) => {
    const now = performance.now();
    if (now - last < 100 && done < total) return;
    last = now;
    post({ type: 'progress', id, done, total });
  };
}

async function run(m: Extract<ToWorker, { type: 'encrypt' | 'decrypt' }>) {
  const ac = new AbortController();
  running.set(m.id, ac);
  const source = fileSource(m.file);
  const o = { signal: ac.signal, onProgress: throttled(m.id) };
  try {
    const sink = await openSink(m.output, m.id, m.file.size, m.handle);
    if (m.type === 'encrypt') {
      const r = await encryptWithDataKey(
        { dataKey: m.dataKey, messageId: m.messageId, context: m.context, dataKeys: m.dataKeys, frameLength: m.frameLength },
        source,
        sink,
        o,
      );
      post({
        type: 'done',
        id: m.id,
        bytesWritten: r.bytesWritten,
        header: headerBytesOf(r.header),
        frames: r.frames,
        samples: r.samples,
        ciphertextHead: r.ciphertextHead,
        opfsName: sink.opfsName,
        blob: sink.blob?.(),
      });
    } else {
      let header;
      try {
        header = await readHeader(source);
      } catch (e) {
        await sink.abort(e);
        throw e;
      }
      const r = await decryptWithDataKey(header, m.dataKey, source, sink, o);
      post({
        type: 'done',
        id: m.id,
        bytesWritten: r.bytesWritten,
        header: headerBytesOf(header),
        frames: r.frames,
        samples: r.samples,
        opfsName: sink.opfsName,
        blob: sink.blob?.(),
      });
    }
  } catch (e) {
    m.dataKey.fill(0);
    post({ type: 'error', id: m.id, code: isEnvelopeError(e) ? e.code : 'Unexpected', message: e instanceof Error ? e.message : String(e) });
  } finally {
    running.delete(m.id);
  }
}

self.onmessage = (ev: MessageEvent<ToWorker>) => {
  const m = ev.data;
  if (m.type === 'cancel') running.get(m.id)?.abort();
  else void run(m);
};
