/**
 * GetKeyRotationStatus: https://docs.aws.amazon.com/kms/latest/APIReference/API_GetKeyRotationStatus.html
 * KeyRotationEnabled, the key ARN, and while rotation is on the period and the next date.
 * A key pending deletion reads false (its setting returns after CancelKeyDeletion); AWS managed
 * keys always read true. Asymmetric and HMAC keys with material from KMS cannot rotate, and read
 * false in every key state, as AWS answers them (Terraform's aws_kms_key reads the status of every
 * such key). Keys with imported material or in a custom key store cannot rotate automatically:
 * UnsupportedOperationException naming the origin.
 * Simplified: OnDemandRotationStartDate never appears, as on-demand rotation completes at once.
 */
import { struct } from '@/core';
import { defineKmsOperation, type OneKey } from '@/kms/context';
import { keyNamedBy } from '@/kms/model/key-resource';
import { KEY_STATES } from '@/kms/model/key-states';
import { checkRotationEligible } from '@/kms/lifecycle/rotation';
import { keyIdOrArnShape } from './common-shapes';

interface Output {
  KeyRotationEnabled: boolean;
  KeyId: string;
  RotationPeriodInDays?: number;
  NextRotationDate?: Date;
}

export const getKeyRotationStatus = defineKmsOperation<{ KeyId: string }, Output, OneKey>({
  name: 'GetKeyRotationStatus',
  action: 'kms:GetKeyRotationStatus',
  readOnly: true,
  summary: 'Shows whether automatic rotation is on, its period and the next rotation date.',
  resources: { key: keyNamedBy('KeyId', { forms: 'id-or-arn', states: KEY_STATES.any }) },
  input: struct({ KeyId: keyIdOrArnShape }, ['KeyId']),
  async run(ctx, input, { key }) {
    if (key.origin === 'AWS_KMS' && key.keySpec !== 'SYMMETRIC_DEFAULT') return { KeyRotationEnabled: false, KeyId: key.arn };
    checkRotationEligible(key);
    const r = key.rotation;
    if (!r.enabled || key.keyState === 'PendingDeletion') return { KeyRotationEnabled: false, KeyId: key.arn };
    return {
      KeyRotationEnabled: true,
      KeyId: key.arn,
      RotationPeriodInDays: r.periodDays,
      NextRotationDate: r.nextRotationMs === undefined ? undefined : new Date(r.nextRotationMs),
    };
  },
});
