import { describe, expect, it } from 'vitest';
import { SimulatedClock, fromBase64, seededRandom, toBase64, utf8 } from '@/core';
import { createCloud, type Cloud } from '@/cloud/create-cloud';
import { handleAwsJsonRequest, type WireRequest } from './aws-json';
import { ADMIN_CREDENTIALS, json, signedRequest } from './testing';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const newCloud = () => createCloud({ clock: new SimulatedClock(Date.UTC(2026, 0, 1)), random: seededRandom(7) });
const send = (cloud: Cloud, req: WireRequest) => handleAwsJsonRequest(cloud, req);

async function createKey(cloud: Cloud): Promise<string> {
  const res = await send(cloud, await signedRequest('TrentService.CreateKey', {}));
  return json(res).KeyMetadata.KeyId;
}

/** An IAM user with an access key and no policy at all (so KMS denies it everything). */
function addUser(cloud: Cloud, name: string, status: 'Active' | 'Inactive' = 'Active') {
  const credentials = { accessKeyId: `AKIA${name.toUpperCase().padEnd(16, 'X')}`, secretAccessKey: `secret-of-${name}` };
  cloud.state.iam.users[name] = {
    userName: name,
    userId: `AIDA${name.toUpperCase().padEnd(17, 'Y')}`,
    arn: `arn:aws:iam::111122223333:user/${name}`,
    path: '/',
    createDate: cloud.clock.nowMs(),
    groups: [],
    attachedPolicies: [],
    inlinePolicies: [],
    accessKeys: [{ ...credentials, status, createDate: cloud.clock.nowMs() }],
  };
  return credentials;
}

describe('successful calls', () => {
  it('answers 200 with AWS JSON, a request id, epoch-second timestamps', async () => {
    const cloud = newCloud();
    const res = await send(cloud, await signedRequest('TrentService.CreateKey', { Description: 'wire' }));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/x-amz-json-1.1');
    expect(res.headers['x-amzn-RequestId']).toMatch(UUID);
    const meta = json(res).KeyMetadata;
    expect(meta.Description).toBe('wire');
    expect(meta.CreationDate).toBe(Date.UTC(2026, 0, 1) / 1000);
    expect(meta.Arn).toBe(`arn:aws:kms:us-east-1:111122223333:key/${meta.KeyId}`);
  });

  it('decodes base64 blobs in and encodes them out', async () => {
    const cloud = newCloud();
    const keyId = await createKey(cloud);
    const enc = json(await send(cloud, await signedRequest('TrentService.Encrypt', { KeyId: keyId, Plaintext: toBase64(utf8('hello')) })));
    expect(typeof enc.CiphertextBlob).toBe('string');
    expect(fromBase64(enc.CiphertextBlob)!.length).toBeGreaterThan(5);
    const dec = json(await send(cloud, await signedRequest('TrentService.Decrypt', { CiphertextBlob: enc.CiphertextBlob })));
    expect(dec.Plaintext).toBe(toBase64(utf8('hello')));
    expect(dec.KeyId).toBe(`arn:aws:kms:us-east-1:111122223333:key/${keyId}`);
  });

  it('takes an empty body as {} and signs without X-Amz-Content-Sha256 like the AWS CLI', async () => {
    const cloud = newCloud();
    await createKey(cloud);
    const res = await send(cloud, await signedRequest('TrentService.ListKeys', '', { contentSha256: false }));
    expect(res.status).toBe(200);
    expect(json(res).Keys).toHaveLength(1);
  });

  it('answers {} for operations without output', async () => {
    const cloud = newCloud();
    const keyId = await createKey(cloud);
    const res = await send(cloud, await signedRequest('TrentService.CreateAlias', { AliasName: 'alias/wire', TargetKeyId: keyId }));
    expect(res.status).toBe(200);
    expect(res.body).toBe('{}');
  });

  it('calls in the Region of the credential scope', async () => {
    const cloud = newCloud();
    const res = await send(cloud, await signedRequest('TrentService.CreateKey', {}, { region: 'eu-west-1' }));
    expect(json(res).KeyMetadata.Arn).toMatch(/^arn:aws:kms:eu-west-1:111122223333:key\//);
    expect(Object.keys(cloud.state.kms['eu-west-1']!.keys)).toHaveLength(1);
  });

  it('accepts header names in any case and a signed query string', async () => {
    const cloud = newCloud();
    const req = await signedRequest('TrentService.ListKeys', {}, { query: { b: 'two words', a: '1' } });
    const upper = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toUpperCase(), v]));
    expect((await send(cloud, { ...req, headers: upper })).status).toBe(200);
  });

  it('records the caller, its access key, the source and the user agent in the trail', async () => {
    const cloud = newCloud();
    await send(cloud, await signedRequest('TrentService.ListKeys', {}, { userAgent: 'aws-cli/2.9.19 Python/3.11.2 command/kms.list-keys' }));
    await send(cloud, await signedRequest('TrentService.ListKeys', {}, { userAgent: 'aws-sdk-js/3.1161.0' }));
    const [cli, sdk] = cloud.state.trail.slice(-2);
    expect(cli!.userIdentity).toMatchObject({ type: 'IAMUser', userName: 'lab-admin', accessKeyId: ADMIN_CREDENTIALS.accessKeyId });
    expect(cli!.userAgent).toBe('aws-cli/2.9.19 Python/3.11.2 command/kms.list-keys');
    expect(sdk!.userAgent).toBe('aws-sdk-js/3.1161.0');
    expect(cli!.eventName).toBe('ListKeys');
  });
});

