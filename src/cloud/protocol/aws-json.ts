/**
 * The AWS JSON 1.1 protocol over cloud.call: what a real KMS endpoint receives and answers
 * (docs/aws-behaviour.md, "Wire protocol"). `POST /`, `X-Amz-Target: TrentService.Encrypt`,
 * a JSON body with base64 blobs, SigV4; the answer is JSON with base64 blobs and epoch-second
 * timestamps, or `{"__type": code, "message": text}` with the error's HTTP status.
 * Pure TypeScript on WebCrypto: the Node endpoint serves it, and the browser can call it in
 * process (the real @aws-sdk/client-kms with a custom requestHandler).
 * Simplified: a request that cannot be mapped to an operation (another method or path, a
 * content type that is not AWS JSON, a missing or unknown target) is answered as AWS answers
 * an unknown target, UnknownOperationException with no message.
 */
import { AwsError, fromBase64, fromWire, isAwsError, toBase64, toWireJson, uuid } from '@/core';
import type { Cloud } from '@/cloud/create-cloud';
import type { CallSource } from '@/cloud/types';
import { authenticate, type Hashing } from './sigv4';

export interface WireRequest {
  method: string;
  /** The request target: path and optional query string (`/`, `/?a=b`). */
  path: string;
  headers: Record<string, string>;
  body: Uint8Array;
}

export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface WireOptions {
  /** Told about a bug of ours (a thrown non-AwsError); the client only sees InternalFailure. */
  onInternalError?: (error: unknown) => void;
  /**
   * Before a call runs: may return what to await once it succeeded, before it is answered (the
   * endpoint waits for the change to be saved). What that throws is the call's answer instead.
   */
  beforeCall?: (call: { service: string; operation: string; readOnly: boolean }) => (() => Promise<void>) | undefined;
  /** SigV4's hashing (default: TypeScript, for the browser; the Node endpoint passes node:crypto's). */
  hashing?: Hashing;
}

const CONTENT_TYPE = 'application/x-amz-json-1.1';
const JSON_TYPES = ['application/x-amz-json-1.1', 'application/x-amz-json-1.0'];
/** AWS's text for an unexpected failure of its own (the common error InternalFailure, HTTP 500). */
const INTERNAL_FAILURE = 'The request processing has failed because of an unknown error, exception or failure.';

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

export async function handleAwsJsonRequest(cloud: Cloud, req: WireRequest, options: WireOptions = {}): Promise<WireResponse> {
  const requestId = uuid(cloud.random);
  try {
    const headers = lowerCaseKeys(req.headers);
    const q = req.path.indexOf('?');
    const pathname = q < 0 ? req.path : req.path.slice(0, q);
    const query = q < 0 ? '' : req.path.slice(q + 1);

    const target = headers['x-amz-target'] ?? '';
    const dot = target.lastIndexOf('.');
    // The service behind the target prefix, as its descriptor declares it (src/cloud/service.ts).
    const service = dot > 0 ? cloud.services.byTargetPrefix(target.slice(0, dot)) : undefined;
    const operation = target.slice(dot + 1);
    const contentType = (headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    // Services other than KMS, IAM and STS are loaded on first use (src/cloud/services).
    const op = service && (await cloud.services.operations(service.name))?.find((o) => o.name === operation);
    if (req.method !== 'POST' || pathname !== '/' || !JSON_TYPES.includes(contentType) || !service?.wire || !op) {
      throw new AwsError('UnknownOperationException');
    }

    const who = await authenticate(cloud, { method: req.method, pathname, query, headers, body: req.body }, service.wire.signingName, options.hashing);
    const input = fromWire(op.input, parseBody(req.body), fromBase64);
    const userAgent = headers['user-agent'];
    const source: CallSource = userAgent?.startsWith('aws-cli') ? 'cli' : 'sdk';
    const done = options.beforeCall?.({ service: service.name, operation, readOnly: op.readOnly === true });
    const output = await cloud.call({ service: service.name, operation, input, caller: who.principal, region: who.region, source, userAgent }, who.accessKeyId);
    await done?.();
    return respond(200, requestId, toWireJson(output ?? {}, toBase64)!);
  } catch (e) {
    if (isAwsError(e) && e.httpStatus >= 400) return respond(e.httpStatus, requestId, errorBody(e));
    options.onInternalError?.(e);
    return respond(500, requestId, JSON.stringify({ __type: 'InternalFailure', message: INTERNAL_FAILURE }));
  }
}

/** Empty body = `{}`; anything that is not UTF-8 JSON is SerializationException with no message. */
function parseBody(body: Uint8Array): unknown {
  if (body.length === 0) return {};
  try {
    return JSON.parse(utf8Strict.decode(body));
  } catch {
    throw new AwsError('SerializationException');
  }
}

/** `message`, except AccessDeniedException's capital `Message` (an IAM error, not KMS's model); none when AWS sends none. */
export function errorBody(e: AwsError): string {
  const body: Record<string, string> = { __type: e.code };
  if (e.hasMessage) body[e.code === 'AccessDeniedException' ? 'Message' : 'message'] = e.message;
  return JSON.stringify(body);
}

function respond(status: number, requestId: string, body: string): WireResponse {
  return { status, headers: { 'x-amzn-RequestId': requestId, 'content-type': CONTENT_TYPE }, body };
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) out[k.toLowerCase()] = v;
  return out;
}
