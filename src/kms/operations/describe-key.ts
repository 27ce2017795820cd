/**
 * DescribeKey: https://docs.aws.amazon.com/kms/latest/APIReference/API_DescribeKey.html
 * Works in every key state. A predefined AWS alias with no key yet creates the AWS managed key.
 */
import { struct } from '@/core';
import { defineKmsOperation } from '@/kms/context';
import { keyMetadata } from '@/kms/model/key-metadata';
import { grantTokensShape, keyIdShape } from './common-shapes';

export const describeKey = defineKmsOperation<{ KeyId: string }, { KeyMetadata: ReturnType<typeof keyMetadata> }>({
  name: 'DescribeKey',
  action: 'kms:DescribeKey',
  summary: 'Shows the metadata of a KMS key (state, origin, dates, key spec).',
  key: { member: 'KeyId', forms: 'any' },
  input: struct({ KeyId: keyIdShape, GrantTokens: grantTokensShape }, ['KeyId']),
  async run(ctx) {
    return { KeyMetadata: keyMetadata(ctx.key) };
  },
});
