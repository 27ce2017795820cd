/**
 * Scheduled deletion: when the waiting period ends the key, its material and its aliases are
 * gone; later calls get NotFoundException, and its ciphertexts can never be decrypted again.
 */
import type { KmsRegionState } from '@/kms/model/key';
import type { ServiceEvent } from './service-event';

export function runDeletions(state: KmsRegionState, nowMs: number): ServiceEvent[] {
  const events: ServiceEvent[] = [];
  for (const key of Object.values(state.keys)) {
    if (key.keyState !== 'PendingDeletion' || key.deletionMs === undefined || key.deletionMs > nowMs) continue;
    delete state.keys[key.keyId];
    for (const alias of Object.values(state.aliases)) if (alias.targetKeyId === key.keyId) delete state.aliases[alias.aliasName];
    events.push({ eventName: 'DeleteKey', keyArn: key.arn, timeMs: key.deletionMs });
  }
  return events;
}
