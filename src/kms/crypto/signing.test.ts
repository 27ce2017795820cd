/**
 * Signatures for every signing algorithm of every signing key spec: they verify, with RAW and
 * DIGEST messages interchangeably (a message and its digest are the same message, as KMS says);
 * node:crypto verifies RSA, ECDSA and Ed25519 ones; every flipped byte of a signature or a message
 * is refused; ML-DSA's EXTERNAL_MU signs the same message as RAW; Ed25519ph matches RFC 8032.
 */
import { createHash, createPublicKey, constants, verify as nodeVerify } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromHex, seededRandom, utf8 } from '@/core';
import { signingAlgorithmsOf, type KeySpec, type SigningAlgorithm } from '@/kms/model/key-specs';
import { SIGNING } from '@/kms/model/signing-rules';
import { pairFor } from '@/kms/testing/key-pairs';
import { ed25519Pkcs8, ed25519Spki, readSpki } from './key-formats';
import { signWith, verifyWith, type SignRequest } from './signing';

const random = seededRandom(3);
const message = utf8('Hello from KMS Lab: sign me.');
const nodeHash = (alg: SigningAlgorithm) => (SIGNING[alg as SignRequest['algorithm']].hash as string).replace('-', '').toLowerCase();
const digestOf = (alg: SigningAlgorithm, m: Uint8Array) => new Uint8Array(createHash(nodeHash(alg)).update(m).digest());

const CLASSIC: KeySpec[] = ['RSA_2048', 'ECC_NIST_P256', 'ECC_NIST_P384', 'ECC_NIST_P521', 'ECC_SECG_P256K1'];

describe.each(CLASSIC)('%s signatures', (spec) => {
  const algorithms = signingAlgorithmsOf(spec) as SignRequest['algorithm'][];

  it.each(algorithms)('%s: RAW and DIGEST sign the same message; each verifies the other; node:crypto verifies both', async (algorithm) => {
    const { privateKey, publicKey } = await pairFor(spec);
    const raw: SignRequest = { spec, algorithm, messageType: 'RAW', message };
    const digest: SignRequest = { spec, algorithm, messageType: 'DIGEST', message: digestOf(algorithm, message) };
    const node = createPublicKey({ key: Buffer.from(publicKey), format: 'der', type: 'spki' });
    const nodeKey = algorithm.startsWith('RSASSA_PSS')
      ? { key: node, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: SIGNING[algorithm].digestLength }
      : node;
    for (const signed of [raw, digest]) {
      const signature = await signWith(privateKey, signed, random);
      expect(await verifyWith(publicKey, raw, signature)).toBe(true);
      expect(await verifyWith(publicKey, digest, signature)).toBe(true);
      expect(nodeVerify(nodeHash(algorithm), message, nodeKey, signature)).toBe(true);
      if (algorithm.startsWith('ECDSA')) expect(signature[0]).toBe(0x30); // DER SEQUENCE, as KMS returns
    }
  });

  it('refuses a signature with any byte flipped, and a changed message', async () => {
    const { privateKey, publicKey } = await pairFor(spec);
    const algorithm = algorithms[0]!;
    const request: SignRequest = { spec, algorithm, messageType: 'RAW', message };
    const signature = await signWith(privateKey, request, random);
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.integer({ min: 1, max: 255 }), async (at, mask) => {
        const bad = signature.slice();
        bad[at % bad.length] = bad[at % bad.length]! ^ mask;
        expect(await verifyWith(publicKey, request, bad)).toBe(false);
      }),
      { numRuns: 25 },
    );
    const other = message.slice();
    other[0] = other[0]! ^ 1;
    expect(await verifyWith(publicKey, { ...request, message: other }, signature)).toBe(false);
    expect(await verifyWith(publicKey, request, signature.subarray(0, signature.length - 1))).toBe(false);
  });
});

describe('Ed25519 (ECC_NIST_EDWARDS25519)', () => {
  const spec = 'ECC_NIST_EDWARDS25519';

  it('ED25519_SHA_512 signs RAW messages as pure Ed25519, which node:crypto verifies', async () => {
    const { privateKey, publicKey } = await pairFor(spec);
    const request: SignRequest = { spec, algorithm: 'ED25519_SHA_512', messageType: 'RAW', message };
    const signature = await signWith(privateKey, request, random);
    expect(signature).toHaveLength(64);
    expect(nodeVerify(null, message, createPublicKey({ key: Buffer.from(publicKey), format: 'der', type: 'spki' }), signature)).toBe(true);
    expect(await verifyWith(publicKey, request, signature)).toBe(true);
    signature[10] = signature[10]! ^ 4;
    expect(await verifyWith(publicKey, request, signature)).toBe(false);
  });

  it('ED25519_PH_SHA_512 is Ed25519ph of RFC 8032 over the bytes given (KMS hashes the digest again)', async () => {
    // RFC 8032 section 7.3, test vector Ed25519ph ("abc").
    const seed = fromHex('833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42')!;
    const publicKey = ed25519Spki(fromHex('ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf')!);
    const request: SignRequest = { spec, algorithm: 'ED25519_PH_SHA_512', messageType: 'DIGEST', message: utf8('abc') };
    const signature = await signWith(ed25519Pkcs8(seed), request, random);
    expect(Buffer.from(signature).toString('hex')).toBe(
      '98a70222f0b8121aa9d30f813d683f809e462b469c7ff87639499bb94e6dae4131f85042463c2a355a2003d062adf5aaa10b8c61e636062aaad11c2a26083406',
    );
    expect(await verifyWith(publicKey, request, signature)).toBe(true);
    expect(await verifyWith(publicKey, { ...request, message: utf8('abd') }, signature)).toBe(false);
  });
});

describe.each(['ML_DSA_44', 'ML_DSA_65', 'ML_DSA_87'] as const)('%s', (spec) => {
  it('signs RAW and EXTERNAL_MU alike: the external mu of FIPS 204 section 6.2 is the same message', async () => {
    const { shake256 } = await import('@noble/hashes/sha3.js');
    const { privateKey, publicKey } = await pairFor(spec);
    const pk = readSpki(publicKey).key;
    // mu = SHAKE256(tr || M'), tr = SHAKE256(pk) (64 bytes), M' = 0 || |ctx| || ctx || M with an empty context.
    const tr = shake256(pk, { dkLen: 64 });
    const mu = shake256(new Uint8Array([...tr, 0, 0, ...message]), { dkLen: 64 });
    const raw: SignRequest = { spec, algorithm: 'ML_DSA_SHAKE_256', messageType: 'RAW', message };
    const external: SignRequest = { spec, algorithm: 'ML_DSA_SHAKE_256', messageType: 'EXTERNAL_MU', message: mu };
    for (const signed of [raw, external]) {
      const signature = await signWith(privateKey, signed, random);
      expect(await verifyWith(publicKey, raw, signature)).toBe(true);
      expect(await verifyWith(publicKey, external, signature)).toBe(true);
      const bad = signature.slice();
      bad[100] = bad[100]! ^ 1;
      expect(await verifyWith(publicKey, raw, bad)).toBe(false);
    }
  });
});
