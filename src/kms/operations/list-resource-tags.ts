/**
 * ListResourceTags: https://docs.aws.amazon.com/kms/latest/APIReference/API_ListResourceTags.html
 * The tags of a key, in the order they were added, 50 per page at most. Works in every key state.
 */
import { struct } from '@/core';
import { defineKmsOperation } from '@/kms/context';
import type { Tag } from '@/kms/model/key';
import { paginate } from '@/kms/model/paginate';
import { keyIdOrArnShape, limitShape, markerShape } from './common-shapes';

export const listResourceTags = defineKmsOperation<
  { KeyId: string; Limit?: number; Marker?: string },
  { Tags: Tag[]; NextMarker?: string; Truncated: boolean }
>({
  name: 'ListResourceTags',
  action: 'kms:ListResourceTags',
  summary: 'Lists the tags of a KMS key.',
  key: { member: 'KeyId', forms: 'id-or-arn' },
  input: struct({ KeyId: keyIdOrArnShape, Limit: limitShape(50), Marker: markerShape }, ['KeyId']),
  async run(ctx, input) {
    const tags = ctx.key.tags.map((t) => ({ TagKey: t.TagKey, TagValue: t.TagValue }));
    const { page, NextMarker, Truncated } = paginate(tags, input.Limit ?? 50, input.Marker);
    return { Tags: page, NextMarker, Truncated };
  },
});
