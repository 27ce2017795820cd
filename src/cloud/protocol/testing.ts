/**
 * Test helpers for the wire protocol (tests and scripts/bench.ts only, never bundled: they use
 * the AWS SDK's own pieces so that the handler is checked against AWS's code, not ours).
 * - `signedRequest`: a request signed by @smithy/signature-v4, the SDK's SigV4 signer.
 * - `labKmsClient`: the real @aws-sdk/client-kms whose requestHandler calls handleAwsJsonRequest
 *   in process (docs/aws-behaviour.md, "Tools and platform notes").
 * - `sdkWireSetup`, `keyArn`, `rejects`: the shared setup of the sdk-wire*.test.ts files.
 */
import { KMSClient } from '@aws-sdk/client-kms';
import { Sha256 } from '@smithy/core/checksum';
import { HttpRequest, HttpResponse } from '@smithy/core/protocols';
import { SignatureV4 } from '@smithy/signature-v4';
import { expect } from 'vitest';
import { SimulatedClock, seededRandom } from '@/core';
import { createCloud, type Cloud } from '@/cloud/create-cloud';
import { handleAwsJsonRequest, type WireRequest, type WireResponse } from './aws-json';

/** lab-admin's access key: the example pair of the AWS documentation. */
export const ADMIN_CREDENTIALS = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };

export interface SignOptions {
  region?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Send X-Amz-Content-Sha256 as the JS SDK does (default); false signs like the AWS CLI, without it. */
  contentSha256?: boolean;
  userAgent?: string;
  query?: Record<string, string>;
  service?: string;
  extraHeaders?: Record<string, string>;
}

const encoder = new TextEncoder();

/** A signed `POST /` with `X-Amz-Target: target` and `body` (an object is JSON-encoded). */
export async function signedRequest(target: string, body: string | object = {}, o: SignOptions = {}): Promise<WireRequest> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const headers: Record<string, string> = {
    host: 'kms.lab.local',
    'content-type': 'application/x-amz-json-1.1',
    'x-amz-target': target,
    ...(o.userAgent ? { 'user-agent': o.userAgent } : {}),
    ...o.extraHeaders,
  };
  const request = new HttpRequest({ method: 'POST', protocol: 'http:', hostname: 'kms.lab.local', path: '/', query: o.query ?? {}, headers, body: text });
  const signer = new SignatureV4({
    credentials: o.credentials ?? ADMIN_CREDENTIALS,
    region: o.region ?? 'us-east-1',
    service: o.service ?? 'kms',
    sha256: Sha256,
    applyChecksum: o.contentSha256 ?? true,
  });
  const signed = await signer.sign(request);
  const qs = new URLSearchParams(o.query ?? {}).toString();
  return { method: 'POST', path: qs ? `/?${qs}` : '/', headers: { ...(signed.headers as Record<string, string>) }, body: encoder.encode(text) };
}

export const json = (r: WireResponse) => JSON.parse(r.body) as Record<string, any>;

/** An SDK v3 `requestHandler` answered in process by the lab (any service's client of the AWS SDK for JavaScript v3). */
export function labRequestHandler(cloud: Cloud, onRequest?: (r: WireRequest) => void) {
  return {
    async handle(request: HttpRequest) {
      const body = typeof request.body === 'string' ? encoder.encode(request.body) : ((request.body as Uint8Array | undefined) ?? new Uint8Array());
      const wire: WireRequest = { method: request.method, path: request.path, headers: request.headers, body };
      onRequest?.(wire);
      const res = await handleAwsJsonRequest(cloud, wire, {
        onInternalError: (e) => {
          throw e;
        },
      });
      // An HTTP stack hands header names to the SDK in lower case (Node's does), as the SDK expects.
      const headers = Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k.toLowerCase(), v]));
      return { response: new HttpResponse({ statusCode: res.status, headers, body: encoder.encode(res.body) }) };
    },
    updateHttpClientConfig() {},
    httpHandlerConfigs: () => ({}),
  };
}

/** The real KMS client of the AWS SDK for JavaScript v3, answered in process by the lab. */
export function labKmsClient(
  cloud: Cloud,
  o: { region?: string; credentials?: { accessKeyId: string; secretAccessKey: string }; onRequest?: (r: WireRequest) => void } = {},
) {
  return new KMSClient({
    region: o.region ?? 'us-east-1',
    endpoint: 'http://kms.lab.local',
    credentials: o.credentials ?? ADMIN_CREDENTIALS,
    maxAttempts: 1,
    requestHandler: labRequestHandler(cloud, o.onRequest),
  });
}

/** The SDK wire tests' simulated start time (clock at 2026-01-01) and one day in ms. */
export const START = Date.UTC(2026, 0, 1);
export const DAY = 86_400_000;

/** A fresh account on a fixed clock and seeded Random (one seed per test file), with the real SDK client over it. */
export function sdkWireSetup(seed: number) {
  const cloud = createCloud({ clock: new SimulatedClock(START), random: seededRandom(seed) });
  return { cloud, kms: labKmsClient(cloud) };
}

/** The ARN of a key of the lab's account in us-east-1. */
export const keyArn = (id: string) => `arn:aws:kms:us-east-1:111122223333:key/${id}`;

/** Awaits a rejection and checks it arrives as the SDK's class, with AWS's message and status 400. */
export async function rejects<E extends Error>(
  p: Promise<unknown>,
  cls: abstract new (...args: any[]) => E,
  message?: string,
): Promise<E & { $metadata: { httpStatusCode?: number; requestId?: string } }> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(cls);
  const err = e as E & { $metadata: { httpStatusCode?: number; requestId?: string } };
  if (message !== undefined) expect(err.message).toBe(message);
  expect(err.$metadata.httpStatusCode).toBe(400);
  return err;
}
