/**
 * RevokeGrant: https://docs.aws.amazon.com/kms/latest/APIReference/API_RevokeGrant.html
 * Deletes a grant of a key (key ID or key ARN) by its grant ID, so it allows nothing more.
 * Unlike RetireGrant, it is authorized like most operations: kms:RevokeGrant on the key, from the
 * key policy (key administrators have it) or IAM policies it lets apply. Works in every key state.
 * A grant ID the key does not have is InvalidGrantIdException.
 * Simplified: AWS takes up to about five minutes for a revoked grant to stop working everywhere
 * (eventual consistency); in the lab it stops at once.
 */
import { AwsError, dryRunError, type OperationBody } from '@/core';
import type { KmsContext, OneKey } from '@/kms/context';
import { grantsOf } from '@/kms/model/grants';

export interface RevokeGrantInput {
  KeyId: string;
  GrantId: string;
  DryRun?: boolean;
}

/** Its head and resources are in grant-rows.ts (the registry's row). */
export const revokeGrant: OperationBody<KmsContext, RevokeGrantInput, object, OneKey> = {
  async run(_ctx, input, { key }) {
    const at = (key.grants ?? []).findIndex((g) => g.grantId === input.GrantId);
    if (at < 0) throw new AwsError('InvalidGrantIdException', `Grant ID ${input.GrantId} is not a grant of ${key.arn}.`);
    if (input.DryRun) throw dryRunError();
    grantsOf(key).splice(at, 1);
    return {};
  },
};
