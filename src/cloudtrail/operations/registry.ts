/** The one list of CloudTrail operations (docs/adding-an-operation.md): the event history's lookup. */
import type { SimulatedClock } from '@/core';
import type { TrailEvent } from '@/trail';
import type { CloudTrailContext, CloudTrailOperation } from '@/cloudtrail/context';
import { lookupEvents } from './lookup-events';

export const cloudTrailRegistry = {
  LookupEvents: lookupEvents,
} satisfies Record<string, CloudTrailOperation>;

/** The context of a call, from what the cloud gives every service (its state part is the trail). */
export const cloudTrailContextOf = (env: { part: TrailEvent[]; region: string; clock: SimulatedClock }): CloudTrailContext => ({
  trail: env.part,
  region: env.region,
  clock: env.clock,
});
