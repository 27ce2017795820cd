/**
 * ListKeys: https://docs.aws.amazon.com/kms/latest/APIReference/API_ListKeys.html
 * Every key of the account in the Region, AWS managed and pending deletion included, oldest first.
 */
import { struct } from '@/core';
import { defineKmsOperation } from '@/kms/context';
import { paginate } from '@/kms/model/paginate';
import { limitShape, markerShape } from './common-shapes';

export const listKeys = defineKmsOperation<
  { Limit?: number; Marker?: string },
  { Keys: { KeyId: string; KeyArn: string }[]; NextMarker?: string; Truncated: boolean }
>({
  name: 'ListKeys',
  action: 'kms:ListKeys',
  readOnly: true,
  summary: 'Lists the KMS keys of the account in the current Region.',
  input: struct({ Limit: limitShape(1000), Marker: markerShape }),
  async run(ctx, input) {
    const keys = Object.values(ctx.state.keys)
      .sort((a, b) => a.creationMs - b.creationMs)
      .map((k) => ({ KeyId: k.keyId, KeyArn: k.arn }));
    const { page, NextMarker, Truncated } = paginate(keys, input.Limit ?? 100, input.Marker);
    return { Keys: page, NextMarker, Truncated };
  },
});
