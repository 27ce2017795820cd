/**
 * DisableKeyRotation: https://docs.aws.amazon.com/kms/latest/APIReference/API_DisableKeyRotation.html
 * Turns off automatic rotation. Material already rotated stays (old ciphertexts still decrypt);
 * the current material stays current. Same eligibility rules as EnableKeyRotation.
 */
import { struct } from '@/core';
import { defineKmsOperation, type OneKey } from '@/kms/context';
import { keyNamedBy } from '@/kms/model/key-resource';
import { KEY_STATES } from '@/kms/model/key-states';
import { checkRotationEligible } from '@/kms/lifecycle/rotation';
import { keyIdOrArnShape } from './common-shapes';

export const disableKeyRotation = defineKmsOperation<{ KeyId: string }, Record<string, never>, OneKey>({
  name: 'DisableKeyRotation',
  action: 'kms:DisableKeyRotation',
  summary: 'Turns off automatic rotation of the key material.',
  resources: { key: keyNamedBy('KeyId', { forms: 'id-or-arn', states: KEY_STATES.rotation, changes: true }) },
  input: struct({ KeyId: keyIdOrArnShape }, ['KeyId']),
  async run(ctx, input, { key }) {
    checkRotationEligible(key);
    key.rotation.enabled = false;
    delete key.rotation.nextRotationMs;
    return {};
  },
});
