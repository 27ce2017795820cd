/**
 * A small account for storage tests, independent of the engine's operations: one Region with
 * one key whose material is a real non-extractable AES-GCM CryptoKey, as the engine makes it.
 */
import type { CloudState } from '@/cloud/state';

export async function sampleState(schemaVersion = 1): Promise<CloudState> {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const keyId = '1234abcd-12ab-34cd-56ef-1234567890ab';
  return {
    schemaVersion,
    clockMs: Date.UTC(2026, 0, 1),
    iam: { users: {} } as unknown as CloudState['iam'],
    kms: {
      'us-east-1': {
        keys: {
          [keyId]: {
            keyId,
            arn: `arn:aws:kms:us-east-1:111122223333:key/${keyId}`,
            materials: [{ id: 'a'.repeat(64), key, createdMs: 0 }],
          } as unknown as CloudState['kms'][string]['keys'][string],
        },
        aliases: {},
        customKeyStores: {},
      },
    },
    trail: [],
  };
}

export const materialOf = (state: CloudState): CryptoKey => Object.values(state.kms['us-east-1']!.keys)[0]!.materials[0]!.key!;
