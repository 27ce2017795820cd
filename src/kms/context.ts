/**
 * What a KMS operation sees when it runs: its region's state, the injected world, the
 * caller, and the rules stated once (key resolution, authorization, key states).
 */
import type { OperationDef, Random, SimulatedClock } from '@/core';
import type { IamState, Principal } from '@/iam/model';
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
  /** The key the operation targets, resolved, authorized and state-checked by the pipeline (operations that declare `key`). */
  key: KmsKey;
  /** Key ARNs the call touched, for the trail's `resources`. */
  resources: string[];
  resolveKey(identifier: string, forms: KeyForms): Promise<KmsKey>;
  /** Throws AccessDeniedException unless the caller may perform `action` (on `key`, or IAM-only). */
  authorize(action: string, key?: KmsKey, conditions?: Record<string, string | string[] | boolean | number>): void;
}

export interface KmsOperation<I = any, O = any> extends OperationDef<KmsContext, I, O> {
  /** The member naming the target key, and which identifier forms it accepts. */
  key?: { member: string; forms: KeyForms };
  /** The operation resolves and authorizes its keys itself (Decrypt, ReEncrypt). */
  selfAuthorizing?: boolean;
  /** Extra condition keys for authorization, e.g. the encryption context. */
  conditions?: (input: I) => Record<string, string | string[] | boolean | number>;
}

export const defineKmsOperation = <I, O>(op: KmsOperation<I, O>): KmsOperation<I, O> => op;
