/**
 * ListResourceTags: https://docs.aws.amazon.com/kms/latest/APIReference/API_ListResourceTags.html
 * The tags of a key, in the order they were added, 50 per page at most. Works in every key state.
 */
import { struct } from '@/core';
import { defineKmsOperation, type OneKey } from '@/kms/context';
import { keyNamedBy } from '@/kms/model/key-resource';
import { KEY_STATES } from '@/kms/model/key-states';
import type { Tag } from '@/kms/model/key';
import { paginate } from '@/kms/model/paginate';
import { keyIdOrArnShape, limitShape, markerShape } from './common-shapes';

export const listResourceTags = defineKmsOperation<
  { KeyId: string; Limit?: number; Marker?: string },
  { Tags: Tag[]; NextMarker?: string; Truncated: boolean },
  OneKey
>({
  name: 'ListResourceTags',
  action: 'kms:ListResourceTags',
  readOnly: true,
  summary: 'Lists the tags of a KMS key.',
  resources: { key: keyNamedBy('KeyId', { forms: 'id-or-arn', states: KEY_STATES.any }) },
  input: struct({ KeyId: keyIdOrArnShape, Limit: limitShape(50), Marker: markerShape }, ['KeyId']),
  async run(ctx, input, { key }) {
    const tags = key.tags.map((t) => ({ TagKey: t.TagKey, TagValue: t.TagValue }));
    const { page, NextMarker, Truncated } = paginate(tags, input.Limit ?? 50, input.Marker);
    return { Tags: page, NextMarker, Truncated };
  },
});
