/**
 * What Secrets Manager does as simulated time passes: a secret whose recovery window has ended is
 * deleted for good, recorded as the service event EndSecretDeletion.
 * https://docs.aws.amazon.com/secretsmanager/latest/userguide/cloudtrail_log_entries.html
 */
import type { Random } from '@/core';
import { awsServiceEvent, type TrailEvent } from '@/trail';
import type { SecretsState } from './model/secret';

export interface SecretsLifecycleEvent {
  eventName: 'EndSecretDeletion';
  region: string;
  timeMs: number;
  secretArn: string;
}

export function runSecretsLifecycle(state: SecretsState, to: number): SecretsLifecycleEvent[] {
  const events: SecretsLifecycleEvent[] = [];
  for (const [region, r] of Object.entries(state.regions)) {
    for (const s of Object.values(r.secrets)) {
      if (s.deletionMs === undefined || s.deletionMs > to) continue;
      delete r.secrets[s.arn];
      events.push({ eventName: 'EndSecretDeletion', region, timeMs: s.deletionMs, secretArn: s.arn });
    }
  }
  return events.sort((a, b) => a.timeMs - b.timeMs);
}

/** The lifecycle's service events, as CloudTrail records them. */
export function secretsLifecycle(state: SecretsState, to: number, random: Random): TrailEvent[] {
  return runSecretsLifecycle(state, to).map((e) =>
    awsServiceEvent({
      service: 'secretsmanager',
      eventName: e.eventName,
      region: e.region,
      timeMs: e.timeMs,
      resource: { type: 'AWS::SecretsManager::Secret', arn: e.secretArn },
      random,
    }),
  );
}
