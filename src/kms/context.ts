/**
 * What a KMS operation sees when it runs: its Region's state, the injected world, the caller,
 * and the rules stated once (key resolution). The pipeline (src/cloud/pipeline.ts) resolves the
 * keys an operation declares (model/key-resource.ts), authorizes them against IAM and the key
 * policy, checks their key state, and hands them to `run` (docs/adding-an-operation.md).
 */
import type { OperationDef, Random, SimulatedClock } from '@/core';
import type { IamState, Principal } from '@/iam/model';
import type { TrailEvent } from '@/trail';
import type { KmsKey, KmsRegionState } from './model/key';

export interface KmsEnv {
  clock: SimulatedClock;
  random: Random;
  iam: IamState;
  /** Keep raw key material beside the CryptoKey (only for the Node endpoint's state file). */
  keepRawMaterial: boolean;
}

export type KeyForms = 'any' | 'id-or-arn';

export interface KmsContext {
  region: string;
  state: KmsRegionState;
  env: KmsEnv;
  caller: Principal;
  /** Key ARNs the call touched, for the trail's `resources`. */
  resources: string[];
  /** The account's event history, newest last (GetKeyLastUsage). */
  trail: readonly TrailEvent[];
  /** Finds a key by key ID, key ARN, alias name or alias ARN (as `forms` allows), and records it for the trail. */
  resolveKey(identifier: string, forms: KeyForms): Promise<KmsKey>;
  /** The KMS state of any Region of the account (multi-Region keys have related keys in several). */
  regionState(region: string): KmsRegionState;
}

/** The key an operation acts on, as most KMS operations receive it. */
export type OneKey = { key: KmsKey };

export type KmsOperation<I = any, O = any, R = any> = OperationDef<KmsContext, I, O, R>;

export const defineKmsOperation = <I, O, R = Record<string, never>>(op: KmsOperation<I, O, R>): KmsOperation<I, O, R> => op;
