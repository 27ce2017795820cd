/**
 * ListRetirableGrants: https://docs.aws.amazon.com/kms/latest/APIReference/API_ListRetirableGrants.html
 * The grants of every key of the account in the Region whose retiring principal (or retiring
 * service principal) is the one named, in pages of `Limit` (1-100, default 50). Name exactly one.
 * kms:ListRetirableGrants is an IAM-only permission: it is authorized on `*`, and no key policy
 * is consulted for the keys whose grants come back.
 * Simplified: the lab has one account, so the grants listed are those on its own keys.
 */
import { AwsError, paginate, type OperationBody } from '@/core';
import type { KmsContext } from '@/kms/context';
import { grantListEntry, type GrantListEntry } from '@/kms/model/grants';
import type { ListGrantsOutput } from './list-grants';

export interface ListRetirableGrantsInput {
  Limit?: number;
  Marker?: string;
  RetiringPrincipal?: string;
  RetiringServicePrincipal?: string;
}

/** Its head is in grant-rows.ts (the registry's row). */
export const listRetirableGrants: OperationBody<KmsContext, ListRetirableGrantsInput, ListGrantsOutput, Record<string, never>> = {
  check(input) {
    if ((input.RetiringPrincipal === undefined) === (input.RetiringServicePrincipal === undefined))
      throw new AwsError('ValidationException', 'Specify either RetiringPrincipal or RetiringServicePrincipal, but not both.');
  },
  async run(ctx, input) {
    const entries: GrantListEntry[] = [];
    const keys = Object.values(ctx.state.keys).sort((a, b) => a.creationMs - b.creationMs || (a.keyId < b.keyId ? -1 : 1));
    for (const key of keys) {
      for (const g of key.grants ?? []) {
        const named =
          input.RetiringPrincipal !== undefined
            ? g.retiringPrincipal === input.RetiringPrincipal
            : g.retiringServicePrincipal === input.RetiringServicePrincipal;
        if (named) entries.push(grantListEntry(key, g));
      }
    }
    const { page, NextMarker, Truncated } = paginate(entries, input.Limit ?? 50, input.Marker);
    return { Grants: page, NextMarker, Truncated };
  },
};
