/**
 * CreateAlias: https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateAlias.html
 * Gives a customer managed key a friendly name `alias/<name>`, unique in the account and
 * Region. Needs kms:CreateAlias on the alias (IAM policy) and on the key (key policy).
 * The target may be Enabled, Disabled or PendingImport, not PendingDeletion; a key takes at
 * most 50 aliases. Aliases cannot target aliases: TargetKeyId is a key ID or key ARN only.
 * Simplified: the account-wide alias quota is not enforced.
 */
import { AwsError, aliasArn, own, struct } from '@/core';
import { defineKmsOperation } from '@/kms/context';
import { aliasNamedBy, aliasNameShape, checkAliasQuota, checkNewAliasName } from '@/kms/model/alias-rules';
import type { KmsKey } from '@/kms/model/key';
import { keyNamedBy } from '@/kms/model/key-resource';
import { KEY_STATES } from '@/kms/model/key-states';
import { keyIdOrArnShape } from './common-shapes';

interface Input {
  AliasName: string;
  TargetKeyId: string;
}

export const createAlias = defineKmsOperation<Input, object, { alias: unknown; key: KmsKey }>({
  name: 'CreateAlias',
  action: 'kms:CreateAlias',
  summary: 'Creates a friendly name (alias/...) for a customer managed key.',
  input: struct({ AliasName: aliasNameShape, TargetKeyId: keyIdOrArnShape }, ['AliasName', 'TargetKeyId']),
  check: (input) => checkNewAliasName(input.AliasName),
  // Two resources are authorized: the alias by IAM policies, the key by its key policy.
  resources: {
    alias: aliasNamedBy<Input>({ existing: false }),
    key: keyNamedBy<Input>('TargetKeyId', { forms: 'id-or-arn', states: KEY_STATES.manage, changes: true }),
  },
  async run(ctx, input, { key }) {
    if (own(ctx.state.aliases, input.AliasName)) {
      throw new AwsError('AlreadyExistsException', `An alias with the name ${aliasArn(ctx.region, input.AliasName)} already exists`);
    }
    checkAliasQuota(ctx, key);
    const now = ctx.env.clock.nowMs();
    ctx.state.aliases[input.AliasName] = { aliasName: input.AliasName, targetKeyId: key.keyId, creationMs: now, lastUpdatedMs: now };
    return {};
  },
});
