/**
 * A small account for storage tests: one Region with one key whose material is a real
 * non-extractable AES-GCM CryptoKey, made by the engine (a load checks the whole account, so
 * the sample is a real one).
 */
import { createCloud } from '@/cloud/create-cloud';
import type { CloudState } from '@/cloud/state';
import { SimulatedClock, seededRandom } from '@/core';

export async function sampleState(schemaVersion = 1): Promise<CloudState> {
  const cloud = createCloud({ clock: new SimulatedClock(Date.UTC(2026, 0, 1)), random: seededRandom(8) });
  await cloud.call({ service: 'kms', operation: 'CreateKey', input: { Description: 'sample' } });
  return { ...cloud.snapshot(), schemaVersion };
}

export const materialOf = (state: CloudState): CryptoKey => Object.values(state.kms['us-east-1']!.keys)[0]!.materials[0]!.key!;