describe('AWS errors', () => {
  it('sends __type and message with the error status', async () => {
    const cloud = newCloud();
    const res = await send(cloud, await signedRequest('TrentService.DescribeKey', { KeyId: 'alias/nope' }));
    expect(res.status).toBe(400);
    expect(res.headers['x-amzn-RequestId']).toMatch(UUID);
    expect(JSON.parse(res.body)).toEqual({ __type: 'NotFoundException', message: 'Alias arn:aws:kms:us-east-1:111122223333:alias/nope is not found.' });
  });

  it('sends no message member when AWS sends none (InvalidCiphertextException)', async () => {
    const cloud = newCloud();
    const keyId = await createKey(cloud);
    const enc = json(await send(cloud, await signedRequest('TrentService.Encrypt', { KeyId: keyId, Plaintext: toBase64(utf8('x')) })));
    const blob = fromBase64(enc.CiphertextBlob)!;
    blob[blob.length - 1]! ^= 1;
    const res = await send(cloud, await signedRequest('TrentService.Decrypt', { CiphertextBlob: toBase64(blob) }));
    expect(res.status).toBe(400);
    expect(res.body).toBe('{"__type":"InvalidCiphertextException"}');
  });

  it('capitalises Message for AccessDeniedException', async () => {
    const cloud = newCloud();
    const credentials = addUser(cloud, 'nobody');
    const res = await send(cloud, await signedRequest('TrentService.ListKeys', {}, { credentials }));
    expect(res.status).toBe(400);
    const body = JSON.parse(res.body);
    expect(body.__type).toBe('AccessDeniedException');
    expect(body.Message).toContain('arn:aws:iam::111122223333:user/nobody is not authorized to perform: kms:ListKeys');
    expect(body.message).toBeUndefined();
  });

  it('passes validation errors through with their Coral-style message', async () => {
    const cloud = newCloud();
    const keyId = await createKey(cloud);
    const res = await send(cloud, await signedRequest('TrentService.Encrypt', { KeyId: keyId, Plaintext: toBase64(new Uint8Array(4097)) }));
    expect(JSON.parse(res.body)).toEqual({
      __type: 'ValidationException',
      message: "1 validation error detected: Value at 'plaintext' failed to satisfy constraint: Member must have length less than or equal to 4096",
    });
  });
});

describe('serialization', () => {
  it.each([
    ['bad base64 in a blob', '{"KeyId":"alias/x","Plaintext":"not base64!"}'],
    ['malformed JSON', '{"KeyId":'],
  ])('%s is SerializationException with only __type', async (_, body) => {
    const res = await send(newCloud(), await signedRequest('TrentService.Encrypt', body));
    expect(res.status).toBe(400);
    expect(res.body).toBe('{"__type":"SerializationException"}');
  });

  it('a body that is not UTF-8 is SerializationException', async () => {
    const req = await signedRequest('TrentService.Encrypt', '');
    const res = await send(newCloud(), await resign({ ...req, body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) }));
    expect(res.status).toBe(400);
    expect(res.body).toBe('{"__type":"SerializationException"}');
  });

  it('a member of the wrong JSON type is SerializationException', async () => {
    const cloud = newCloud();
    const res = await send(cloud, await signedRequest('TrentService.Encrypt', { KeyId: 5, Plaintext: 'aGk=' }));
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).__type).toBe('SerializationException');
  });

  it('a body that is not a JSON object is SerializationException', async () => {
    const cloud = newCloud();
    const res = await send(cloud, await signedRequest('TrentService.ListKeys', '[]'));
    expect(JSON.parse(res.body)).toEqual({ __type: 'SerializationException', message: 'Start of structure or map found where not expected.' });
  });

  it('ignores members the operation does not model', async () => {
    const cloud = newCloud();
    const res = await send(cloud, await signedRequest('TrentService.ListKeys', { Bogus: 1 }));
    expect(res.status).toBe(200);
  });
});

