/**
 * TagResource: https://docs.aws.amazon.com/kms/latest/APIReference/API_TagResource.html
 * Adds tags to a customer managed key; a tag key that exists gets the new value. The rules
 * (at most 50 tags, no `aws:` prefix, no duplicate keys in one request) are CreateKey's
 * (model/tags.ts). Allowed when Enabled, Disabled or PendingImport. AWS managed keys cannot
 * be tagged.
 */
import { struct } from '@/core';
import { defineKmsOperation } from '@/kms/context';
import { assertCustomerManaged } from '@/kms/model/aws-managed-guard';
import type { Tag } from '@/kms/model/key';
import { mergeTags } from '@/kms/model/tags';
import { keyIdOrArnShape, tagsShape } from './common-shapes';

export const tagResource = defineKmsOperation<{ KeyId: string; Tags: Tag[] }, object>({
  name: 'TagResource',
  action: 'kms:TagResource',
  summary: 'Adds or overwrites tags on a customer managed key.',
  key: { member: 'KeyId', forms: 'id-or-arn' },
  input: struct({ KeyId: keyIdOrArnShape, Tags: tagsShape }, ['KeyId', 'Tags']),
  async run(ctx, input) {
    assertCustomerManaged(ctx, 'kms:TagResource');
    ctx.key.tags = mergeTags(ctx.key.tags, input.Tags);
    return {};
  },
});
