/**
 * UntagResource: https://docs.aws.amazon.com/kms/latest/APIReference/API_UntagResource.html
 * Removes tags from a customer managed key by tag key; keys that are not there are ignored.
 * Allowed when Enabled, Disabled or PendingImport. AWS managed keys cannot be untagged.
 */
import { list, str, struct } from '@/core';
import { defineKmsOperation, type OneKey } from '@/kms/context';
import { keyNamedBy } from '@/kms/model/key-resource';
import { KEY_STATES } from '@/kms/model/key-states';
import { keyIdOrArnShape } from './common-shapes';

export const untagResource = defineKmsOperation<{ KeyId: string; TagKeys: string[] }, object, OneKey>({
  name: 'UntagResource',
  action: 'kms:UntagResource',
  summary: 'Removes tags from a customer managed key.',
  resources: { key: keyNamedBy('KeyId', { forms: 'id-or-arn', states: KEY_STATES.manage, changes: true }) },
  input: struct({ KeyId: keyIdOrArnShape, TagKeys: list(str({ min: 1, max: 128 }), { doc: 'Tag keys to remove' }) }, ['KeyId', 'TagKeys']),
  async run(ctx, input, { key }) {
    key.tags = key.tags.filter((t) => !input.TagKeys.includes(t.TagKey));
    return {};
  },
});
