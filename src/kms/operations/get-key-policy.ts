/**
 * GetKeyPolicy: https://docs.aws.amazon.com/kms/latest/APIReference/API_GetKeyPolicy.html
 * Returns the key policy as KMS stores it: re-serialized in KMS's pretty form, so not
 * byte-identical to what was put (compare parsed JSON). Works in every key state, also for
 * AWS managed keys (their policy allows kms:Get* to the account).
 */
import { struct } from '@/core';
import { defineKmsOperation, type OneKey } from '@/kms/context';
import { keyNamedBy } from '@/kms/model/key-resource';
import { KEY_STATES } from '@/kms/model/key-states';
import { DEFAULT_POLICY_NAME, checkPolicyName, policyNameShape } from '@/kms/model/key-policy-name';
import { keyIdOrArnShape } from './common-shapes';

export const getKeyPolicy = defineKmsOperation<{ KeyId: string; PolicyName?: string }, { Policy: string; PolicyName: string }, OneKey>({
  name: 'GetKeyPolicy',
  action: 'kms:GetKeyPolicy',
  readOnly: true,
  summary: 'Shows the key policy of a KMS key.',
  resources: { key: keyNamedBy('KeyId', { forms: 'id-or-arn', states: KEY_STATES.any }) },
  input: struct({ KeyId: keyIdOrArnShape, PolicyName: policyNameShape }, ['KeyId']),
  async run(ctx, input, { key }) {
    checkPolicyName(input.PolicyName);
    return { Policy: key.policy, PolicyName: DEFAULT_POLICY_NAME };
  },
});
