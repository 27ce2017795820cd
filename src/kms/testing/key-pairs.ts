/**
 * Key pairs for tests, generated once per test file and spec (RSA 4096 takes seconds on a busy
 * machine), with the same code the engine uses.
 */
import { seededRandom } from '@/core';
import { generateKeyPair, type KeyPairDer } from '@/kms/crypto/key-pairs';
import type { KeySpec } from '@/kms/model/key-specs';

const pairs = new Map<KeySpec, Promise<KeyPairDer>>();
const random = seededRandom(17);

export function pairFor(spec: KeySpec): Promise<KeyPairDer> {
  let p = pairs.get(spec);
  if (!p) pairs.set(spec, (p = generateKeyPair(spec, random)));
  return p;
}
