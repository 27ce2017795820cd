/**
 * A local HTTP endpoint that speaks the real KMS wire protocol (AWS JSON 1.1, SigV4), so the
 * real AWS CLI v2 and SDKs work against the lab: `aws --endpoint-url http://127.0.0.1:4599 kms ...`.
 * Node only, never bundled. It listens on loopback only: the lab's credentials are the public
 * example pair, so nothing else on the network may reach it.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Cloud } from '@/cloud/create-cloud';
import { handleAwsJsonRequest } from '@/cloud/protocol/aws-json';

export interface EndpointOptions {
  cloud: Cloud;
  /** 0 picks a free port. */
  port?: number;
  host?: '127.0.0.1' | '::1' | 'localhost';
  /** Before each request: e.g. move the simulated clock with the wall clock (main.ts does). */
  beforeRequest?: () => Promise<void>;
  /** Told about bugs of ours (a request answered with InternalFailure). */
  onInternalError?: (e: unknown) => void;
}

export interface Endpoint {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** KMS accepts requests up to a few hundred KiB (a key policy is at most 32 KiB); 1 MiB is plenty. */
const MAX_BODY = 1024 * 1024;
const LOOPBACK = ['127.0.0.1', '::1', 'localhost'];

export async function startEndpoint(o: EndpointOptions): Promise<Endpoint> {
  const host = o.host ?? '127.0.0.1';
  if (!LOOPBACK.includes(host)) throw new Error(`The KMS Lab endpoint listens on loopback only, not on ${host}`);
  const server = createServer(async (req, res) => {
    try {
      const body = await readBody(req);
      if (!body) {
        res.writeHead(413, { 'content-type': 'text/plain' }).end('Request body too large\n');
        return;
      }
      await o.beforeRequest?.();
      const answer = await handleAwsJsonRequest(
        o.cloud,
        { method: req.method ?? 'GET', path: req.url ?? '/', headers: flatHeaders(req), body },
        { onInternalError: o.onInternalError },
      );
      // A length rather than chunked encoding, as AWS answers.
      res.writeHead(answer.status, { ...answer.headers, 'content-length': Buffer.byteLength(answer.body) }).end(answer.body);
    } catch (e) {
      o.onInternalError?.(e);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/x-amz-json-1.1' });
      res.end('{"__type":"InternalFailure"}');
    }
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 4599, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host === '::1' ? '[::1]' : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeIdleConnections();
      }),
  };
}

/** The body, or undefined when it is larger than MAX_BODY. */
async function readBody(req: IncomingMessage): Promise<Uint8Array | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) return undefined;
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** Node gives repeated headers as arrays; SigV4 joins their values with commas. */
function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(',') : v;
  return out;
}
