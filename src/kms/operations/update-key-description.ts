/**
 * UpdateKeyDescription: https://docs.aws.amazon.com/kms/latest/APIReference/API_UpdateKeyDescription.html
 * Replaces the description of a customer managed key (an empty string clears it). Allowed
 * when Enabled, Disabled or PendingImport; not while the key is pending deletion.
 */
import { str, struct } from '@/core';
import { defineKmsOperation } from '@/kms/context';
import { assertCustomerManaged } from '@/kms/model/aws-managed-guard';
import { keyIdOrArnShape } from './common-shapes';

export const updateKeyDescription = defineKmsOperation<{ KeyId: string; Description: string }, object>({
  name: 'UpdateKeyDescription',
  action: 'kms:UpdateKeyDescription',
  summary: 'Replaces the description of a customer managed key.',
  key: { member: 'KeyId', forms: 'id-or-arn' },
  input: struct({ KeyId: keyIdOrArnShape, Description: str({ min: 0, max: 8192, doc: 'New description of the key' }) }, ['KeyId', 'Description']),
  async run(ctx, input) {
    assertCustomerManaged(ctx, 'kms:UpdateKeyDescription');
    ctx.key.description = input.Description;
    return {};
  },
});
