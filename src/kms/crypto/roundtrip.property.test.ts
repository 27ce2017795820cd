/**
 * Properties of the symmetric ciphertext, checked through the API as a learner would call it:
 * - Decrypt(Encrypt(x, ctx), ctx) = x for any 1-4096 bytes and any encryption context;
 * - any single flipped byte, any truncation, any other context: InvalidCiphertextException
 *   (except a flip inside the 16 key-id bytes of the header: the blob then names a key that does
 *   not exist, which AWS answers with AccessDeniedException, as for a deleted key);
 * - automatic and on-demand rotations at random points in time keep every earlier ciphertext decryptable.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AwsError } from '@/core';
import { kmsLab } from '@/kms/testing/harness';
import { HEADER_LENGTH } from './ciphertext-blob';

const KEY_ID_BYTES = [5, 21] as const; // magic (5 bytes), then the key id (16 bytes)

const contextArb = fc.dictionary(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).filter((k) => k !== '__proto__'),
  fc.string({ unit: 'grapheme', maxLength: 24 }),
  { maxKeys: 4 },
);
const plaintextArb = fc.uint8Array({ minLength: 1, maxLength: 4096 });

const sameContext = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => Object.hasOwn(b, k) && b[k] === v);

async function errorCode(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'no error';
  } catch (e) {
    if (e instanceof AwsError) return e.code;
    throw e;
  }
}

describe('ciphertext round trip (property)', () => {
  const t = kmsLab(7);
  const keyPromise = t.createKey();
  const encrypt = async (plaintext: Uint8Array, context: Record<string, string>) =>
    (await t.kms('Encrypt', { KeyId: await keyPromise, Plaintext: plaintext, EncryptionContext: context })).CiphertextBlob as Uint8Array;
  const decrypt = (blob: Uint8Array, context?: Record<string, string>) => t.kms('Decrypt', { CiphertextBlob: blob, EncryptionContext: context });

  it('decrypt(encrypt(x, ctx), ctx) = x', async () => {
    await fc.assert(
      fc.asyncProperty(plaintextArb, contextArb, async (plaintext, context) => {
        const out = await decrypt(await encrypt(plaintext, context), { ...context });
        expect(out.Plaintext).toEqual(plaintext);
      }),
      { numRuns: 100 },
    );
  });

  it('a single flipped byte is always detected', async () => {
    await fc.assert(
      fc.asyncProperty(plaintextArb, contextArb, fc.nat(), fc.integer({ min: 1, max: 255 }), async (plaintext, context, at, mask) => {
        const blob = await encrypt(plaintext, context);
        const i = at % blob.length;
        const bad = blob.slice();
        bad[i] = bad[i]! ^ mask;
        const inKeyId = i >= KEY_ID_BYTES[0] && i < KEY_ID_BYTES[1];
        expect(await errorCode(decrypt(bad, context))).toBe(inKeyId ? 'AccessDeniedException' : 'InvalidCiphertextException');
      }),
      { numRuns: 100 },
    );
  });

  it('any truncation is detected', async () => {
    await fc.assert(
      fc.asyncProperty(plaintextArb, contextArb, fc.nat(), async (plaintext, context, cut) => {
        const blob = await encrypt(plaintext, context);
        const length = 1 + (cut % (blob.length - 1)); // 1 .. blob.length - 1
        expect(await errorCode(decrypt(blob.slice(0, length), context))).toBe('InvalidCiphertextException');
      }),
      { numRuns: 100 },
    );
    expect(HEADER_LENGTH).toBe(KEY_ID_BYTES[1] + 16);
  });

  it('any other encryption context is refused', async () => {
    await fc.assert(
      fc.asyncProperty(plaintextArb, contextArb, contextArb, async (plaintext, context, other) => {
        fc.pre(!sameContext(context, other));
        const blob = await encrypt(plaintext, context);
        expect(await errorCode(decrypt(blob, other))).toBe('InvalidCiphertextException');
      }),
      { numRuns: 100 },
    );
  });
});

describe('rotation keeps old ciphertexts decryptable (property)', () => {
  type Step = { kind: 'encrypt'; text: string } | { kind: 'advance'; days: number } | { kind: 'rotate' };
  const stepArb: fc.Arbitrary<Step> = fc.oneof(
    fc.record({ kind: fc.constant('encrypt' as const), text: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 64 }) }),
    fc.record({ kind: fc.constant('advance' as const), days: fc.integer({ min: 1, max: 400 }) }),
    fc.record({ kind: fc.constant('rotate' as const) }),
  );

  it('every blob decrypts to its plaintext with the material it was made under', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 90, max: 400 }), fc.array(stepArb, { minLength: 1, maxLength: 12 }), async (period, steps) => {
        const t = kmsLab(11);
        const keyId = await t.createKey();
        await t.kms('EnableKeyRotation', { KeyId: keyId, RotationPeriodInDays: period });
        const made: { blob: Uint8Array; text: string; material: string }[] = [];
        for (const step of steps) {
          if (step.kind === 'encrypt') {
            const blob = await t.encrypt(keyId, step.text);
            const material = (await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata.CurrentKeyMaterialId;
            made.push({ blob, text: step.text, material });
          } else if (step.kind === 'advance') {
            await t.days(step.days);
          } else {
            await t.kms('RotateKeyOnDemand', { KeyId: keyId });
          }
        }
        for (const m of made) {
          const out = await t.kms('Decrypt', { CiphertextBlob: m.blob });
          expect([new TextDecoder().decode(out.Plaintext), out.KeyMaterialId]).toEqual([m.text, m.material]);
        }
        const status = await t.kms('GetKeyRotationStatus', { KeyId: keyId });
        expect(status.NextRotationDate.getTime()).toBeGreaterThan(t.cloud.clock.nowMs());
      }),
      { numRuns: 30 },
    );
  });
});
