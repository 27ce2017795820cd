/**
 * EnableKeyRotation: https://docs.aws.amazon.com/kms/latest/APIReference/API_EnableKeyRotation.html
 * Turns on automatic rotation of a symmetric customer managed key with KMS-generated material:
 * new material every RotationPeriodInDays (90-2560, default 365), the first one a period after
 * this call. Calling it again changes the period; the next rotation is then a period after that
 * call (AWS documents no other reference date, so the lab takes the call's date).
 * Imported material or a custom key store: UnsupportedOperationException naming the origin.
 * Asymmetric and HMAC keys: UnsupportedOperationException (GetKeyRotationStatus reads false).
 * AWS managed keys always rotate yearly and cannot be changed.
 * Simplified: for asymmetric and HMAC keys the error has no message (AWS's text is not on record).
 */
import { DAY_MS, int, struct } from '@/core';
import { defineKmsOperation, type OneKey } from '@/kms/context';
import { keyNamedBy } from '@/kms/model/key-resource';
import { KEY_STATES } from '@/kms/model/key-states';
import { checkRotationEligible, DEFAULT_ROTATION_PERIOD_DAYS, ROTATION_PERIOD_MAX_DAYS, ROTATION_PERIOD_MIN_DAYS } from '@/kms/lifecycle/rotation';
import { keyIdOrArnShape } from './common-shapes';

interface Input {
  KeyId: string;
  RotationPeriodInDays?: number;
}

export const enableKeyRotation = defineKmsOperation<Input, Record<string, never>, OneKey>({
  name: 'EnableKeyRotation',
  action: 'kms:EnableKeyRotation',
  summary: 'Turns on automatic rotation of the key material (every 365 days unless a period is given).',
  resources: {
    key: keyNamedBy('KeyId', {
      forms: 'id-or-arn',
      states: KEY_STATES.rotation,
      changes: true,
    }),
  },
  input: struct(
    {
      KeyId: keyIdOrArnShape,
      RotationPeriodInDays: int({
        min: ROTATION_PERIOD_MIN_DAYS,
        max: ROTATION_PERIOD_MAX_DAYS,
        doc: 'Days between automatic rotations (90-2560, default 365)',
      }),
    },
    ['KeyId'],
  ),
  async run(ctx, input, { key }) {
    checkRotationEligible(key);
    const period = input.RotationPeriodInDays ?? DEFAULT_ROTATION_PERIOD_DAYS;
    key.rotation.enabled = true;
    key.rotation.periodDays = period;
    key.rotation.nextRotationMs = ctx.env.clock.nowMs() + period * DAY_MS;
    return {};
  },
});
