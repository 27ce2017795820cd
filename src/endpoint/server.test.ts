import { CreateKeyCommand, DecryptCommand, EncryptCommand, KMSClient, NotFoundException, DescribeKeyCommand } from '@aws-sdk/client-kms';
import { afterEach, describe, expect, it } from 'vitest';
import { fromUtf8, utf8 } from '@/core';
import { createCloud } from '@/cloud/create-cloud';
import { ADMIN_CREDENTIALS } from '@/cloud/protocol/testing';
import { startEndpoint, type Endpoint } from './server';

let endpoint: Endpoint | undefined;
afterEach(async () => {
  await endpoint?.close();
  endpoint = undefined;
});

describe('the local endpoint', () => {
  it('serves the real SDK over HTTP (its own Node HTTP handler)', async () => {
    const cloud = createCloud();
    endpoint = await startEndpoint({ cloud, port: 0 });
    expect(endpoint.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const kms = new KMSClient({ endpoint: endpoint.url, region: 'us-east-1', credentials: ADMIN_CREDENTIALS, maxAttempts: 1 });
    const id = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!.KeyId!;
    const blob = (await kms.send(new EncryptCommand({ KeyId: id, Plaintext: utf8('over http') }))).CiphertextBlob!;
    expect(fromUtf8((await kms.send(new DecryptCommand({ CiphertextBlob: blob }))).Plaintext!)).toBe('over http');
    const e = await kms.send(new DescribeKeyCommand({ KeyId: 'alias/none' })).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(NotFoundException);
    kms.destroy();
  });

  it('answers requests that are not KMS calls as AWS does, with a request id', async () => {
    endpoint = await startEndpoint({ cloud: createCloud(), port: 0 });
    const res = await fetch(endpoint.url);
    expect(res.status).toBe(400);
    expect(res.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    expect(res.headers.get('content-length')).toBe('38');
    expect(await res.text()).toBe('{"__type":"UnknownOperationException"}');
  });

  it('refuses bodies over 1 MiB', async () => {
    endpoint = await startEndpoint({ cloud: createCloud(), port: 0 });
    const res = await fetch(endpoint.url, { method: 'POST', body: new Uint8Array(1024 * 1024 + 1) });
    expect(res.status).toBe(413);
  });

  it('listens on loopback only', async () => {
    await expect(startEndpoint({ cloud: createCloud(), port: 0, host: '0.0.0.0' as '127.0.0.1' })).rejects.toThrow(/loopback only/);
  });

  it('runs beforeRequest before each call', async () => {
    const cloud = createCloud();
    let calls = 0;
    endpoint = await startEndpoint({ cloud, port: 0, beforeRequest: async () => void calls++ });
    await fetch(endpoint.url, { method: 'POST' });
    await fetch(endpoint.url, { method: 'POST' });
    expect(calls).toBe(2);
  });
});