/** Signs a request whose body is arbitrary bytes (the SDK signer only takes text). */
async function resign(req: WireRequest): Promise<WireRequest> {
  const { SignatureV4 } = await import('@smithy/signature-v4');
  const { Sha256 } = await import('@smithy/core/checksum');
  const { HttpRequest } = await import('@smithy/core/protocols');
  const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !['authorization', 'x-amz-date', 'x-amz-content-sha256'].includes(k)));
  const signer = new SignatureV4({ credentials: ADMIN_CREDENTIALS, region: 'us-east-1', service: 'kms', sha256: Sha256 });
  const signed = await signer.sign(new HttpRequest({ method: 'POST', hostname: 'kms.lab.local', path: '/', headers, body: req.body }));
  return { ...req, headers: signed.headers as Record<string, string> };
}

describe('requests that map to no operation', () => {
  const unknown = '{"__type":"UnknownOperationException"}';
  it('an unknown target is UnknownOperationException', async () => {
    const res = await send(newCloud(), await signedRequest('TrentService.MakeCoffee', {}));
    expect(res.status).toBe(400);
    expect(res.body).toBe(unknown);
  });

  it.each([
    ['no target', (r: WireRequest) => ({ ...r, headers: withoutHeader(r.headers, 'x-amz-target') })],
    ['another service', (r: WireRequest) => ({ ...r, headers: { ...r.headers, 'x-amz-target': 'DynamoDB_20120810.ListTables' } })],
    ['a GET', (r: WireRequest) => ({ ...r, method: 'GET' })],
    ['another path', (r: WireRequest) => ({ ...r, path: '/keys' })],
    ['a content type that is not AWS JSON', (r: WireRequest) => ({ ...r, headers: { ...r.headers, 'content-type': 'text/plain' } })],
  ])('%s is UnknownOperationException', async (_, change) => {
    const res = await send(newCloud(), change(await signedRequest('TrentService.ListKeys', {})));
    expect(res.status).toBe(400);
    expect(res.body).toBe(unknown);
  });

  it('accepts application/x-amz-json-1.0 with a charset', async () => {
    const req = await signedRequest('TrentService.ListKeys', {}, { extraHeaders: { 'content-type': 'application/x-amz-json-1.0; charset=utf-8' } });
    expect((await send(newCloud(), req)).status).toBe(200);
  });
});

const withoutHeader = (h: Record<string, string>, name: string) => Object.fromEntries(Object.entries(h).filter(([k]) => k !== name));

describe('bugs', () => {
  it('a thrown non-AwsError is 500 InternalFailure without a stack', async () => {
    const cloud = newCloud();
    const seen: unknown[] = [];
    cloud.call = async () => {
      throw new TypeError('cannot read properties of undefined (secret internals)');
    };
    const res = await handleAwsJsonRequest(cloud, await signedRequest('TrentService.ListKeys', {}), { onInternalError: (e) => seen.push(e) });
    expect(res.status).toBe(500);
    expect(JSON.parse(res.body)).toEqual({
      __type: 'InternalFailure',
      message: 'The request processing has failed because of an unknown error, exception or failure.',
    });
    expect(res.body).not.toContain('internals');
    expect(seen).toHaveLength(1);
  });
});

describe('a null where a structure belongs', () => {
  it.each([
    ['TrentService.TagResource', 'kms', { KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab', Tags: [null] }],
    ['CertificateManager.RequestCertificate', 'acm', { DomainName: 'example.com', Tags: [null] }],
    ['CertificateManager.RemoveTagsFromCertificate', 'acm', { CertificateArn: 'arn:aws:acm:us-east-1:111122223333:certificate/x', Tags: [null] }],
    ['ACMPrivateCA.CreateCertificateAuthority', 'acm-pca', { CertificateAuthorityType: 'ROOT', Tags: [null] }],
    ['TrentService.Encrypt', 'kms', { KeyId: 'alias/x', Plaintext: 'AA==', EncryptionContext: null, GrantTokens: [null] }],
  ])('%s with {"Tags":[null]} is SerializationException, not an internal error', async (target, service, body) => {
    const cloud = newCloud();
    const res = await send(cloud, await signedRequest(target, body, { service }));
    expect(res.status).toBe(400);
    expect(json(res).__type).toBe('SerializationException');
  });
});
