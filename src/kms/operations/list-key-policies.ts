/**
 * ListKeyPolicies: https://docs.aws.amazon.com/kms/latest/APIReference/API_ListKeyPolicies.html
 * The names of a key's policies: always ["default"], the one policy every key has.
 * Works in every key state.
 */
import { struct } from '@/core';
import { defineKmsOperation, type OneKey } from '@/kms/context';
import { keyNamedBy } from '@/kms/model/key-resource';
import { KEY_STATES } from '@/kms/model/key-states';
import { DEFAULT_POLICY_NAME } from '@/kms/model/key-policy-name';
import { paginate } from '@/kms/model/paginate';
import { keyIdOrArnShape, limitShape, markerShape } from './common-shapes';

export const listKeyPolicies = defineKmsOperation<
  { KeyId: string; Limit?: number; Marker?: string },
  { PolicyNames: string[]; NextMarker?: string; Truncated: boolean },
  OneKey
>({
  name: 'ListKeyPolicies',
  action: 'kms:ListKeyPolicies',
  readOnly: true,
  summary: 'Lists the names of the key policies of a KMS key (always "default").',
  resources: { key: keyNamedBy('KeyId', { forms: 'id-or-arn', states: KEY_STATES.any }) },
  input: struct({ KeyId: keyIdOrArnShape, Limit: limitShape(1000), Marker: markerShape }, ['KeyId']),
  async run(_ctx, input) {
    const { page, NextMarker, Truncated } = paginate([DEFAULT_POLICY_NAME], input.Limit ?? 100, input.Marker);
    return { PolicyNames: page, NextMarker, Truncated };
  },
});
