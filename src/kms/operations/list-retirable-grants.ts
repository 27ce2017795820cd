/**
 * ListRetirableGrants: https://docs.aws.amazon.com/kms/latest/APIReference/API_ListRetirableGrants.html
 * The grants of every key of the account in the Region whose retiring principal (or retiring
 * service principal) is the one named, in pages of `Limit` (1-100, default 50). Name exactly one.
 * kms:ListRetirableGrants is an IAM-only permission: it is authorized on `*`, and no key policy
 * is consulted for the keys whose grants come back.
 * Simplified: the lab has one account, so the grants listed are those on its own keys.
 */
import { AwsError, struct } from '@/core';
import { defineKmsOperation } from '@/kms/context';
import { grantListEntry, type GrantListEntry } from '@/kms/model/grants';
import { paginate } from '@/kms/model/paginate';
import { limitShape, markerShape, principalShape, servicePrincipalShape } from './common-shapes';

interface Input {
  Limit?: number;
  Marker?: string;
  RetiringPrincipal?: string;
  RetiringServicePrincipal?: string;
}

export const listRetirableGrants = defineKmsOperation<Input, { Grants: GrantListEntry[]; NextMarker?: string; Truncated: boolean }>({
  name: 'ListRetirableGrants',
  action: 'kms:ListRetirableGrants',
  readOnly: true,
  summary: 'Lists the grants that a principal may retire.',
  input: struct({
    Limit: limitShape(100),
    Marker: markerShape,
    RetiringPrincipal: principalShape('The retiring principal (ARN)'),
    RetiringServicePrincipal: servicePrincipalShape('The retiring service principal'),
  }),
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
});
