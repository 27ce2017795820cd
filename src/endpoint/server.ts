/**
 * A local HTTP endpoint that speaks the real KMS wire protocol (AWS JSON 1.1, SigV4), so the
 * real AWS CLI v2 and SDKs work against the lab: `aws --endpoint-url http://127.0.0.1:4599 kms ...`.
 * Node only, never bundled. It listens on loopback only: the lab's credentials are the public
 * example pair, so nothing else on the network may reach it. It answers only requests addressed
 * to a loopback name (Host localhost, 127.0.0.1 or [::1] with its port), so a web page whose name
 * was rebound to 127.0.0.1 (DNS rebinding) cannot use it from the learner's browser. A client
 * gets 10 s to send its headers and 30 s for its whole request, and at most 64 connections are
 * open at once, so slow or abandoned clients cannot hold it.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Cloud } from '@/cloud/create-cloud';
import { handleAwsJsonRequest, type WireOptions } from '@/cloud/protocol/aws-json';
import { nodeHashing } from './node-hashing';

export interface EndpointOptions {
  cloud: Cloud;
  /** 0 picks a free port. */
  port?: number;
  host?: '127.0.0.1' | '::1' | 'localhost';
  /** Before each request: e.g. move the simulated clock with the wall clock (main.ts does). */
  beforeRequest?: () => Promise<void>;
  /** Told about bugs of ours (a request answered with InternalFailure). */
  onInternalError?: (e: unknown) => void;
  /** What to await after a call that succeeded, before answering it (wire.ts `beforeCall`). */
  beforeCall?: WireOptions['beforeCall'];
  /** Limits on clients (defaults: LIMITS). */
  limits?: Partial<typeof LIMITS>;
}

export interface Endpoint {
  url: string;
  port: number;
  /** Requests being handled now. */
  inFlight(): number;
  /** Connections open now. */
  connections(): Promise<number>;
  close(): Promise<void>;
}

/** KMS accepts requests up to a few hundred KiB (a key policy is at most 32 KiB); 1 MiB is plenty. */
const MAX_BODY = 1024 * 1024;
const LOOPBACK = ['127.0.0.1', '::1', 'localhost'];
export const LIMITS = {
  /** Time to send the request's headers. */
  headersMs: 10_000,
  /** Time to send the whole request (a 1 MiB body takes milliseconds on loopback). */
  requestMs: 30_000,
  /** Open connections at once (the CLI and SDKs use a few). */
  connections: 64,
};

/** The Host header's name and port, when it names this endpoint by a loopback name. */
export function isLoopbackHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const m = /^(localhost|127\.0\.0\.1|\[::1\])(?::(\d+))?$/i.exec(host);
  if (!m) return false;
  return m[2] === undefined ? port === 80 : Number(m[2]) === port;
}

export async function startEndpoint(o: EndpointOptions): Promise<Endpoint> {
  const host = o.host ?? '127.0.0.1';
  if (!LOOPBACK.includes(host)) throw new Error(`The KMS Lab endpoint listens on loopback only, not on ${host}`);
  const limits = { ...LIMITS, ...o.limits };
  let port = 0;
  let inFlight = 0;
  const server = createServer({ connectionsCheckingInterval: Math.min(1000, limits.requestMs / 2) }, async (req, res) => {
    inFlight++;
    try {
      if (!isLoopbackHost(req.headers.host, port)) {
        res.writeHead(403, { 'content-type': 'text/plain' }).end('This KMS Lab endpoint answers requests to localhost, 127.0.0.1 or [::1] only.\n');
        return;
      }
      const body = await readBody(req);
      if (!body) {
        res.writeHead(413, { 'content-type': 'text/plain' }).end('Request body too large\n');
        return;
      }
      await o.beforeRequest?.();
      const answer = await handleAwsJsonRequest(
        o.cloud,
        { method: req.method ?? 'GET', path: req.url ?? '/', headers: flatHeaders(req), body },
        { onInternalError: o.onInternalError, beforeCall: o.beforeCall, hashing: nodeHashing },
      );
      // A length rather than chunked encoding, as AWS answers.
      res.writeHead(answer.status, { ...answer.headers, 'content-length': Buffer.byteLength(answer.body) }).end(answer.body);
    } catch (e) {
      // A client that went away mid-request is no fault of ours: there is no one to answer.
      if (req.destroyed || res.destroyed) return;
      o.onInternalError?.(e);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/x-amz-json-1.1' });
      res.end('{"__type":"InternalFailure"}');
    } finally {
      inFlight--;
    }
  });
  server.keepAliveTimeout = 5000;
  server.headersTimeout = limits.headersMs;
  server.requestTimeout = limits.requestMs;
  server.maxConnections = limits.connections;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 4599, host, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const urlHost = host === '::1' ? '[::1]' : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    inFlight: () => inFlight,
    connections: () => new Promise((done, fail) => server.getConnections((e, n) => (e ? fail(e) : done(n)))),
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
