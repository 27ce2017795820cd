/**
 * What a CloudTrail operation sees: the account's event history (src/trail), the Region of the
 * call and the simulated clock. CloudTrail's authorization is IAM only (actions on `*`).
 */
import type { OperationDef, SimulatedClock } from '@/core';
import type { TrailEvent } from '@/trail';

export interface CloudTrailContext {
  trail: readonly TrailEvent[];
  region: string;
  clock: SimulatedClock;
}

export type CloudTrailOperation<I = any, O = any> = OperationDef<CloudTrailContext, I, O>;

export const defineCloudTrailOperation = <I, O>(op: CloudTrailOperation<I, O>): CloudTrailOperation<I, O> => op;
