/**
 * GetKeyPolicy: https://docs.aws.amazon.com/kms/latest/APIReference/API_GetKeyPolicy.html
 * Returns the key policy as KMS stores it: re-serialized in KMS's pretty form, so not
 * byte-identical to what was put (compare parsed JSON). Works in every key state, also for
 * AWS managed keys (their policy allows kms:Get* to the account).
 */
import { struct } from '@/core';
import { defineKmsOperation } from '@/kms/context';
import { DEFAULT_POLICY_NAME, checkPolicyName, policyNameShape } from '@/kms/model/key-policy-name';
import { keyIdOrArnShape } from './common-shapes';

export const getKeyPolicy = defineKmsOperation<{ KeyId: string; PolicyName?: string }, { Policy: string; PolicyName: string }>({
  name: 'GetKeyPolicy',
  action: 'kms:GetKeyPolicy',
  summary: 'Shows the key policy of a KMS key.',
  key: { member: 'KeyId', forms: 'id-or-arn' },
  input: struct({ KeyId: keyIdOrArnShape, PolicyName: policyNameShape }, ['KeyId']),
  async run(ctx, input) {
    checkPolicyName(input.PolicyName);
    return { Policy: ctx.key.policy, PolicyName: DEFAULT_POLICY_NAME };
  },
});
