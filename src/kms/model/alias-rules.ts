/**
 * Alias rules shared by CreateAlias, UpdateAlias and DeleteAlias (kms-api-fidelity.md
 * sections 2.5-2.7 and 3.2), stated once: the `alias/` prefix, the reserved `alias/aws/`
 * prefix, the colon the schema's regex lets through, the quota of 50 aliases per key, and
 * authorization on the alias itself (an IAM-only resource: "kms:CreateAlias on the alias
 * (IAM policy)"), which comes on top of the key policy check on the key.
 * https://docs.aws.amazon.com/kms/latest/developerguide/alias-access.html
 */
import { AwsError, aliasArn, str } from '@/core';
import { evaluate } from '@/iam/evaluate';
import type { KmsContext } from '@/kms/context';
import { AccessDenied } from '@/kms/pipeline';
import type { AliasRecord, KmsKey } from './key';

export const ALIASES_PER_KEY = 50;
/** The model's constraints on AliasName (a colon passes the regex; checkNewAliasName rejects it). */
export const aliasNameShape = str({ min: 1, max: 256, pattern: '^[a-zA-Z0-9:/_-]+$', doc: 'Alias name, beginning with alias/' });
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
  const alias = ctx.state.aliases[aliasName];
  if (!alias) throw new AwsError('NotFoundException', `Alias ${aliasArn(ctx.region, aliasName)} is not found.`);
  return alias;
}

/** IAM permission on the alias ARN (aliases are not covered by any key policy). */
export function authorizeOnAlias(ctx: KmsContext, action: string, aliasName: string): void {
  const decision = evaluate(ctx.env.iam, {
    principal: ctx.caller,
    action,
    resource: aliasArn(ctx.region, aliasName),
    context: { 'kms:CallerAccount': ctx.caller.accountId },
  });
  if (!decision.allowed) throw new AccessDenied(decision.message, decision);
}

/** LimitExceededException once a key has 50 aliases, worded as AWS's quota message. */
export function checkAliasQuota(ctx: KmsContext, key: KmsKey): void {
  const usage = Object.values(ctx.state.aliases).filter((a) => a.targetKeyId === key.keyId).length;
  if (usage >= ALIASES_PER_KEY) {
    throw new AwsError('LimitExceededException', `Aliases per key quota for this account in this region is ${ALIASES_PER_KEY}, current usage is ${usage}.`);
  }
}
