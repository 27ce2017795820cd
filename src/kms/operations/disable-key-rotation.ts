/**
 * DisableKeyRotation: https://docs.aws.amazon.com/kms/latest/APIReference/API_DisableKeyRotation.html
 * Turns off automatic rotation. Material already rotated stays (old ciphertexts still decrypt);
 * the current material stays current. Same eligibility rules as EnableKeyRotation.
 */
import { struct } from '@/core';
import { defineKmsOperation } from '@/kms/context';
import { checkRotationEligible } from '@/kms/lifecycle/rotation';
import { assertCustomerManaged } from '@/kms/model/aws-managed-guard';
import { keyIdOrArnShape } from './common-shapes';

export const disableKeyRotation = defineKmsOperation<{ KeyId: string }, Record<string, never>>({
  name: 'DisableKeyRotation',
  action: 'kms:DisableKeyRotation',
  summary: 'Turns off automatic rotation of the key material.',
  key: { member: 'KeyId', forms: 'id-or-arn' },
  input: struct({ KeyId: keyIdOrArnShape }, ['KeyId']),
  async run(ctx) {
    const key = ctx.key;
    assertCustomerManaged(ctx, 'kms:DisableKeyRotation');
    checkRotationEligible(key);
    key.rotation.enabled = false;
    delete key.rotation.nextRotationMs;
    return {};
  },
});
