/**
 * What an ACM (or ACM PCA, or certificate-using service) operation sees: the ACM account state,
 * the Region, the injected world and the caller. Authorization is IAM only (ACM has no resource
 * policies): an operation names the ARN its action applies to in `resources`, and the pipeline
 * authorizes it before `run` looks the resource up (src/cloud/pipeline.ts).
 */
import type { OperationDef, Random, SimulatedClock } from '@/core';
import type { IamState, Principal } from '@/iam/model';
import { acmRegion, type AcmRegionState, type AcmState } from './model/certificate';

export interface AcmContext {
  region: string;
  acm: AcmState;
  regionState: AcmRegionState;
  clock: SimulatedClock;
  random: Random;
  caller: Principal;
  iam: IamState;
  /** ARNs the call touched, for the trail's `resources`. */
  resources: string[];
}

export type AcmOperation<I = any, O = any, R = any> = OperationDef<AcmContext, I, O, R>;

export const defineAcmOperation = <I, O, R = any>(op: AcmOperation<I, O, R>): AcmOperation<I, O, R> => op;

export function createAcmContext(o: {
  acm: AcmState;
  region: string;
  clock: SimulatedClock;
  random: Random;
  caller: Principal;
  iam: IamState;
  resources?: string[];
}): AcmContext {
  return { ...o, regionState: acmRegion(o.acm, o.region), resources: o.resources ?? [] };
}
