/**
 * DeleteAlias: https://docs.aws.amazon.com/kms/latest/APIReference/API_DeleteAlias.html
 * Deletes an alias; the key it names is not affected, whatever its state. Needs
 * kms:DeleteAlias on the alias (IAM policy) and on the key (key policy).
 * Aliases of AWS managed keys (alias/aws/...) cannot be deleted.
 */
import { struct } from '@/core';
import { defineKmsOperation } from '@/kms/context';
import { aliasNameShape, authorizeOnAlias, checkAliasPrefix, findAlias } from '@/kms/model/alias-rules';
import { assertCustomerManaged } from '@/kms/model/aws-managed-guard';
import { checkKeyState } from '@/kms/model/key-states';

export const deleteAlias = defineKmsOperation<{ AliasName: string }, object>({
  name: 'DeleteAlias',
  action: 'kms:DeleteAlias',
  summary: 'Deletes an alias (the key it names is not affected).',
  selfAuthorizing: true,
  input: struct({ AliasName: aliasNameShape }, ['AliasName']),
  async run(ctx, input) {
    checkAliasPrefix(input.AliasName);
    const alias = findAlias(ctx, input.AliasName);
    authorizeOnAlias(ctx, 'kms:DeleteAlias', input.AliasName);
    const key = ctx.state.keys[alias.targetKeyId];
    if (key) {
      ctx.resources.push(key.arn);
      ctx.authorize('kms:DeleteAlias', key);
      assertCustomerManaged(ctx, 'kms:DeleteAlias', key);
      checkKeyState('DeleteAlias', key);
    }
    delete ctx.state.aliases[input.AliasName];
    return {};
  },
});
