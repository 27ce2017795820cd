/**
 * The KMS part of the pipeline, after the shape was validated: resolve the target key,
 * authorize the caller against IAM and the key policy, check the key state, run.
 * Authorization comes before the state check so that a caller without access learns
 * nothing about the key.
 *
 * Simplified: authorization is always evaluated before the key-state check (AWS's order varies
 * by operation); grants are not simulated, so GrantTokens are accepted and ignored.
 */
import { AwsError } from '@/core';
import { evaluate } from '@/iam/evaluate';
import { parsePolicy } from '@/iam/policy-document';
import type { Principal } from '@/iam/model';
import type { KmsContext, KmsEnv, KmsOperation } from './context';
import type { KmsKey, KmsRegionState } from './model/key';
import { checkKeyState } from './model/key-states';
import { resolveKey } from './model/resolve-key';

export function createKmsContext(env: KmsEnv, state: KmsRegionState, region: string, caller: Principal): KmsContext {
  const ctx: KmsContext = {
    region,
    state,
    env,
    caller,
    key: undefined as unknown as KmsKey,
    resources: [],
    resolveKey: async (identifier, forms) => {
      const key = await resolveKey(state, env, region, identifier, forms);
      if (!ctx.resources.includes(key.arn)) ctx.resources.push(key.arn);
      return key;
    },
    authorize: (action, key, conditions) => authorize(env, caller, action, key, conditions),
  };
  return ctx;
}

export function authorize(env: KmsEnv, caller: Principal, action: string, key?: KmsKey, conditions: Record<string, string | string[] | boolean | number> = {}) {
  const context = { ...conditions };
  let resourcePolicy;
  if (key) {
    const parsed = parsePolicy(key.policy);
    if (parsed.ok) resourcePolicy = { document: parsed.policy, label: 'Key policy' };
  }
  const decision = evaluate(env.iam, { principal: caller, action, resource: key?.arn ?? '*', resourcePolicy, context });
  if (!decision.allowed) throw new AccessDenied(decision.message, decision);
}

/** AccessDeniedException carrying the evaluation, so the console can answer "Why?". */
export class AccessDenied extends AwsError {
  constructor(
    message: string,
    readonly decision: ReturnType<typeof evaluate>,
  ) {
    super('AccessDeniedException', message);
  }
}

export async function runKmsOperation(op: KmsOperation, ctx: KmsContext, input: Record<string, unknown>): Promise<unknown> {
  if (op.key) {
    const identifier = input[op.key.member] as string;
    const key = await ctx.resolveKey(identifier, op.key.forms);
    ctx.authorize(op.action, key, op.conditions?.(input));
    checkKeyState(op.name, key);
    ctx.key = key;
  } else if (!op.selfAuthorizing) {
    ctx.authorize(op.action, undefined, op.conditions?.(input));
  }
  return op.run(ctx, input);
}
