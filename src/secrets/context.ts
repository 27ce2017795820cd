/**
 * What a Secrets Manager operation sees: its Region's secrets, the injected world, the caller,
 * and `callKms`, which calls KMS as the same caller on Secrets Manager's behalf (KMS then sees
 * kms:ViaService = secretsmanager.<region>.amazonaws.com and the trail records invokedBy).
 * Authorization is IAM only: an operation names the secret's ARN in `resources`.
 */
import type { OperationDef, Random, SimulatedClock } from '@/core';
import type { Principal } from '@/iam/model';
import { dict, own } from '@/core';
import type { SecretsRegionState, SecretsState } from './model/secret';

export interface SecretsContext {
  region: string;
  state: SecretsState;
  /** The Region's secrets; a Region never used is an empty one, kept only once a secret is created in it (`keepRegion`). */
  regionState: SecretsRegionState;
  keepRegion(): void;
  clock: SimulatedClock;
  random: Random;
  caller: Principal;
  /** ARNs the call touched, for the trail's `resources`. */
  resources: string[];
  callKms<O = any>(operation: string, input: Record<string, unknown>): Promise<O>;
}

export type SecretsOperation<I = any, O = any, R = any> = OperationDef<SecretsContext, I, O, R>;

export const defineSecretsOperation = <I, O, R = any>(op: SecretsOperation<I, O, R>): SecretsOperation<I, O, R> => op;

export function createSecretsContext(o: Omit<SecretsContext, 'regionState' | 'keepRegion'>): SecretsContext {
  const regionState = own(o.state.regions, o.region) ?? { secrets: dict() };
  return { ...o, regionState, keepRegion: () => void (o.state.regions[o.region] = regionState) };
}

/** The context of a call, from what the cloud gives every service (src/cloud/service.ts ServiceEnv). */
export const secretsContextOf = (env: {
  part: SecretsState;
  region: string;
  clock: SimulatedClock;
  random: Random;
  caller: Principal;
  resources: string[];
  callOnBehalf<O>(req: { service: string; operation: string; input?: Record<string, unknown> }): Promise<O>;
}): SecretsContext =>
  createSecretsContext({
    state: env.part,
    region: env.region,
    clock: env.clock,
    random: env.random,
    caller: env.caller,
    resources: env.resources,
    callKms: (operation, input) => env.callOnBehalf({ service: 'kms', operation, input }),
  });
