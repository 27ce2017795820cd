import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCloud } from '@/cloud/create-cloud';
import { handleAwsJsonRequest, type WireRequest } from '@/cloud/protocol/aws-json';
import { portableHashing, type Hashing } from '@/cloud/protocol/sigv4';
import { ADMIN_CREDENTIALS, signedRequest } from '@/cloud/protocol/testing';
import { SimulatedClock, seededRandom, toHex } from '@/core';
import { nodeHashing } from './node-hashing';

describe("the endpoint's node:crypto hashing", () => {
  it('gives the same SHA-256 and HMAC-SHA256 as the TypeScript the browser runs, at every block boundary', () => {
    const lengths = [0, 1, 55, 56, 63, 64, 65, 119, 120, 128, 5527];
    for (const n of lengths) {
      const data = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 0xff);
      expect(toHex(nodeHashing.sha256(data)), `SHA-256 of ${n} bytes`).toBe(toHex(portableHashing.sha256(data)));
      for (const keyLength of [0, 32, 64, 65, 100]) {
        const key = data.subarray(0, Math.min(n, keyLength));
        expect(toHex(nodeHashing.hmacSha256(key, data)), `HMAC, ${key.length}-byte key`).toBe(toHex(portableHashing.hmacSha256(key, data)));
      }
    }
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 80 }), (data, key) => {
        expect(toHex(nodeHashing.sha256(data))).toBe(toHex(portableHashing.sha256(data)));
        expect(toHex(nodeHashing.hmacSha256(key, data))).toBe(toHex(portableHashing.hmacSha256(key, data)));
      }),
      { numRuns: 50 },
    );
  });

  it('is what checks a request when the wire is given it: signed requests pass, changed ones fail', async () => {
    const cloud = createCloud({ clock: new SimulatedClock(Date.UTC(2026, 0, 1)), random: seededRandom(5) });
    let hashed = 0;
    const counting: Hashing = {
      sha256: (d) => (hashed++, nodeHashing.sha256(d)),
      hmacSha256: (k, d) => (hashed++, nodeHashing.hmacSha256(k, d)),
    };
    const send = async (req: WireRequest) => (await handleAwsJsonRequest(cloud, req, { hashing: counting })).status;
    for (const contentSha256 of [true, false]) {
      const req = await signedRequest('TrentService.ListKeys', { Limit: 1 }, { contentSha256 });
      expect(await send(req)).toBe(200);
      expect(await send({ ...req, body: new TextEncoder().encode('{"Limit":2}') })).toBe(400);
    }
    expect(await send(await signedRequest('TrentService.ListKeys', {}, { credentials: { ...ADMIN_CREDENTIALS, secretAccessKey: 'wrong' } }))).toBe(400);
    expect(hashed).toBeGreaterThan(0);
  });
});
