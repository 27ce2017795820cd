/**
 * ListGrants: https://docs.aws.amazon.com/kms/latest/APIReference/API_ListGrants.html
 * The grants of one key (key ID or key ARN), oldest first, in pages of `Limit` (1-100, default
 * 50), optionally only one grant (GrantId) or those of one grantee (GranteePrincipal or
 * GranteeServicePrincipal, not both). Works in every key state. Needs kms:ListGrants on the key.
 * A GrantId the key does not have is InvalidGrantIdException.
 */
import { AwsError, struct } from '@/core';
import { defineKmsOperation, type OneKey } from '@/kms/context';
import { grantListEntry, type GrantListEntry } from '@/kms/model/grants';
import { keyNamedBy } from '@/kms/model/key-resource';
import { KEY_STATES } from '@/kms/model/key-states';
import { paginate } from '@/kms/model/paginate';
import { grantIdShape, keyIdOrArnShape, limitShape, markerShape, principalShape, servicePrincipalShape } from './common-shapes';

interface Input {
  Limit?: number;
  Marker?: string;
  KeyId: string;
  GrantId?: string;
  GranteePrincipal?: string;
  GranteeServicePrincipal?: string;
}

export const listGrants = defineKmsOperation<Input, { Grants: GrantListEntry[]; NextMarker?: string; Truncated: boolean }, OneKey>({
  name: 'ListGrants',
  action: 'kms:ListGrants',
  readOnly: true,
  summary: 'Lists the grants of a KMS key.',
  input: struct(
    {
      Limit: limitShape(100),
      Marker: markerShape,
      KeyId: keyIdOrArnShape,
      GrantId: grantIdShape,
      GranteePrincipal: principalShape('Only the grants of this grantee principal'),
      GranteeServicePrincipal: servicePrincipalShape('Only the grants of this grantee service principal'),
    },
    ['KeyId'],
  ),
  check(input) {
    if (input.GranteePrincipal !== undefined && input.GranteeServicePrincipal !== undefined)
      throw new AwsError('ValidationException', 'Specify either GranteePrincipal or GranteeServicePrincipal, but not both.');
  },
  resources: { key: keyNamedBy<Input>('KeyId', { forms: 'id-or-arn', states: KEY_STATES.any }) },
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
});
