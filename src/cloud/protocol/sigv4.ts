/**
 * Signature Version 4 verification of an incoming request, with WebCrypto only (runs in the
 * browser too). https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html
 * The caller is whoever owns the access key id of the Authorization header; the signature is
 * recomputed with that key's secret, as AWS does.
 * Simplified: no clock-skew check (the lab's clock is simulated and jumps by days, so a
 * request signed with the wall clock is accepted whatever the simulated time); no presigned
 * query-string auth; no session tokens (only IAM users' access keys are known to the lab).
 */
import { AwsError, hmacSha256, isRegion, sha256, toHex } from '@/core';
import type { Principal } from '@/iam/model';

export interface SignedRequest {
  method: string;
  /** The path as received, without the query string. */
  pathname: string;
  query: string;
  /** Lowercase names. */
  headers: Record<string, string>;
  body: Uint8Array;
}

export interface AccessKeyLookup {
  findAccessKey(accessKeyId: string): { principal: Principal; secretAccessKey: string; status: string } | undefined;
}

/**
 * The hashing SigV4 needs. Default: the synchronous TypeScript of core/sha256.ts (the browser);
 * the Node endpoint passes node:crypto's (src/endpoint/node-hashing.ts): the body's SHA-256
 * was the largest cost of a wire call.
 */
export interface Hashing {
  sha256(data: Uint8Array): Uint8Array;
  hmacSha256(key: Uint8Array, data: Uint8Array): Uint8Array;
}

export const portableHashing: Hashing = { sha256, hmacSha256 };

export interface Authenticated {
  principal: Principal;
  accessKeyId: string;
  /** The Region of the credential scope: the Region the call is made in. */
  region: string;
}

const ALGORITHM = 'AWS4-HMAC-SHA256';
export const SIGNATURE_MISMATCH =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

const invalidSignature = (message = SIGNATURE_MISMATCH) => new AwsError('InvalidSignatureException', message);
const encoder = new TextEncoder();

/** Verifies the request's SigV4 signature for `service` (the signing name, `kms`); throws the AWS error AWS answers. */
export async function authenticate(keys: AccessKeyLookup, req: SignedRequest, service: string, hashing = portableHashing): Promise<Authenticated> {
  const header = req.headers['authorization'];
  if (!header) throw new AwsError('MissingAuthenticationTokenException', 'Missing Authentication Token');
  const auth = parseAuthorization(header, req.headers);
  const [accessKeyId = '', date = '', region = '', scopeService = '', terminator = ''] = auth.credential.split('/');

  const found = keys.findAccessKey(accessKeyId);
  if (!found || found.status !== 'Active') throw new AwsError('UnrecognizedClientException', 'The security token included in the request is invalid.');

  if (terminator !== 'aws4_request') throw invalidSignature(`Credential should be scoped with a valid terminator: 'aws4_request', not '${terminator}'. `);
  if (scopeService !== service) throw invalidSignature(`Credential should be scoped to correct service: '${service}'. `);
  if (!isRegion(region)) throw invalidSignature(`Credential should be scoped to a valid region, not '${region}'. `);
  if (date !== auth.amzDate.slice(0, 8)) {
    throw invalidSignature(
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${date}' != '${auth.amzDate.slice(0, 8)}', from '${auth.amzDate}'.`,
    );
  }
  if (!auth.signedHeaders.includes('host')) throw invalidSignature(`'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.`);

  // The SDK declares the body's hash (X-Amz-Content-Sha256), the CLI does not. A declared hash
  // that does not match the body means the body was changed on the way.
  const declared = req.headers['x-amz-content-sha256'];
  const bodyHash = toHex(hashing.sha256(req.body));
  if (declared !== undefined && declared !== bodyHash) throw invalidSignature();
  const scope = `${date}/${region}/${service}/aws4_request`;
  const canonical = canonicalRequest(req, auth.signedHeaders, declared ?? bodyHash);
  const stringToSign = `${ALGORITHM}\n${auth.amzDate}\n${scope}\n${toHex(hashing.sha256(encoder.encode(canonical)))}`;
  const signature = toHex(hashing.hmacSha256(signingKey(found.secretAccessKey, date, region, service, hashing), encoder.encode(stringToSign)));
  if (!sameText(signature, auth.signature.toLowerCase())) throw invalidSignature();
  return { principal: found.principal, accessKeyId, region };
}

