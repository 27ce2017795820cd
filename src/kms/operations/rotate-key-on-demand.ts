/**
 * RotateKeyOnDemand: https://docs.aws.amazon.com/kms/latest/APIReference/API_RotateKeyOnDemand.html
 * Rotates now, whatever the automatic setting: new material becomes current, older material
 * stays for decryption. It does not move the automatic schedule (NextRotationDate). At most 25
 * on-demand rotations per key (LimitExceededException, AWS's text).
 * Simplified: the rotation completes within the call (AWS finishes it in the background), so
 * no RotateKey service event and no ConflictException near an automatic rotation. EXTERNAL keys
 * cannot stage new material in the lab, so they always get AWS's "no material pending rotation".
 * Asymmetric and HMAC keys, whatever their origin, cannot rotate: UnsupportedOperationException,
 * without a message (AWS's text for them is not on record).
 */
import { AwsError, struct } from '@/core';
import { defineKmsOperation, type OneKey } from '@/kms/context';
import { keyNamedBy } from '@/kms/model/key-resource';
import { KEY_STATES } from '@/kms/model/key-states';
import { addRotation, checkRotationEligible, ON_DEMAND_ROTATION_LIMIT } from '@/kms/lifecycle/rotation';
import { keyIdOrArnShape } from './common-shapes';

export const rotateKeyOnDemand = defineKmsOperation<{ KeyId: string }, { KeyId: string }, OneKey>({
  name: 'RotateKeyOnDemand',
  action: 'kms:RotateKeyOnDemand',
  summary: 'Rotates the key material now (at most 25 times per key).',
  resources: { key: keyNamedBy('KeyId', { forms: 'id-or-arn', states: KEY_STATES.usable, changes: true }) },
  input: struct({ KeyId: keyIdOrArnShape }, ['KeyId']),
  async run(ctx, input, { key }) {
    if (key.keySpec !== 'SYMMETRIC_DEFAULT') throw new AwsError('UnsupportedOperationException');
    if (key.origin === 'EXTERNAL') {
      throw new AwsError('KMSInvalidStateException', `No available key material pending rotation for the key: ${key.arn}.`);
    }
    checkRotationEligible(key);
    if (key.rotation.onDemandCount >= ON_DEMAND_ROTATION_LIMIT) {
      throw new AwsError(
        'LimitExceededException',
        `The on-demand rotations limit has been reached for the given keyId. No more on-demand rotations can be performed for this key: ${key.arn}`,
      );
    }
    await addRotation(ctx.env, key, 'ON_DEMAND', ctx.env.clock.nowMs());
    key.rotation.onDemandCount += 1;
    return { KeyId: key.arn };
  },
});
