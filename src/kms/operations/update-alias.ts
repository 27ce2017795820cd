/**
 * UpdateAlias: https://docs.aws.amazon.com/kms/latest/APIReference/API_UpdateAlias.html
 * Points an existing alias at another customer managed key (the name cannot change). Needs
 * kms:UpdateAlias on the alias (IAM policy), on the current key and on the new key (key
 * policies). The current key may be pending deletion; the new one may not. Both keys must
 * have the same key usage. Pointing the alias at the key it already names changes nothing.
 */
import { AwsError, struct } from '@/core';
import { defineKmsOperation } from '@/kms/context';
import { aliasNameShape, authorizeOnAlias, checkAliasPrefix, checkAliasQuota, findAlias } from '@/kms/model/alias-rules';
import { assertCustomerManaged } from '@/kms/model/aws-managed-guard';
import { checkKeyState } from '@/kms/model/key-states';
import { keyIdOrArnShape } from './common-shapes';

interface Input {
  AliasName: string;
  TargetKeyId: string;
}

export const updateAlias = defineKmsOperation<Input, object>({
  name: 'UpdateAlias',
  action: 'kms:UpdateAlias',
  summary: 'Points an existing alias at a different customer managed key.',
  selfAuthorizing: true,
  input: struct({ AliasName: aliasNameShape, TargetKeyId: keyIdOrArnShape }, ['AliasName', 'TargetKeyId']),
  async run(ctx, input) {
    checkAliasPrefix(input.AliasName);
    const alias = findAlias(ctx, input.AliasName);
    const key = await ctx.resolveKey(input.TargetKeyId, 'id-or-arn');
    authorizeOnAlias(ctx, 'kms:UpdateAlias', input.AliasName);
    const current = ctx.state.keys[alias.targetKeyId];
    if (current) {
      if (!ctx.resources.includes(current.arn)) ctx.resources.push(current.arn);
      ctx.authorize('kms:UpdateAlias', current);
    }
    ctx.authorize('kms:UpdateAlias', key);
    assertCustomerManaged(ctx, 'kms:UpdateAlias', key);
    checkKeyState('UpdateAlias', key);
    if (current && current.keyUsage !== key.keyUsage) {
      throw new AwsError(
        'ValidationException',
        `Alias ${input.AliasName} cannot be changed from a CMK with key usage ${current.keyUsage} to a CMK with key usage ${key.keyUsage}. The key usage of the current CMK and the new CMK must be the same.`,
      );
    }
    if (alias.targetKeyId === key.keyId) return {};
    checkAliasQuota(ctx, key);
    alias.targetKeyId = key.keyId;
    alias.lastUpdatedMs = ctx.env.clock.nowMs();
    return {};
  },
});
