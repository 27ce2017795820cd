import { describe, expect, it } from 'vitest';
import { SimulatedClock, seededRandom } from '@/core';
import { createCloud } from '@/cloud/create-cloud';
import { handleAwsJsonRequest, type WireRequest } from './aws-json';
import { SIGNATURE_MISMATCH, canonicalRequest } from './sigv4';
import { ADMIN_CREDENTIALS, signedRequest } from './testing';

const newCloud = () => createCloud({ clock: new SimulatedClock(Date.UTC(2026, 0, 1)), random: seededRandom(3) });

async function answer(req: WireRequest, cloud = newCloud()) {
  const res = await handleAwsJsonRequest(cloud, req);
  return { status: res.status, body: JSON.parse(res.body) as Record<string, string> };
}

const listKeys = (o: Parameters<typeof signedRequest>[2] = {}) => signedRequest('TrentService.ListKeys', {}, o);
const withHeaders = (r: WireRequest, h: Record<string, string>) => ({ ...r, headers: { ...r.headers, ...h } });
const invalidSignature = { __type: 'InvalidSignatureException', message: SIGNATURE_MISMATCH };

describe('who is calling', () => {
  it('a request without Authorization is MissingAuthenticationTokenException', async () => {
    const req = await listKeys();
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => k !== 'authorization'));
    expect(await answer({ ...req, headers })).toEqual({
      status: 400,
      body: { __type: 'MissingAuthenticationTokenException', message: 'Missing Authentication Token' },
    });
  });

  it('an unknown access key id is UnrecognizedClientException', async () => {
    const req = await listKeys({ credentials: { accessKeyId: 'AKIAUNKNOWNKEY000000', secretAccessKey: 'x' } });
    expect(await answer(req)).toEqual({
      status: 400,
      body: { __type: 'UnrecognizedClientException', message: 'The security token included in the request is invalid.' },
    });
  });

  it('an inactive access key is UnrecognizedClientException too', async () => {
    const cloud = newCloud();
    cloud.state.iam.users['lab-admin']!.accessKeys[0]!.status = 'Inactive';
    expect((await answer(await listKeys(), cloud)).body.__type).toBe('UnrecognizedClientException');
  });

  it('a wrong secret is InvalidSignatureException', async () => {
    const req = await listKeys({ credentials: { ...ADMIN_CREDENTIALS, secretAccessKey: 'wrong' } });
    expect(await answer(req)).toEqual({ status: 400, body: invalidSignature });
  });

  it('does not record requests that fail authentication', async () => {
    const cloud = newCloud();
    await answer(await listKeys({ credentials: { ...ADMIN_CREDENTIALS, secretAccessKey: 'wrong' } }), cloud);
    expect(cloud.state.trail).toHaveLength(0);
  });
});

describe('what was signed', () => {
  it('a body changed after signing fails, with or without X-Amz-Content-Sha256', async () => {
    for (const contentSha256 of [true, false]) {
      const req = await signedRequest('TrentService.ListKeys', { Limit: 1 }, { contentSha256 });
      expect(await answer({ ...req, body: new TextEncoder().encode('{"Limit":2}') })).toEqual({ status: 400, body: invalidSignature });
    }
  });

  it('a signed header changed after signing fails', async () => {
    const req = await listKeys({ userAgent: 'aws-cli/2.9.19' });
    expect((await answer(withHeaders(req, { 'x-amz-target': 'TrentService.ListAliases' }))).body).toEqual(invalidSignature);
  });

  it('an unsigned header may change', async () => {
    const req = await listKeys();
    expect((await answer(withHeaders(req, { 'x-forwarded-for': '203.0.113.9' }))).status).toBe(200);
  });

  it('a query string changed after signing fails', async () => {
    const req = await listKeys({ query: { a: '1' } });
    expect((await answer({ ...req, path: '/?a=2' })).body).toEqual(invalidSignature);
  });

  it('a tampered signature fails', async () => {
    const req = await listKeys();
    const auth = req.headers.authorization!.replace(/Signature=(.)/, (_, c) => `Signature=${c === '0' ? '1' : '0'}`);
    expect((await answer(withHeaders(req, { authorization: auth }))).body).toEqual(invalidSignature);
  });
});

