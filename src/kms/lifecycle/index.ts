/**
 * What KMS does on its own as simulated time passes: scheduled deletions, automatic
 * rotations, expiry of imported material. Each step returns service events for the trail.
 */
import type { KmsEnv } from '@/kms/context';
import type { KmsRegionState } from '@/kms/model/key';
import { runDeletions } from './deletion';
import { runImportExpiry } from './import-expiry';
import { runRotations } from './rotation';

import type { ServiceEvent } from './service-event';

export type { ServiceEvent } from './service-event';

export async function runLifecycle(env: KmsEnv, state: KmsRegionState, fromMs: number, toMs: number): Promise<ServiceEvent[]> {
  const events: ServiceEvent[] = [];
  events.push(...runDeletions(state, toMs));
  events.push(...runImportExpiry(state, toMs));
  events.push(...(await runRotations(env, state, fromMs, toMs)));
  return events.sort((a, b) => a.timeMs - b.timeMs);
}
