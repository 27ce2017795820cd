/**
 * CancelKeyDeletion: https://docs.aws.amazon.com/kms/latest/APIReference/API_CancelKeyDeletion.html
 * Stops a scheduled deletion. The key comes back Disabled, not Enabled (use EnableKey), with
 * its previous automatic-rotation setting; an EXTERNAL key without key material comes back
 * PendingImport. Any key not pending deletion: KMSInvalidStateException "<ARN> is not
 * pending deletion.". The response names the key by ARN.
 */
import { AwsError, struct } from '@/core';
import { defineKmsOperation, type OneKey } from '@/kms/context';
import { keyNamedBy } from '@/kms/model/key-resource';
import { KEY_STATES } from '@/kms/model/key-states';
import { keyIdOrArnShape } from './common-shapes';

export const cancelKeyDeletion = defineKmsOperation<{ KeyId: string }, { KeyId: string }, OneKey>({
  name: 'CancelKeyDeletion',
  action: 'kms:CancelKeyDeletion',
  summary: 'Cancels the scheduled deletion of a KMS key (the key comes back disabled).',
  resources: { key: keyNamedBy('KeyId', { forms: 'id-or-arn', states: KEY_STATES.any, changes: true }) },
  input: struct({ KeyId: keyIdOrArnShape }, ['KeyId']),
  async run(ctx, input, { key }) {
    if (key.keyState !== 'PendingDeletion') throw new AwsError('KMSInvalidStateException', `${key.arn} is not pending deletion.`);
    key.keyState = key.currentMaterialId ? 'Disabled' : 'PendingImport';
    delete key.deletionMs;
    delete key.pendingWindowInDays;
    key.rotation.enabled = key.rotationBeforeDeletion ?? key.rotation.enabled;
    delete key.rotationBeforeDeletion;
    return { KeyId: key.arn };
  },
});