interface ParsedAuthorization {
  credential: string;
  signedHeaders: string[];
  signature: string;
  amzDate: string;
}

/** Reads `AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...`; missing parts are IncompleteSignatureException. */
export function parseAuthorization(header: string, headers: Record<string, string>): ParsedAuthorization {
  const space = header.indexOf(' ');
  const algorithm = space < 0 ? header : header.slice(0, space);
  const params: Record<string, string> = {};
  for (const part of (space < 0 ? '' : header.slice(space + 1)).split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) params[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  const amzDate = headers['x-amz-date'] ?? '';
  const problems: string[] = [];
  if (params.Credential === undefined) problems.push(`Authorization header requires 'Credential' parameter.`);
  if (params.Signature === undefined) problems.push(`Authorization header requires 'Signature' parameter.`);
  if (params.SignedHeaders === undefined) problems.push(`Authorization header requires 'SignedHeaders' parameter.`);
  if (!/^\d{8}T\d{6}Z$/.test(amzDate)) problems.push(`Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.`);
  if (problems.length) throw new AwsError('IncompleteSignatureException', `${problems.join(' ')} Authorization=${header}`);
  if (algorithm !== ALGORITHM) throw new AwsError('IncompleteSignatureException', `Unsupported AWS 'algorithm': '${algorithm}'`);
  return { credential: params.Credential!, signedHeaders: params.SignedHeaders!.split(';'), signature: params.Signature!, amzDate };
}

/** The canonical request of SigV4 (non-S3 rules: the path is URI-encoded once more, segment by segment). */
export function canonicalRequest(req: SignedRequest, signedHeaders: string[], payloadHash: string): string {
  const path = req.pathname.split('/').map(uriEncode).join('/') || '/';
  const headerLines = signedHeaders.map((h) => `${h}:${(req.headers[h] ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
  return `${req.method}\n${path}\n${canonicalQuery(req.query)}\n${headerLines}\n${signedHeaders.join(';')}\n${payloadHash}`;
}

function canonicalQuery(query: string): string {
  if (!query) return '';
  const pairs = query
    .split('&')
    .filter(Boolean)
    .map((p) => {
      const eq = p.indexOf('=');
      const [k, v] = eq < 0 ? [p, ''] : [p.slice(0, eq), p.slice(eq + 1)];
      return [uriEncode(decode(k)), uriEncode(decode(v))] as const;
    });
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return pairs.map(([k, v]) => `${k}=${v}`).join('&');
}

const decode = (s: string) => {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
};

/** RFC 3986 encoding: everything but unreserved characters. */
const uriEncode = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * The derived signing key (kSecret -> date -> region -> service -> aws4_request) changes once a
 * day per credential, so it is cached. Hashing is synchronous (core/sha256.ts): for
 * request-sized inputs a WebCrypto round trip per hash cost more than the call being checked.
 */
const signingKeys = new Map<string, Uint8Array>();

function signingKey(secret: string, date: string, region: string, service: string, hashing: Hashing): Uint8Array {
  const id = `${secret}\n${date}\n${region}\n${service}`;
  let key = signingKeys.get(id);
  if (!key) {
    key = encoder.encode(`AWS4${secret}`);
    for (const part of [date, region, service, 'aws4_request']) key = hashing.hmacSha256(key, encoder.encode(part));
    if (signingKeys.size >= 64) signingKeys.clear();
    signingKeys.set(id, key);
  }
  return key;
}

/** Comparison whose time does not depend on where the strings differ. */
function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let d = 0;
  for (let i = 0; i < a.length; i++) d |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return d === 0;
}
