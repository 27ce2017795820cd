/**
 * KMS keys as resources of the pipeline (src/core/resource.ts): how an operation names the key it
 * acts on, the key policy as the key's resource policy, and the key-state rule checked after
 * authorization. One declaration per key in the operation's file:
 *
 *   resources: { key: keyNamedBy<Input>('KeyId', { forms: 'any', states: KEY_STATES.usable }) }
 *
 * AWS managed keys (KeyManager AWS) cannot be changed by anyone in the account: not their
 * policy, description, tags, enablement, rotation or deletion, and no alias of yours may point
 * to them. AWS has no special error for it: their key policy (written and kept by AWS) grants
 * the account only kms:Describe*, kms:Get*, kms:List* and kms:RevokeGrant, so every change is an
 * AccessDeniedException "... because no resource-based policy allows the <action> action" (the
 * API reference: "You don't have permission to associate an alias with an AWS managed key").
 * For a step that `changes` the key, an AWS managed key offers a policy that allows nothing,
 * whatever its stored policy text says, so the rule holds with the same wording.
 * https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-key
 */
import type { ConditionContext, Resource, ResourceStep } from '@/core';
import type { KeyForms, KmsContext } from '@/kms/context';
import type { KmsKey } from './key';
import { checkGrantTokens, hasGrants, loadedGrantRules, loadGrantRules } from './grant-check';
import { checkKeyState, type KeyStateRule } from './key-states';

export const KEY_POLICY_LABEL = 'Key policy';
export const AWS_MANAGED_CHANGES_LABEL = 'Key policy of an AWS managed key (changes are reserved to AWS)';

export const isAwsManaged = (key: KmsKey) => key.keyManager === 'AWS';

/** A key as the pipeline authorizes it: its ARN, its key policy and its grants. */
export function keyResource(key: KmsKey): Resource<KmsKey> {
  return {
    arn: key.arn,
    value: key,
    policy: ({ changes }) => (changes && isAwsManaged(key) ? { label: AWS_MANAGED_CHANGES_LABEL, text: null } : { label: KEY_POLICY_LABEL, text: key.policy }),
    allowSources: () => (hasGrants(key) ? loadedGrantRules().grantAllowSources(key) : []),
  };
}

export interface KeyStepOptions<I> {
  /** The key-state row of the operation (model/key-states.ts). */
  states: KeyStateRule;
  /** The IAM action, when not the operation's own (ReEncrypt: kms:ReEncryptFrom, kms:ReEncryptTo). */
  action?: string;
  /** Condition keys from the request (the encryption context ...). */
  conditions?: (input: I) => ConditionContext;
  /** The operation changes the key (refused for AWS managed keys). */
  changes?: boolean;
}

/** A key found by whatever the step's `find` returns (a ciphertext's key, an alias's target ...). */
export function keyStep<I>(
  find: (ctx: KmsContext, input: I) => Promise<KmsKey | undefined> | KmsKey | undefined,
  o: KeyStepOptions<I>,
): ResourceStep<KmsContext, I, KmsKey> {
  return {
    // Awaits only what is a promise: this runs before every key operation.
    resolve: async (ctx, input) => {
      const tokens = (input as { GrantTokens?: unknown }).GrantTokens;
      if (Array.isArray(tokens) && tokens.length > 0) await checkGrantTokens(tokens);
      const found = find(ctx, input);
      const key = found instanceof Promise ? await found : found;
      if (key && hasGrants(key)) await loadGrantRules();
      return key && keyResource(key);
    },
    action: o.action,
    conditions: o.conditions,
    changes: o.changes,
    state: (key) => checkKeyState(o.states, key),
  };
}

/** The key an input member names: key ID or key ARN, and alias name or alias ARN where `forms` is `any`. */
export const keyNamedBy = <I>(member: keyof I & string, o: KeyStepOptions<I> & { forms: KeyForms }): ResourceStep<KmsContext, I, KmsKey> =>
  keyStep<I>((ctx, input) => {
    const identifier = (input as Record<string, unknown>)[member];
    return typeof identifier === 'string' ? ctx.resolveKey(identifier, o.forms) : undefined;
  }, o);
