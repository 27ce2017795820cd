/**
 * Alias rules shared by CreateAlias, UpdateAlias and DeleteAlias (docs/aws-behaviour.md,
 * "Aliases"), stated once: the `alias/` prefix, the reserved `alias/aws/`
 * prefix, the colon the schema's regex lets through, the quota of 50 aliases per key, and the
 * alias as a resource of its own (an IAM-only resource: "kms:CreateAlias on the alias (IAM
 * policy)"), authorized on top of the key policy check on the key.
 * https://docs.aws.amazon.com/kms/latest/developerguide/alias-access.html
 */
import { AwsError, aliasArn, own, str, type ResourceStep } from '@/core';
import type { KmsContext } from '@/kms/context';
import type { AliasRecord, KmsKey } from './key';

export const ALIASES_PER_KEY = 50;
/** The longest AliasName, `alias/` included. */
export const ALIAS_NAME_MAX = 256;
/** The model's constraints on AliasName (a colon passes the regex; checkNewAliasName rejects it). */
export const aliasNameShape = str({ min: 1, max: ALIAS_NAME_MAX, pattern: '^[a-zA-Z0-9:/_-]+$', doc: 'Alias name, beginning with alias/' });
export const ALIAS_GUIDE_URL = 'https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html';

/** Prefix and reserved-name rules, for every alias operation. */
export function checkAliasPrefix(aliasName: string): void {
  if (!aliasName.startsWith('alias/')) {
    throw new AwsError('ValidationException', `Alias must start with the prefix "alias/". Please see ${ALIAS_GUIDE_URL}`);
  }
  // AWS answers with the bare error type and no message at all.
  if (aliasName.startsWith('alias/aws/')) throw new AwsError('NotAuthorizedException');
}

/** The rules for a name being created: the prefixes, then the colon (valid for the schema, not for KMS). */
export function checkNewAliasName(aliasName: string): void {
  checkAliasPrefix(aliasName);
  if (aliasName.includes(':')) throw new AwsError('ValidationException', `${aliasName} contains invalid characters for an alias`);
}

/** The alias record, or AWS's NotFoundException naming the alias ARN. */
export function findAlias(ctx: KmsContext, aliasName: string): AliasRecord {
  const alias = own(ctx.state.aliases, aliasName);
  if (!alias) throw new AwsError('NotFoundException', `Alias ${aliasArn(ctx.region, aliasName)} is not found.`);
  return alias;
}

/**
 * The alias named by AliasName, authorized on its ARN by IAM policies alone (no key policy covers
 * aliases). `existing`: the alias must exist (NotFoundException otherwise); else it is being created.
 */
export function aliasNamedBy<I extends { AliasName: string }>(o: { existing: boolean }): ResourceStep<KmsContext, I, AliasRecord | undefined> {
  return {
    resolve: (ctx, input) => ({
      arn: aliasArn(ctx.region, input.AliasName),
      value: o.existing ? findAlias(ctx, input.AliasName) : undefined,
    }),
  };
}

/** The key an existing alias names now (recorded for the trail), if it still exists. */
export function currentTarget(ctx: KmsContext, aliasName: string): KmsKey | undefined {
  const alias = own(ctx.state.aliases, aliasName);
  const key = alias && own(ctx.state.keys, alias.targetKeyId);
  if (key && !ctx.resources.includes(key.arn)) ctx.resources.push(key.arn);
  return key;
}

/** LimitExceededException once a key has 50 aliases, worded as AWS's quota message. */
export function checkAliasQuota(ctx: KmsContext, key: KmsKey): void {
  const usage = Object.values(ctx.state.aliases).filter((a) => a.targetKeyId === key.keyId).length;
  if (usage >= ALIASES_PER_KEY) {
    throw new AwsError('LimitExceededException', `Aliases per key quota for this account in this region is ${ALIASES_PER_KEY}, current usage is ${usage}.`);
  }
}
