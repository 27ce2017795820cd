import { CreateKeyCommand, DecryptCommand, EncryptCommand, KMSClient, NotFoundException, DescribeKeyCommand } from '@aws-sdk/client-kms';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { fromUtf8, utf8 } from '@/core';
import { createCloud } from '@/cloud/create-cloud';
import { ADMIN_CREDENTIALS } from '@/cloud/protocol/testing';
import { isLoopbackHost, startEndpoint, type Endpoint } from './server';

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

  /** A raw connection, resolved when the server closes it (with what it answered, if anything). */
  const rawClient = (port: number, send: string) => {
    const socket = connect(port, '127.0.0.1');
    socket.write(send);
    let answer = '';
    socket.on('data', (d) => (answer += d));
    const closed = new Promise<string>((done) => socket.on('close', () => done(answer)));
    socket.on('error', () => undefined);
    return { socket, closed };
  };

  it('answers only requests addressed to a loopback name with its port (no DNS rebinding)', async () => {
    endpoint = await startEndpoint({ cloud: createCloud(), port: 0 });
    const port = endpoint.port;
    const status = (host: string) =>
      new Promise<number>((done, fail) => {
        const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/', headers: { host } }, (res) => {
          res.resume();
          done(res.statusCode!);
        });
        req.on('error', fail);
        req.end();
      });
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, `LOCALHOST:${port}`]) expect(await status(host), host).toBe(400);
    for (const host of [`rebound.example:${port}`, 'localhost', `localhost:${port + 1}`, `127.0.0.1.nip.io:${port}`, `localhost:${port}@evil`])
      expect(await status(host), host).toBe(403);
    // No Host at all (HTTP/1.0).
    const c = rawClient(port, 'POST / HTTP/1.0\r\nContent-Length: 0\r\n\r\n');
    expect(await c.closed).toMatch(/^HTTP\/1\.1 403 /);
    expect(isLoopbackHost(undefined, port)).toBe(false);
    expect(isLoopbackHost('localhost', 80)).toBe(true);
  });

  it('does not wait for ever for a slow client: headers and body have a deadline', async () => {
    const internal: unknown[] = [];
    endpoint = await startEndpoint({ cloud: createCloud(), port: 0, limits: { headersMs: 300, requestMs: 600 }, onInternalError: (e) => internal.push(e) });
    const host = `127.0.0.1:${endpoint.port}`;
    // Headers never finished, and a body that stops after 10 of its 100 bytes.
    const headers = rawClient(endpoint.port, `POST / HTTP/1.1\r\nHost: ${host}\r\n`);
    const body = rawClient(endpoint.port, `POST / HTTP/1.1\r\nHost: ${host}\r\nContent-Length: 100\r\n\r\n0123456789`);
    expect(await headers.closed).toMatch(/^HTTP\/1\.1 408 /);
    expect(await body.closed).toMatch(/^HTTP\/1\.1 408 /);
    expect(internal).toEqual([]);
  });

  it('holds at most its number of connections; the next one is closed at once', async () => {
    endpoint = await startEndpoint({ cloud: createCloud(), port: 0, limits: { connections: 2 } });
    const open: Socket[] = [];
    for (let i = 0; i < 2; i++) {
      const c = rawClient(endpoint.port, 'POST / HTTP/1.1\r\n');
      open.push(c.socket);
      await new Promise((done) => c.socket.once('connect', done));
    }
    await expect.poll(() => endpoint!.connections()).toBe(2);
    const third = rawClient(endpoint.port, 'POST / HTTP/1.1\r\n');
    expect(await third.closed).toBe('');
    expect(open.map((s) => s.destroyed)).toEqual([false, false]);
    for (const s of open) s.destroy();
  });

  it('a client that goes away mid-request is not reported as a bug of the lab', async () => {
    const internal: unknown[] = [];
    endpoint = await startEndpoint({ cloud: createCloud(), port: 0, onInternalError: (e) => internal.push(e) });
    const c = rawClient(endpoint.port, `POST / HTTP/1.1\r\nHost: 127.0.0.1:${endpoint.port}\r\nContent-Length: 100\r\n\r\n01234`);
    await expect.poll(() => endpoint!.inFlight()).toBe(1);
    c.socket.destroy();
    await expect.poll(() => endpoint!.inFlight()).toBe(0);
    expect(internal).toEqual([]);
  });
});
