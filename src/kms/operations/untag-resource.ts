/**
 * UntagResource: https://docs.aws.amazon.com/kms/latest/APIReference/API_UntagResource.html
 * Removes tags from a customer managed key by tag key; keys that are not there are ignored.
 * Allowed when Enabled, Disabled or PendingImport. AWS managed keys cannot be untagged.
 */
import { list, str, struct } from '@/core';
import { defineKmsOperation } from '@/kms/context';
import { assertCustomerManaged } from '@/kms/model/aws-managed-guard';
import { keyIdOrArnShape } from './common-shapes';

export const untagResource = defineKmsOperation<{ KeyId: string; TagKeys: string[] }, object>({
  name: 'UntagResource',
  action: 'kms:UntagResource',
  summary: 'Removes tags from a customer managed key.',
  key: { member: 'KeyId', forms: 'id-or-arn' },
  input: struct({ KeyId: keyIdOrArnShape, TagKeys: list(str({ min: 1, max: 128 }), { doc: 'Tag keys to remove' }) }, ['KeyId', 'TagKeys']),
  async run(ctx, input) {
    assertCustomerManaged(ctx, 'kms:UntagResource');
    ctx.key.tags = ctx.key.tags.filter((t) => !input.TagKeys.includes(t.TagKey));
    return {};
  },
});