describe('malformed credentials', () => {
  it('an Authorization header without its parts is IncompleteSignatureException', async () => {
    const req = withHeaders(await listKeys(), { authorization: 'Bearer abc' });
    expect((await answer(req)).body).toEqual({
      __type: 'IncompleteSignatureException',
      message:
        "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. Authorization=Bearer abc",
    });
  });

  it('a missing X-Amz-Date is IncompleteSignatureException', async () => {
    const req = await listKeys();
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => k !== 'x-amz-date'));
    const { body } = await answer({ ...req, headers });
    expect(body.__type).toBe('IncompleteSignatureException');
    expect(body.message).toMatch(/^Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header\. Authorization=AWS4-HMAC-SHA256 /);
  });

  it('another algorithm is refused', async () => {
    const req = await listKeys();
    const { body } = await answer(withHeaders(req, { authorization: req.headers.authorization!.replace('AWS4-HMAC-SHA256', 'AWS4-HMAC-SHA512') }));
    expect(body).toEqual({ __type: 'IncompleteSignatureException', message: "Unsupported AWS 'algorithm': 'AWS4-HMAC-SHA512'" });
  });

  it('a scope for another service is InvalidSignatureException', async () => {
    const { body } = await answer(await listKeys({ service: 'dynamodb' }));
    expect(body).toEqual({ __type: 'InvalidSignatureException', message: "Credential should be scoped to correct service: 'kms'. " });
  });

  it('a scope for an unknown Region is InvalidSignatureException', async () => {
    const { body } = await answer(await listKeys({ region: 'moon-east-1' }));
    expect(body).toEqual({ __type: 'InvalidSignatureException', message: "Credential should be scoped to a valid region, not 'moon-east-1'. " });
  });

  it('a scope whose date is not the X-Amz-Date is InvalidSignatureException', async () => {
    const req = await listKeys();
    const { body } = await answer(withHeaders(req, { 'x-amz-date': '20200101T000000Z' }));
    expect(body.__type).toBe('InvalidSignatureException');
    expect(body.message).toMatch(
      /^Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '\d{8}' != '20200101', from '20200101T000000Z'\.$/,
    );
  });

  it('a wrong scope terminator is InvalidSignatureException', async () => {
    const req = await listKeys();
    const { body } = await answer(withHeaders(req, { authorization: req.headers.authorization!.replace('/aws4_request', '/aws5_request') }));
    expect(body).toEqual({
      __type: 'InvalidSignatureException',
      message: "Credential should be scoped with a valid terminator: 'aws4_request', not 'aws5_request'. ",
    });
  });

  it('Host must be signed', async () => {
    const req = await listKeys();
    const { body } = await answer(withHeaders(req, { authorization: req.headers.authorization!.replace(';host;', ';') }));
    expect(body).toEqual({ __type: 'InvalidSignatureException', message: "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization." });
  });
});

describe('canonical request', () => {
  it('matches the example of the AWS documentation (GET with a query, host and x-amz-date signed)', () => {
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html (IAM ListUsers example)
    const text = canonicalRequest(
      {
        method: 'GET',
        pathname: '/',
        query: 'Action=ListUsers&Version=2010-05-08',
        headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', host: 'iam.amazonaws.com', 'x-amz-date': '20150830T123600Z' },
        body: new Uint8Array(),
      },
      ['content-type', 'host', 'x-amz-date'],
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(text).toBe(
      'GET\n/\nAction=ListUsers&Version=2010-05-08\ncontent-type:application/x-www-form-urlencoded; charset=utf-8\nhost:iam.amazonaws.com\nx-amz-date:20150830T123600Z\n\ncontent-type;host;x-amz-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('sorts and encodes query parameters and collapses header spaces', () => {
    const text = canonicalRequest(
      { method: 'POST', pathname: '/', query: 'b=two%20words&a=1&a=0', headers: { host: '  kms.lab   local ' }, body: new Uint8Array() },
      ['host'],
      'h',
    );
    expect(text).toBe('POST\n/\na=0&a=1&b=two%20words\nhost:kms.lab local\n\nhost\nh');
  });
});
