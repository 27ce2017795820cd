/**
 * DeleteAlias: https://docs.aws.amazon.com/kms/latest/APIReference/API_DeleteAlias.html
 * Deletes an alias; the key it names is not affected, whatever its state. Needs
 * kms:DeleteAlias on the alias (IAM policy) and on the key (key policy).
 * Aliases of AWS managed keys (alias/aws/...) cannot be deleted.
 */
import { struct } from '@/core';
import { defineKmsOperation } from '@/kms/context';
import { aliasNamedBy, aliasNameShape, checkAliasPrefix, currentTarget } from '@/kms/model/alias-rules';
import type { KmsKey } from '@/kms/model/key';
import { keyStep } from '@/kms/model/key-resource';
import { KEY_STATES } from '@/kms/model/key-states';

interface Input {
  AliasName: string;
}

export const deleteAlias = defineKmsOperation<Input, object, { alias: unknown; key: KmsKey | undefined }>({
  name: 'DeleteAlias',
  action: 'kms:DeleteAlias',
  summary: 'Deletes an alias (the key it names is not affected).',
  input: struct({ AliasName: aliasNameShape }, ['AliasName']),
  check: (input) => checkAliasPrefix(input.AliasName),
  // The alias is authorized by IAM policies, the key it names by its key policy.
  resources: {
    alias: aliasNamedBy<Input>({ existing: true }),
    key: keyStep<Input>((ctx, input) => currentTarget(ctx, input.AliasName), { states: KEY_STATES.any, changes: true }),
  },
  async run(ctx, input) {
    delete ctx.state.aliases[input.AliasName];
    return {};
  },
});
