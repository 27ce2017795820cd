/**
 * Bad input never crashes the engine: for every operation in the registry, random JSON
 * bodies (wrong types, unknown members, huge strings, non-base64 blobs, random bytes as
 * ciphertext) get a well-formed AWS error, never an internal failure, and what was stored
 * before is still intact afterwards.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SimulatedClock, fromBase64, seededRandom, toBase64, utf8 } from '@/core';
import { createCloud } from '@/cloud/create-cloud';
import { kmsOperations } from '@/kms/operations/registry';
import { json, signedRequest } from './testing';
import { handleAwsJsonRequest } from './aws-json';

const anyValue = fc.oneof(
  fc.string(),
  fc.string({ minLength: 5000, maxLength: 20000 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
  fc.uint8Array({ maxLength: 7000 }).map(toBase64),
  fc.constantFrom('alias/aws/s3', 'alias/missing', '1234abcd-12ab-34cd-56ef-1234567890ab', 'arn:aws:kms:us-east-1:111122223333:key/x', 'not base64!'),
);

async function setup() {
  const cloud = createCloud({ clock: new SimulatedClock(Date.UTC(2026, 0, 1)), random: seededRandom(5) });
  const { KeyMetadata } = await cloud.call({ service: 'kms', operation: 'CreateKey' });
  const { CiphertextBlob } = await cloud.call({ service: 'kms', operation: 'Encrypt', input: { KeyId: KeyMetadata.KeyId, Plaintext: utf8('stored') } });
  return { cloud, keyId: KeyMetadata.KeyId as string, blob: CiphertextBlob as Uint8Array };
}

describe('bad input through the wire protocol', () => {
  it('every operation answers random bodies with 200 or a named 4xx error', async () => {
    const { cloud, blob } = await setup();
    for (const op of kmsOperations) {
      const members = Object.keys(op.input.members);
      const body = fc.dictionary(fc.constantFrom(...members, 'Unknown', 'keyid'), anyValue, { maxKeys: 4 });
      await fc.assert(
        fc.asyncProperty(body, async (b) => {
          const res = await handleAwsJsonRequest(cloud, await signedRequest(`TrentService.${op.name}`, b));
          if (res.status !== 200) {
            expect(res.status, `${op.name} ${JSON.stringify(b).slice(0, 200)} -> ${res.body}`).toBeGreaterThanOrEqual(400);
            expect(res.status).toBeLessThan(500);
            expect(json(res).__type).toMatch(/^[A-Za-z]+(Exception|Error)$/);
          }
        }),
        { numRuns: 15 },
      );
    }
    const after = await cloud.call({ service: 'kms', operation: 'Decrypt', input: { CiphertextBlob: blob } });
    expect(new TextDecoder().decode(after.Plaintext)).toBe('stored');
  }, 120_000);

  it('random bytes as a ciphertext are InvalidCiphertextException, never a crash', async () => {
    const { cloud } = await setup();
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 6144 }), async (bytes) => {
        const res = await handleAwsJsonRequest(cloud, await signedRequest('TrentService.Decrypt', { CiphertextBlob: toBase64(bytes) }));
        expect(res.status).toBe(400);
        expect(['InvalidCiphertextException', 'AccessDeniedException']).toContain(json(res).__type);
      }),
      { numRuns: 100 },
    );
  });

  it('malformed JSON and non-object bodies are SerializationException', async () => {
    const { cloud } = await setup();
    for (const text of ['{', '[1,2]', '"text"', '{"KeyId": }', '\u0000']) {
      const res = await handleAwsJsonRequest(cloud, await signedRequest('TrentService.DescribeKey', text));
      expect(res.status, text).toBe(400);
      expect(json(res).__type).toBe('SerializationException');
    }
    expect(fromBase64('x')).toBeUndefined();
  });
});
