/**
 * The condition keys of KMS requests, stated once: for each key, the actions whose authorization
 * carries it and how its value is computed. The pipeline asks this table for every authorization
 * of a KMS call (src/cloud/services/kms.ts, loaded on the first KMS call); the global keys of the
 * caller (aws:PrincipalArn, aws:PrincipalAccount, aws:userid ...) are added by src/iam/evaluate.ts,
 * and aws:CalledVia / aws:ViaAWSService by src/cloud/pipeline.ts for calls another service makes.
 * https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_awskeymanagementservice.html
 * https://docs.aws.amazon.com/kms/latest/developerguide/abac.html
 *
 * As AWS documents: a request parameter left out counts with its default value (kms:KeySpec of a
 * CreateKey without KeySpec is SYMMETRIC_DEFAULT), except kms:BypassPolicyLockoutSafetyCheck, which
 * is absent unless the request sets it. A key's own properties (kms:KeySpec, kms:KeyOrigin,
 * aws:ResourceTag/<key>, kms:ResourceAliases ...) are present on every authorization for a KMS key
 * (the "KMS key resource operations"), never on an alias's own authorization (CreateAlias,
 * UpdateAlias, DeleteAlias authorize the alias and the key separately). kms:RequestAlias is the
 * alias name (not its ARN) when the request names the key by alias name or alias ARN.
 *
 * Simplified: AWS documents that changes of tags and aliases can take up to five minutes to affect
 * authorization (eventual consistency); in the lab they take effect at once. aws:PrincipalTag/<key>
 * is never present (the lab's IAM users and roles have no tags), nor aws:SourceArn and
 * aws:SourceAccount (present only when a service principal itself calls, which no simulated service
 * does: services call KMS on the caller's behalf, with kms:ViaService). kms:EncryptionContext:<key>
 * and kms:GrantConstraintType are not given to RetireGrant. kms:MultiRegionKeyType is absent on
 * every existing key (the lab has no multi-Region keys yet; CreateKey refuses MultiRegion).
 */
import type { ConditionContext, ConditionValue } from '@/core';
import type { KmsKey, KmsRegionState } from './key';

/** What one authorization of a KMS call is about. */
export interface ConditionRequest {
  /** The action authorized: `kms:Encrypt`, `kms:ReEncryptFrom`. */
  action: string;
  input: Record<string, any>;
  region: string;
  callerAccount: string;
  /** The service principal that made the call on the caller's behalf (`s3.amazonaws.com`). */
  invokedBy?: string;
  /** The KMS key authorized; absent when the action is authorized on `*` or on an alias. */
  key?: KmsKey;
  /** Every resource the call resolved, by name (ReEncrypt: `source` and `destination`). */
  resolved: Record<string, unknown>;
  state: KmsRegionState;
}

type Value = ConditionValue | undefined;

export interface ConditionKeyRow {
  /** The key as policies write it; `<key>` and `<tag-key>` stand for any name. */
  key: string;
  /** The IAM actions (without `kms:`) whose authorization carries it; `key` means every authorization for a KMS key. */
  actions: readonly string[] | 'key';
  /** How its value is computed, in words. */
  how: string;
  /** Its value (or several keys at once, for `<key>` rows); undefined: absent. */
  value(r: ConditionRequest): Value | ConditionContext;
}

const CRYPTO = ['Decrypt', 'Encrypt', 'GenerateDataKey', 'GenerateDataKeyPair', 'GenerateDataKeyPairWithoutPlaintext', 'GenerateDataKeyWithoutPlaintext'];
const ENCRYPTING = [...CRYPTO, 'ReEncryptFrom', 'ReEncryptTo'];
const DATA_KEY_PAIRS = ['GenerateDataKeyPair', 'GenerateDataKeyPairWithoutPlaintext'];
const BY_ALIAS = [...ENCRYPTING, 'DeriveSharedSecret', 'DescribeKey', 'GenerateMac', 'GetPublicKey', 'Sign', 'Verify', 'VerifyMac'];
/** Actions with no condition key at all (no kms:CallerAccount either). */
const WITHOUT_KEYS = ['ListKeys', 'ListAliases', 'ListRetirableGrants', 'GenerateRandom'];
const CUSTOM_KEY_STORES = [
  'ConnectCustomKeyStore',
  'CreateCustomKeyStore',
  'DeleteCustomKeyStore',
  'DescribeCustomKeyStores',
  'DisconnectCustomKeyStore',
  'UpdateCustomKeyStore',
];

