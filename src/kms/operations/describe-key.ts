/**
 * DescribeKey: https://docs.aws.amazon.com/kms/latest/APIReference/API_DescribeKey.html
 * Works in every key state. A predefined AWS alias with no key yet creates the AWS managed key.
 */
import { struct } from '@/core';
import { defineKmsOperation, type OneKey } from '@/kms/context';
import { keyNamedBy } from '@/kms/model/key-resource';
import { KEY_STATES } from '@/kms/model/key-states';
import { keyMetadata } from '@/kms/model/key-metadata';
import { grantTokensShape, keyIdShape } from './common-shapes';

export const describeKey = defineKmsOperation<{ KeyId: string }, { KeyMetadata: ReturnType<typeof keyMetadata> }, OneKey>({
  name: 'DescribeKey',
  action: 'kms:DescribeKey',
  readOnly: true,
  summary: 'Shows the metadata of a KMS key (state, origin, dates, key spec).',
  resources: { key: keyNamedBy('KeyId', { forms: 'any', states: KEY_STATES.any }) },
  input: struct({ KeyId: keyIdShape, GrantTokens: grantTokensShape }, ['KeyId']),
  async run(ctx, input, { key }) {
    return { KeyMetadata: keyMetadata(key) };
  },
});
