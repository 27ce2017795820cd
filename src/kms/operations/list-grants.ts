/**
 * ListGrants: https://docs.aws.amazon.com/kms/latest/APIReference/API_ListGrants.html
 * The grants of one key (key ID or key ARN), oldest first, in pages of `Limit` (1-100, default
 * 50), optionally only one grant (GrantId) or those of one grantee (GranteePrincipal or
 * GranteeServicePrincipal, not both). Works in every key state. Needs kms:ListGrants on the key.
 * A GrantId the key does not have is InvalidGrantIdException.
 */
import { AwsError, paginate, type OperationBody } from '@/core';
import type { KmsContext, OneKey } from '@/kms/context';
import { grantListEntry, type GrantListEntry } from '@/kms/model/grants';

export interface ListGrantsInput {
  Limit?: number;
  Marker?: string;
  KeyId: string;
  GrantId?: string;
  GranteePrincipal?: string;
  GranteeServicePrincipal?: string;
}

export type ListGrantsOutput = { Grants: GrantListEntry[]; NextMarker?: string; Truncated: boolean };

/** Its head and resources are in grant-rows.ts (the registry's row). */
export const listGrants: OperationBody<KmsContext, ListGrantsInput, ListGrantsOutput, OneKey> = {
  check(input) {
    if (input.GranteePrincipal !== undefined && input.GranteeServicePrincipal !== undefined)
      throw new AwsError('ValidationException', 'Specify either GranteePrincipal or GranteeServicePrincipal, but not both.');
  },
  async run(_ctx, input, { key }) {
    const grants = key.grants ?? [];
    if (input.GrantId !== undefined && !grants.some((g) => g.grantId === input.GrantId))
      throw new AwsError('InvalidGrantIdException', `Grant ID ${input.GrantId} is not a grant of ${key.arn}.`);
    const entries = grants
      .filter((g) => input.GrantId === undefined || g.grantId === input.GrantId)
      .filter((g) => input.GranteePrincipal === undefined || g.granteePrincipal === input.GranteePrincipal)
      .filter((g) => input.GranteeServicePrincipal === undefined || g.granteeServicePrincipal === input.GranteeServicePrincipal)
      .map((g) => grantListEntry(key, g));
    const { page, NextMarker, Truncated } = paginate(entries, input.Limit ?? 50, input.Marker);
    return { Grants: page, NextMarker, Truncated };
  },
};
