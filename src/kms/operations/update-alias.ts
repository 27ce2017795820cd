/**
 * UpdateAlias: https://docs.aws.amazon.com/kms/latest/APIReference/API_UpdateAlias.html
 * Points an existing alias at another customer managed key (the name cannot change). Needs
 * kms:UpdateAlias on the alias (IAM policy), on the current key and on the new key (key
 * policies). The current key may be pending deletion; the new one may not. Both keys must
 * have the same key usage. Pointing the alias at the key it already names changes nothing.
 */
import { AwsError, struct } from '@/core';
import { defineKmsOperation } from '@/kms/context';
import { aliasNamedBy, aliasNameShape, checkAliasPrefix, checkAliasQuota, currentTarget } from '@/kms/model/alias-rules';
import type { AliasRecord, KmsKey } from '@/kms/model/key';
import { keyNamedBy, keyStep } from '@/kms/model/key-resource';
import { KEY_STATES } from '@/kms/model/key-states';
import { keyIdOrArnShape } from './common-shapes';

interface Input {
  AliasName: string;
  TargetKeyId: string;
}

export const updateAlias = defineKmsOperation<Input, object, { alias: AliasRecord | undefined; current: KmsKey | undefined; key: KmsKey }>({
  name: 'UpdateAlias',
  action: 'kms:UpdateAlias',
  summary: 'Points an existing alias at a different customer managed key.',
  input: struct({ AliasName: aliasNameShape, TargetKeyId: keyIdOrArnShape }, ['AliasName', 'TargetKeyId']),
  check: (input) => checkAliasPrefix(input.AliasName),
  // Three resources are authorized: the alias by IAM policies, the key it names now and the new key by their key policies.
  resources: {
    alias: aliasNamedBy<Input>({ existing: true }),
    current: keyStep<Input>((ctx, input) => currentTarget(ctx, input.AliasName), { states: KEY_STATES.any }),
    key: keyNamedBy<Input>('TargetKeyId', { forms: 'id-or-arn', states: KEY_STATES.manage, changes: true }),
  },
  async run(ctx, input, { alias: found, current, key }) {
    const alias = found!;
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