const name = (r: ConditionRequest) => r.action.replace(/^kms:/, '');
/** The encryption context the authorization is about: ReEncrypt's source or destination one. */
const contextOf = (r: ConditionRequest): Record<string, string> | undefined => {
  const a = name(r);
  if (a === 'ReEncryptFrom') return r.input.SourceEncryptionContext;
  if (a === 'ReEncryptTo') return r.input.DestinationEncryptionContext;
  if (a === 'CreateGrant') return r.input.Constraints?.EncryptionContextEquals ?? r.input.Constraints?.EncryptionContextSubset;
  return r.input.EncryptionContext;
};
const keyIdOf = (r: ConditionRequest): unknown =>
  name(r) === 'ReEncryptFrom' ? r.input.SourceKeyId : name(r) === 'ReEncryptTo' ? r.input.DestinationKeyId : r.input.KeyId;
const grantConstraintTypes = (r: ConditionRequest) =>
  (['EncryptionContextEquals', 'EncryptionContextSubset'] as const).filter((t) => r.input.Constraints?.[t] !== undefined);
const one = (list: string[]): Value => (list.length === 0 ? undefined : list.length === 1 ? list[0] : list);
const list = (l: string[]): Value => (l.length ? l : undefined);
const tagsOf = (r: ConditionRequest): { TagKey: string; TagValue: string }[] => (Array.isArray(r.input.Tags) ? r.input.Tags : []);
const aliasesOf = (r: ConditionRequest) =>
  Object.values(r.state.aliases)
    .filter((a) => a.targetKeyId === r.key!.keyId)
    .map((a) => a.aliasName)
    .sort();
const created = <T>(r: ConditionRequest, fromInput: T, fromKey: (k: KmsKey) => T): T | undefined =>
  r.key ? fromKey(r.key) : name(r) === 'CreateKey' ? fromInput : undefined;

