/**
 * The grant operations as the registry holds them: lazy rows (core/operation.ts `lazyOperation`).
 * Each row holds the operation's head (name, IAM action, summary, input shape, which the CLI,
 * help, the wire and validation read at once) and the resources it acts on; its input rules and
 * run function are in its own file (create-grant.ts ...), and the five files load together
 * (grant-ops.ts) on the first call of any of them. Grant code is then not part of the first
 * screen (README "Budgets").
 */
import { lazyOperation, list, map, str, struct, type ResourceStep } from '@/core';
import type { KmsContext, OneKey } from '@/kms/context';
import { loadGrantRules } from '@/kms/model/grant-check';
import { keyNamedBy } from '@/kms/model/key-resource';
import { checkKeyState, KEY_STATES } from '@/kms/model/key-states';
import type { CreateGrantInput, CreateGrantOutput } from './create-grant';
import type { ListGrantsInput, ListGrantsOutput } from './list-grants';
import type { ListRetirableGrantsInput } from './list-retirable-grants';
import type { GrantFound, RetireGrantInput, RetireGrantResources } from './retire-grant';
import type { RevokeGrantInput } from './revoke-grant';
import { GRANT_OPERATIONS } from '@/kms/model/grant-operations';
import {
  dryRunShape,
  grantIdShape,
  grantTokenShape,
  grantTokensShape,
  keyIdOrArnShape,
  limitShape,
  markerShape,
  principalShape,
  servicePrincipalShape,
} from './common-shapes';

const contextMapShape = map(str(), str(), { doc: 'Encryption context pairs' });
const constraintsShape = struct(
  {
    EncryptionContextSubset: contextMapShape,
    EncryptionContextEquals: contextMapShape,
    SourceArn: str({ min: 20, max: 512, pattern: '^arn:aws[a-z0-9-]*:[a-z0-9-]+:[a-z0-9-]*:[0-9]{12}:.+$' }),
  },
  [],
  'EncryptionContextEquals={k=v}, EncryptionContextSubset={k=v} or SourceArn=arn',
);

const createGrantHead = {
  name: 'CreateGrant',
  action: 'kms:CreateGrant',
  summary: 'Adds a grant to a KMS key: a principal may use the key in the operations it lists.',
  input: struct(
    {
      KeyId: keyIdOrArnShape,
      GranteePrincipal: principalShape('The principal (ARN) that gets the permissions'),
      RetiringPrincipal: principalShape('The principal (ARN) that may retire the grant'),
      Operations: list(str({ enum: GRANT_OPERATIONS }), { doc: 'Grant operations: Encrypt, Decrypt, GenerateDataKey ...' }),
      Constraints: constraintsShape,
      GrantTokens: grantTokensShape,
      Name: str({ min: 1, max: 256, pattern: '^[a-zA-Z0-9:/_-]+$', doc: 'A name that makes retries return the same grant' }),
      DryRun: dryRunShape,
      GranteeServicePrincipal: servicePrincipalShape('The AWS service principal that gets the permissions'),
      RetiringServicePrincipal: servicePrincipalShape('The AWS service principal that may retire the grant'),
    },
    ['KeyId', 'Operations'],
  ),
  // The token is not recorded: CloudTrail's CreateGrant events carry the grant ID only.
  sensitiveOutput: ['GrantToken'],
} as const;

const listGrantsHead = {
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
} as const;

const listRetirableGrantsHead = {
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
} as const;

const retireGrantHead = {
  name: 'RetireGrant',
  action: 'kms:RetireGrant',
  summary: 'Deletes a grant: by its retiring principal, its grantee (if allowed) or the account.',
  input: struct({ GrantToken: grantTokenShape, KeyId: keyIdOrArnShape, GrantId: grantIdShape, DryRun: dryRunShape }),
} as const;

const revokeGrantHead = {
  name: 'RevokeGrant',
  action: 'kms:RevokeGrant',
  summary: 'Deletes a grant of a KMS key (key administrators revoke grants).',
  input: struct({ KeyId: keyIdOrArnShape, GrantId: grantIdShape, DryRun: dryRunShape }, ['KeyId', 'GrantId']),
} as const;

/** RetireGrant's resource: the grant (by token, or by key and grant ID), with no key policy; the grant itself is the allow source. */
const grantStep: ResourceStep<KmsContext, RetireGrantInput, GrantFound> = {
  async resolve(ctx, input) {
    const rules = await loadGrantRules();
    const found = await rules.findGrant(ctx, input);
    return { arn: found.key.arn, value: found, allowSources: () => [rules.retireAllowSource(found.key, found.grant)] };
  },
  state: ({ key }) => checkKeyState(KEY_STATES.any, key),
};

const ops = () => import('./grant-ops');

export const createGrantRow = lazyOperation<KmsContext, CreateGrantInput, CreateGrantOutput, OneKey>(
  {
    ...createGrantHead,
    resources: { key: keyNamedBy<CreateGrantInput>('KeyId', { forms: 'id-or-arn', states: KEY_STATES.createGrant }) },
  },
  () => ops().then((m) => m.createGrant),
);
export const listGrantsRow = lazyOperation<KmsContext, ListGrantsInput, ListGrantsOutput, OneKey>(
  { ...listGrantsHead, resources: { key: keyNamedBy<ListGrantsInput>('KeyId', { forms: 'id-or-arn', states: KEY_STATES.any }) } },
  () => ops().then((m) => m.listGrants),
);
export const listRetirableGrantsRow = lazyOperation<KmsContext, ListRetirableGrantsInput, ListGrantsOutput, Record<string, never>>(
  listRetirableGrantsHead,
  () => ops().then((m) => m.listRetirableGrants),
);
export const retireGrantRow = lazyOperation<KmsContext, RetireGrantInput, object, RetireGrantResources>(
  { ...retireGrantHead, resources: { grant: grantStep } },
  () => ops().then((m) => m.retireGrant),
);
export const revokeGrantRow = lazyOperation<KmsContext, RevokeGrantInput, object, OneKey>(
  { ...revokeGrantHead, resources: { key: keyNamedBy<RevokeGrantInput>('KeyId', { forms: 'id-or-arn', states: KEY_STATES.any }) } },
  () => ops().then((m) => m.revokeGrant),
);
