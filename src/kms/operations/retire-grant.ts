/**
 * RetireGrant: https://docs.aws.amazon.com/kms/latest/APIReference/API_RetireGrant.html
 * Deletes a grant, named by a grant token or by the key (key ID or key ARN) and the grant ID.
 * The grant decides who may retire it (AWS's "Retiring and revoking grants"): its retiring
 * principal, its grantee when the grant allows RetireGrant, and the account that owns the key,
 * whose IAM policies may delegate kms:RetireGrant to its users and roles. kms:RetireGrant is not
 * effective in a key policy, so the key policy is not consulted; an explicit Deny of
 * kms:RetireGrant in an IAM policy still wins. Works in every key state.
 * Errors: neither a token nor a key and grant ID, ValidationException; a token CreateGrant did
 * not issue, InvalidGrantTokenException; a grant ID the key does not have, InvalidGrantIdException;
 * a token of a grant that is gone, NotFoundException.
 * Simplified: as RevokeGrant, a retired grant stops at once (no eventual consistency).
 */
import { AwsError, dryRunError, type OperationBody } from '@/core';
import type { KmsContext } from '@/kms/context';
import { grantsOf, type GrantFound } from '@/kms/model/grants';

export type { GrantFound } from '@/kms/model/grants';

export interface RetireGrantInput {
  GrantToken?: string;
  KeyId?: string;
  GrantId?: string;
  DryRun?: boolean;
}

export interface RetireGrantResources {
  grant: GrantFound;
}

/**
 * Its head and its resource (the grant, found by token or by key and grant ID by grants.ts
 * `findGrant`, authorized with the grant as the allow source) are in grant-rows.ts.
 */
export const retireGrant: OperationBody<KmsContext, RetireGrantInput, object, RetireGrantResources> = {
  check(input) {
    if (input.GrantToken === undefined && (input.KeyId === undefined || input.GrantId === undefined))
      throw new AwsError('ValidationException', 'Specify a GrantToken, or both a KeyId and a GrantId.');
  },
  async run(_ctx, input, { grant: { key, grant } }) {
    if (input.DryRun) throw dryRunError();
    const grants = grantsOf(key);
    grants.splice(grants.indexOf(grant), 1);
    return {};
  },
};