/** Every KMS condition key the lab computes, with AWS's actions for it. */
export const KMS_CONDITION_KEYS: readonly ConditionKeyRow[] = [
  {
    key: 'kms:CallerAccount',
    actions: 'key',
    how: 'The account of the caller. Every KMS action carries it (custom key store actions and CreateKey too) except ListKeys, ListAliases, ListRetirableGrants and GenerateRandom.',
    value: (r) => (WITHOUT_KEYS.includes(name(r)) ? [] : r.callerAccount),
  },
  {
    key: 'kms:ViaService',
    actions: 'key',
    how: 'For a call another AWS service makes on the caller\'s behalf: that service\'s endpoint in the Region ("ec2.us-east-1.amazonaws.com"). Absent for direct calls, and on custom key store actions.',
    value: (r) =>
      r.invokedBy && !WITHOUT_KEYS.includes(name(r)) && !CUSTOM_KEY_STORES.includes(name(r))
        ? `${r.invokedBy.split('.')[0]}.${r.region}.amazonaws.com`
        : undefined,
  },
  {
    key: 'kms:KeySpec',
    actions: 'key',
    how: "The key's KeySpec; for CreateKey the request's KeySpec (or CustomerMasterKeySpec), SYMMETRIC_DEFAULT when absent. Also under its deprecated name kms:CustomerMasterKeySpec.",
    value: (r) => created(r, r.input.KeySpec ?? r.input.CustomerMasterKeySpec ?? 'SYMMETRIC_DEFAULT', (k) => k.keySpec),
  },
  {
    key: 'kms:KeyUsage',
    actions: 'key',
    how: "The key's KeyUsage; for CreateKey the request's KeyUsage, ENCRYPT_DECRYPT when absent. Also under its deprecated name kms:CustomerMasterKeyUsage.",
    value: (r) => created(r, r.input.KeyUsage ?? 'ENCRYPT_DECRYPT', (k) => k.keyUsage),
  },
  {
    key: 'kms:KeyOrigin',
    actions: 'key',
    how: "The key's Origin; for CreateKey the request's Origin, AWS_KMS when absent.",
    value: (r) => created(r, r.input.Origin ?? 'AWS_KMS', (k) => k.origin),
  },
  {
    key: 'kms:MultiRegion',
    actions: 'key',
    how: "Whether the key is a multi-Region key; for CreateKey the request's MultiRegion, false when absent.",
    value: (r) => created(r, r.input.MultiRegion === true, () => false),
  },
  {
    key: 'kms:MultiRegionKeyType',
    actions: 'key',
    how: 'PRIMARY or REPLICA for a multi-Region key; for CreateKey with MultiRegion true, PRIMARY. Absent for single-Region keys.',
    value: (r) => (!r.key && name(r) === 'CreateKey' && r.input.MultiRegion === true ? 'PRIMARY' : undefined),
  },
  {
    key: 'aws:ResourceTag/<tag-key>',
    actions: 'key',
    how: "Each tag of the key: aws:ResourceTag/Project is the value of the key's tag Project (tag keys compare case-insensitively).",
    value: (r) => Object.fromEntries((r.key?.tags ?? []).map((t) => [`aws:ResourceTag/${t.TagKey}`, t.TagValue])),
  },
  {
    key: 'kms:ResourceAliases',
    actions: 'key',
    how: 'The alias names of the key in its Region (multi-valued: use ForAnyValue or ForAllValues). Absent when the key has no alias.',
    value: (r) => (r.key ? list(aliasesOf(r)) : undefined),
  },
  {
    key: 'kms:RequestAlias',
    actions: BY_ALIAS,
    how: "The alias name the request names the key by (its KeyId, or ReEncrypt's SourceKeyId / DestinationKeyId), as an alias name or alias ARN. Absent when the request uses a key ID or key ARN.",
    value: (r) => {
      const id = keyIdOf(r);
      if (typeof id !== 'string') return undefined;
      const m = /^(?:arn:[^:]+:kms:[^:]*:[^:]*:)?(alias\/.+)$/.exec(id);
      return m?.[1];
    },
  },
  {
    key: 'kms:EncryptionAlgorithm',
    actions: ENCRYPTING,
    how: "The request's EncryptionAlgorithm (ReEncrypt: SourceEncryptionAlgorithm, DestinationEncryptionAlgorithm); SYMMETRIC_DEFAULT when absent and for data key operations.",
    value: (r) => {
      const a = name(r);
      const given =
        a === 'ReEncryptFrom' ? r.input.SourceEncryptionAlgorithm : a === 'ReEncryptTo' ? r.input.DestinationEncryptionAlgorithm : r.input.EncryptionAlgorithm;
      return given ?? 'SYMMETRIC_DEFAULT';
    },
  },
  {
    key: 'kms:EncryptionContext:<key>',
    actions: [...ENCRYPTING, 'CreateGrant'],
    how: "Each pair of the request's encryption context: kms:EncryptionContext:Department is its value for Department (ReEncrypt: the source context for kms:ReEncryptFrom, the destination context for kms:ReEncryptTo; CreateGrant: the grant's constraint).",
    value: (r) => Object.fromEntries(Object.entries(contextOf(r) ?? {}).map(([k, v]) => [`kms:EncryptionContext:${k}`, v])),
  },
  {
    key: 'kms:EncryptionContextKeys',
    actions: [...ENCRYPTING, 'CreateGrant'],
    how: "The keys of the request's encryption context, as for kms:EncryptionContext:<key> (multi-valued). Absent without an encryption context.",
    value: (r) => list(Object.keys(contextOf(r) ?? {})),
  },
  {
    key: 'kms:ReEncryptOnSameKey',
    actions: ['ReEncryptFrom', 'ReEncryptTo'],
    how: "true when ReEncrypt's destination key is the key that encrypted the ciphertext.",
    value: (r) => {
      const s = r.resolved.source as KmsKey | undefined;
      const d = r.resolved.destination as KmsKey | undefined;
      return s && d ? s.keyId === d.keyId : undefined;
    },
  },
  { key: 'kms:DataKeyPairSpec', actions: DATA_KEY_PAIRS, how: "The request's KeyPairSpec.", value: (r) => r.input.KeyPairSpec },
  { key: 'kms:SigningAlgorithm', actions: ['Sign', 'Verify'], how: "The request's SigningAlgorithm.", value: (r) => r.input.SigningAlgorithm },
  { key: 'kms:MessageType', actions: ['Sign', 'Verify'], how: "The request's MessageType, RAW when absent.", value: (r) => r.input.MessageType ?? 'RAW' },
  { key: 'kms:MacAlgorithm', actions: ['GenerateMac', 'VerifyMac'], how: "The request's MacAlgorithm.", value: (r) => r.input.MacAlgorithm },
  {
    key: 'kms:KeyAgreementAlgorithm',
    actions: ['DeriveSharedSecret'],
    how: "The request's KeyAgreementAlgorithm.",
    value: (r) => r.input.KeyAgreementAlgorithm,
  },
  { key: 'kms:WrappingAlgorithm', actions: ['GetParametersForImport'], how: "The request's WrappingAlgorithm.", value: (r) => r.input.WrappingAlgorithm },
  { key: 'kms:WrappingKeySpec', actions: ['GetParametersForImport'], how: "The request's WrappingKeySpec.", value: (r) => r.input.WrappingKeySpec },
  {
    key: 'kms:ExpirationModel',
    actions: ['ImportKeyMaterial'],
    how: "The request's ExpirationModel, KEY_MATERIAL_EXPIRES when absent.",
    value: (r) => r.input.ExpirationModel ?? 'KEY_MATERIAL_EXPIRES',
  },
  {
    key: 'kms:ValidTo',
    actions: ['ImportKeyMaterial'],
    how: "The request's ValidTo in Unix seconds (compare with Numeric operators). Absent when the request has none.",
    value: (r) => (r.input.ValidTo instanceof Date ? r.input.ValidTo.getTime() / 1000 : undefined),
  },
  {
    key: 'kms:RotationPeriodInDays',
    actions: ['EnableKeyRotation'],
    how: "The request's RotationPeriodInDays, 365 when absent.",
    value: (r) => r.input.RotationPeriodInDays ?? 365,
  },
  {
    key: 'kms:ScheduleKeyDeletionPendingWindowInDays',
    actions: ['ScheduleKeyDeletion'],
    how: "The request's PendingWindowInDays, 30 when absent.",
    value: (r) => r.input.PendingWindowInDays ?? 30,
  },
  {
    key: 'kms:BypassPolicyLockoutSafetyCheck',
    actions: ['CreateKey', 'PutKeyPolicy'],
    how: "The request's BypassPolicyLockoutSafetyCheck; absent when the request leaves it out (the Null operator tells).",
    value: (r) => (typeof r.input.BypassPolicyLockoutSafetyCheck === 'boolean' ? r.input.BypassPolicyLockoutSafetyCheck : undefined),
  },
  {
    key: 'kms:GrantOperations',
    actions: ['CreateGrant'],
    how: 'The operations the new grant allows (multi-valued).',
    value: (r) => (Array.isArray(r.input.Operations) ? [...r.input.Operations] : undefined),
  },
  { key: 'kms:GranteePrincipal', actions: ['CreateGrant'], how: "The request's GranteePrincipal.", value: (r) => r.input.GranteePrincipal },
  {
    key: 'kms:RetiringPrincipal',
    actions: ['CreateGrant'],
    how: "The request's RetiringPrincipal; absent when none.",
    value: (r) => r.input.RetiringPrincipal,
  },
  {
    key: 'kms:GrantConstraintType',
    actions: ['CreateGrant'],
    how: 'EncryptionContextEquals or EncryptionContextSubset, the grant constraint the request sets; absent without one.',
    value: (r) => one(grantConstraintTypes(r)),
  },
  {
    key: 'kms:GrantIsForAWSResource',
    actions: ['CreateGrant', 'ListGrants', 'RevokeGrant'],
    how: "true when an AWS service integrated with KMS makes the call on the caller's behalf, false for a direct call.",
    value: (r) => r.invokedBy !== undefined,
  },
  {
    key: 'aws:RequestTag/<tag-key>',
    actions: ['CreateKey', 'TagResource'],
    how: "Each tag of the request's Tags: aws:RequestTag/Project is the value given for Project.",
    value: (r) => Object.fromEntries(tagsOf(r).map((t) => [`aws:RequestTag/${t.TagKey}`, t.TagValue])),
  },
  {
    key: 'aws:TagKeys',
    actions: ['CreateKey', 'TagResource', 'UntagResource'],
    how: "The tag keys of the request (its Tags, or UntagResource's TagKeys; multi-valued). Absent when the request has none.",
    value: (r) => list(name(r) === 'UntagResource' ? [...(r.input.TagKeys ?? [])] : tagsOf(r).map((t) => t.TagKey)),
  },
];

