/**
 * What an ACM (or ACM PCA, or certificate-using service) operation sees: the ACM account
 * state, the Region, the injected world and the caller. Authorization is IAM only (ACM
 * has no resource policies), checked by the pipeline before `run`.
 */
import { AwsError, type OperationDef, type Random, type SimulatedClock } from '@/core';
import { evaluate } from '@/iam/evaluate';
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

export interface AcmOperation<I = any, O = any> extends OperationDef<AcmContext, I, O> {
  /** The member naming the resource the IAM action applies to (default: `*`). */
  resourceMember?: string;
}

export const defineAcmOperation = <I, O>(op: AcmOperation<I, O>): AcmOperation<I, O> => op;

export function createAcmContext(o: { acm: AcmState; region: string; clock: SimulatedClock; random: Random; caller: Principal; iam: IamState }): AcmContext {
  return { ...o, regionState: acmRegion(o.acm, o.region), resources: [] };
}

export async function runAcmOperation(op: AcmOperation, ctx: AcmContext, input: Record<string, unknown>): Promise<unknown> {
  const resource = (op.resourceMember && (input[op.resourceMember] as string)) || '*';
  const decision = evaluate(ctx.iam, { principal: ctx.caller, action: op.action, resource });
  if (!decision.allowed) throw Object.assign(new AwsError('AccessDeniedException', decision.message), { decision });
  return op.run(ctx, input);
}
