/**
 * TagResource: https://docs.aws.amazon.com/kms/latest/APIReference/API_TagResource.html
 * Adds tags to a customer managed key; a tag key that exists gets the new value. The rules
 * (at most 50 tags, no `aws:` prefix, no duplicate keys in one request) are CreateKey's
 * (model/tags.ts). Allowed when Enabled, Disabled or PendingImport. AWS managed keys cannot
 * be tagged.
 */
import { struct } from '@/core';
import { defineKmsOperation, type OneKey } from '@/kms/context';
import { keyNamedBy } from '@/kms/model/key-resource';
import { KEY_STATES } from '@/kms/model/key-states';
import type { Tag } from '@/kms/model/key';
import { mergeTags } from '@/kms/model/tags';
import { keyIdOrArnShape, tagsShape } from './common-shapes';

export const tagResource = defineKmsOperation<{ KeyId: string; Tags: Tag[] }, object, OneKey>({
  name: 'TagResource',
  action: 'kms:TagResource',
  summary: 'Adds or overwrites tags on a customer managed key.',
  resources: { key: keyNamedBy('KeyId', { forms: 'id-or-arn', states: KEY_STATES.manage, changes: true }) },
  input: struct({ KeyId: keyIdOrArnShape, Tags: tagsShape }, ['KeyId', 'Tags']),
  async run(ctx, input, { key }) {
    key.tags = mergeTags(key.tags, input.Tags);
    return {};
  },
});
