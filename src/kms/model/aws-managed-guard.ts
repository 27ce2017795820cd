/**
 * AWS managed keys (KeyManager AWS) cannot be changed by anyone in the account: not their
 * policy, description, tags, enablement, rotation or deletion, and no alias of yours may point
 * to them (kms-api-fidelity.md section 8). The one place that states this rule.
 *
 * AWS has no special error for it: their key policy (written and kept by AWS) grants the
 * account only kms:Describe*, kms:Get*, kms:List* and kms:RevokeGrant, so every change is an
 * AccessDeniedException "... because no resource-based policy allows the <action> action"
 * (the API reference: "You don't have permission to associate an alias with an AWS managed
 * key"; field reports show the same wording for AWS managed keys). The pipeline's policy check
 * normally answers first; this guard keeps the rule true whatever the policy text says, with
 * the same wording, produced by the IAM evaluator against a policy that allows nothing.
 */
import { evaluate } from '@/iam/evaluate';
import type { KmsContext } from '@/kms/context';
import { AccessDenied } from '@/kms/pipeline';
import type { KmsKey } from './key';

export const isAwsManaged = (key: KmsKey) => key.keyManager === 'AWS';

/** Throws AccessDeniedException when `action` would change an AWS managed key. */
export function assertCustomerManaged(ctx: KmsContext, action: string, key: KmsKey = ctx.key): void {
  if (!isAwsManaged(key)) return;
  const decision = evaluate(ctx.env.iam, {
    principal: ctx.caller,
    action,
    resource: key.arn,
    resourcePolicy: { document: { statements: [] }, label: 'Key policy of an AWS managed key (changes are reserved to AWS)' },
    context: { 'kms:CallerAccount': ctx.caller.accountId },
  });
  throw new AccessDenied(decision.message, decision);
}
