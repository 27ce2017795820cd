/**
 * PutKeyPolicy: https://docs.aws.amazon.com/kms/latest/APIReference/API_PutKeyPolicy.html
 * Replaces the key policy of a customer managed key, after the checks CreateKey applies
 * (model/key-policy-check.ts): well-formed document, existing principals, the 32 KB quota and,
 * unless BypassPolicyLockoutSafetyCheck, the lockout safety check. Works in every key state.
 * The policy of an AWS managed key cannot be changed.
 */
import { bool, str, struct } from '@/core';
import { defineKmsOperation, type OneKey } from '@/kms/context';
import { keyNamedBy } from '@/kms/model/key-resource';
import { KEY_STATES } from '@/kms/model/key-states';
import { checkKeyPolicy } from '@/kms/model/key-policy-check';
import { checkPolicyName, policyNameShape } from '@/kms/model/key-policy-name';
import { keyIdOrArnShape } from './common-shapes';

interface Input {
  KeyId: string;
  PolicyName?: string;
  Policy: string;
  BypassPolicyLockoutSafetyCheck?: boolean;
}

export const putKeyPolicy = defineKmsOperation<Input, object, OneKey>({
  name: 'PutKeyPolicy',
  action: 'kms:PutKeyPolicy',
  summary: 'Replaces the key policy of a customer managed key.',
  resources: { key: keyNamedBy('KeyId', { forms: 'id-or-arn', states: KEY_STATES.any, changes: true }) },
  input: struct(
    {
      KeyId: keyIdOrArnShape,
      PolicyName: policyNameShape,
      Policy: str({ min: 1, max: 131072, pattern: '^[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+$', doc: 'Key policy (JSON)' }),
      BypassPolicyLockoutSafetyCheck: bool('Skips the check that you can still change the policy'),
    },
    ['KeyId', 'Policy'],
  ),
  async run(ctx, input, { key }) {
    checkPolicyName(input.PolicyName);
    key.policy = checkKeyPolicy(input.Policy, {
      iam: ctx.env.iam,
      caller: ctx.caller,
      keyArn: key.arn,
      bypassLockoutCheck: input.BypassPolicyLockoutSafetyCheck,
    });
    return {};
  },
});
