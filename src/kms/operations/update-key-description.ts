/**
 * UpdateKeyDescription: https://docs.aws.amazon.com/kms/latest/APIReference/API_UpdateKeyDescription.html
 * Replaces the description of a customer managed key (an empty string clears it). Allowed
 * when Enabled, Disabled or PendingImport; not while the key is pending deletion.
 */
import { str, struct } from '@/core';
import { defineKmsOperation, type OneKey } from '@/kms/context';
import { keyNamedBy } from '@/kms/model/key-resource';
import { KEY_STATES } from '@/kms/model/key-states';
import { keyIdOrArnShape } from './common-shapes';

export const updateKeyDescription = defineKmsOperation<{ KeyId: string; Description: string }, object, OneKey>({
  name: 'UpdateKeyDescription',
  action: 'kms:UpdateKeyDescription',
  summary: 'Replaces the description of a customer managed key.',
  resources: { key: keyNamedBy('KeyId', { forms: 'id-or-arn', states: KEY_STATES.manage, changes: true }) },
  input: struct({ KeyId: keyIdOrArnShape, Description: str({ min: 0, max: 8192, doc: 'New description of the key' }) }, ['KeyId', 'Description']),
  async run(ctx, input, { key }) {
    key.description = input.Description;
    return {};
  },
});
