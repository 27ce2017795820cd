/**
 * AWS Key Management Service, declared once (src/cloud/service.ts). Its operations are in
 * src/kms/operations/registry.ts; the KMS state is kept per Region; as time passes KMS deletes,
 * rotates and expires key material on its own (src/kms/lifecycle).
 */
import { dict, own } from '@/core';
import { awsServiceEvent, type TrailEvent } from '@/trail';
import { runLifecycle } from '@/kms/lifecycle';
import { emptyRegion, type KmsRegionState } from '@/kms/model/key';
import { kmsRegistry } from '@/kms/operations/registry';
import { createKmsContext } from '@/kms/runtime';
import { defineService, type StatePart } from '@/cloud/service';

/** KMS per Region, created when a Region is first used. */
export const kmsState: StatePart<Record<string, KmsRegionState>> = {
  key: 'kms',
  // Region names come from requests: a null-prototype map (core/dict.ts).
  empty: () => dict(),
  atStart: true,
  async lifecycle({ part, from, to, clock, random, iam, keepRawMaterial }) {
    const events: TrailEvent[] = [];
    for (const [region, regionState] of Object.entries(part)) {
      for (const e of await runLifecycle({ clock, random, iam, keepRawMaterial }, regionState, from, to)) {
        const resource = { type: 'AWS::KMS::Key', arn: e.keyArn };
        events.push(awsServiceEvent({ service: 'kms', eventName: e.eventName, region, timeMs: e.timeMs, resource, details: e.details, random }));
      }
    }
    return events;
  },
};

/** The condition-key table once loaded (kmsService.conditions). */
let conditionKeys: typeof import('@/kms/model/condition-keys') | undefined;

export const kmsService = defineService({
  name: 'kms',
  title: 'AWS Key Management Service (KMS)',
  eventSource: 'kms.amazonaws.com',
  validationCode: 'ValidationException',
  accessDenied: { code: 'AccessDeniedException' },
  wire: { targetPrefix: 'TrentService', signingName: 'kms' },
  cli: {
    tokens: { inputToken: 'Marker', limitKey: 'Limit', outputToken: 'NextMarker', moreResults: 'Truncated' },
    resultKeys: {
      DescribeCustomKeyStores: 'CustomKeyStores',
      ListAliases: 'Aliases',
      ListGrants: 'Grants',
      ListKeyPolicies: 'PolicyNames',
      ListKeyRotations: 'Rotations',
      ListKeys: 'Keys',
      ListResourceTags: 'Tags',
      ListRetirableGrants: 'Grants',
    },
  },
  trailResourceTypes: { 'kms:key': 'AWS::KMS::Key' },
  // The condition keys of each authorization, from the one table (loaded on the first KMS call,
  // then kept: a dynamic import of a loaded module still costs a round trip through the module
  // loader, in Node several times the Encrypt it authorizes).
  async conditions(call) {
    return (conditionKeys ??= await import('@/kms/model/condition-keys')).callConditions(call);
  },
  state: kmsState,
  runtime: {
    registry: kmsRegistry,
    context: (env) =>
      createKmsContext({
        env: { clock: env.clock, random: env.random, iam: env.iam, keepRawMaterial: env.keepRawMaterial },
        region: env.region,
        caller: env.caller,
        resources: env.resources,
        trail: env.trail,
        regionState: (region) => {
          const part = env.part as Record<string, KmsRegionState>;
          return own(part, region) ?? (part[region] = emptyRegion());
        },
      }),
  },
});