const DEPRECATED: Record<string, string> = { 'kms:KeySpec': 'kms:CustomerMasterKeySpec', 'kms:KeyUsage': 'kms:CustomerMasterKeyUsage' };

/** Does the row apply to this authorization? */
function applies(row: ConditionKeyRow, r: ConditionRequest): boolean {
  const a = name(r);
  if (row.actions !== 'key') return row.actions.includes(a);
  if (row.key === 'kms:CallerAccount' || row.key === 'kms:ViaService') return true;
  return r.key !== undefined || a === 'CreateKey';
}

/** The rows that apply depend only on the action and on whether a key is authorized: worked out once per pair. */
const applicable = new Map<string, ConditionKeyRow[]>();
function rowsFor(r: ConditionRequest): ConditionKeyRow[] {
  const id = `${name(r)} ${r.key !== undefined}`;
  let rows = applicable.get(id);
  if (!rows) applicable.set(id, (rows = KMS_CONDITION_KEYS.filter((row) => applies(row, r))));
  return rows;
}

/** The condition keys of one authorization of a KMS call, from the table. */
export function kmsConditionContext(r: ConditionRequest): ConditionContext {
  const out: ConditionContext = {};
  for (const row of rowsFor(r)) {
    const v = row.value(r);
    if (v === undefined) continue;
    if (typeof v === 'object' && !Array.isArray(v)) Object.assign(out, v);
    else {
      out[row.key] = v;
      const old = DEPRECATED[row.key];
      if (old) out[old] = v;
    }
  }
  return out;
}

/** The condition keys of one authorization as the pipeline asks for them (the KMS descriptor's `conditions`). */
export function callConditions(call: {
  action: string;
  input: unknown;
  region: string;
  invokedBy?: string;
  caller: { accountId: string };
  resource?: { value: unknown };
  resolved: Record<string, unknown>;
  ctx: unknown;
}): ConditionContext {
  const value = call.resource?.value;
  const key = value && typeof value === 'object' && 'keySpec' in value ? (value as KmsKey) : undefined;
  const { state } = call.ctx as { state: KmsRegionState };
  return kmsConditionContext({ ...call, callerAccount: call.caller.accountId, key, state, input: call.input as Record<string, any> });
}
