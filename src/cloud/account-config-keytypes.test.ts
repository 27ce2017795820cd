/**
 * Your data with HMAC and asymmetric keys: the file holds their configuration (spec, usage) and no
 * material of any kind (no bytes, no private or public key); the import gives each key new material
 * of its own spec (a new key pair: the public key changes); a file naming a spec and usage AWS does
 * not accept together, or SM2, is refused with the path.
 */
import { describe, expect, it } from 'vitest';
import { SimulatedClock, seededRandom, toBase64 } from '@/core';
import { buildDefaultPolicy } from '@/kms/model/default-policy';
import type { KeySpec, KeyUsage } from '@/kms/model/key-specs';
import { newKey } from '@/kms/model/new-key';
import { kmsEnvOf, kmsRegionOf } from '@/kms/testing/harness';
import { accountConfiguration, rebuildAccount } from './account-config';
import { checkAccountConfiguration } from './account-config-check';
import { createCloud } from './create-cloud';

const SPECS: [KeySpec, KeyUsage][] = [
  ['HMAC_256', 'GENERATE_VERIFY_MAC'],
  ['HMAC_224', 'GENERATE_VERIFY_MAC'],
  ['ECC_NIST_P256', 'SIGN_VERIFY'],
  ['ECC_NIST_P384', 'KEY_AGREEMENT'],
  ['ECC_SECG_P256K1', 'SIGN_VERIFY'],
  ['ECC_NIST_EDWARDS25519', 'SIGN_VERIFY'],
  ['ML_DSA_44', 'SIGN_VERIFY'],
];

async function accountWithKeys() {
  const cloud = createCloud({ clock: new SimulatedClock(Date.UTC(2026, 0, 1)), random: seededRandom(8) });
  const env = kmsEnvOf(cloud);
  const region = kmsRegionOf(cloud, 'us-east-1');
  for (const [keySpec, keyUsage] of SPECS) {
    const key = await newKey(env, { region: 'us-east-1', policy: buildDefaultPolicy(), keySpec, keyUsage });
    region.keys[key.keyId] = key;
  }
  return cloud;
}

describe('Your data with HMAC and asymmetric keys', () => {
  it('carries spec and usage, never material, and rebuilds each key with new material of its spec', async () => {
    const cloud = await accountWithKeys();
    const before = Object.values(cloud.state.kms['us-east-1']!.keys);
    const text = JSON.stringify(accountConfiguration(cloud.snapshot()));
    for (const k of before) {
      for (const m of k.materials) {
        for (const bytes of [m.raw, m.publicKey]) if (bytes) expect(text).not.toContain(toBase64(bytes).slice(0, 24));
      }
    }
    expect(text).not.toMatch(/"(raw|publicKey|handles|materials)"/);
    const config = JSON.parse(text);
    expect(checkAccountConfiguration(config)).toBeUndefined();

    const { state, changes } = await rebuildAccount(config, { random: seededRandom(99) });
    expect(changes.newMaterial).toHaveLength(SPECS.length);
    for (const old of before) {
      const rebuilt = state.kms['us-east-1']!.keys[old.keyId]!;
      expect([rebuilt.keySpec, rebuilt.keyUsage]).toEqual([old.keySpec, old.keyUsage]);
      const [m] = rebuilt.materials;
      const [o] = old.materials;
      expect(Object.keys(m!).sort()).toEqual(Object.keys(o!).sort());
      if (o!.publicKey) expect(m!.publicKey).not.toEqual(o!.publicKey);
      if (o!.raw) expect(m!.raw).not.toEqual(o!.raw);
    }
  });

  it('refuses a usage the spec does not take, and SM2', async () => {
    const config = JSON.parse(JSON.stringify(accountConfiguration((await accountWithKeys()).snapshot())));
    const [id, key] = Object.entries(config.kms['us-east-1'].keys).find(([, k]: [string, any]) => k.keySpec === 'ECC_SECG_P256K1') as [string, any];
    key.keyUsage = 'KEY_AGREEMENT';
    expect(checkAccountConfiguration(config)).toBe(`account.kms["us-east-1"].keys["${id}"].keyUsage must be one of SIGN_VERIFY for a ECC_SECG_P256K1 key`);
    key.keyUsage = 'SIGN_VERIFY';
    key.keySpec = 'SM2';
    expect(checkAccountConfiguration(config)).toMatch(/keys\["[^"]+"\]\.keySpec must be one of/);
  });
});
