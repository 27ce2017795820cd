/**
 * KMS grants, written once: what a grant is, which operations a key's grants may allow, how a
 * grant's encryption context constraint is met, who a grant names, and how a grant takes part in
 * the one authorization step (src/cloud/authorize.ts) as an allow source of its key.
 * https://docs.aws.amazon.com/kms/latest/developerguide/grants.html
 * https://docs.aws.amazon.com/kms/latest/APIReference/API_GrantConstraints.html
 *
 * - A grant allows, never denies: it is asked only when no policy denied explicitly and none allowed.
 * - It allows its grantee principal the grant operations it lists, on its one key; a role grantee
 *   covers the role's sessions.
 * - Its encryption context constraint applies to the operations that take an encryption context
 *   (on symmetric encryption keys): EncryptionContextEquals needs the request's context to be exactly
 *   those pairs, EncryptionContextSubset needs it to include them. In a constraint the key of each
 *   pair is not case-sensitive, the value is. DescribeKey and RetireGrant ignore the constraint.
 * - A grantee with CreateGrant from a grant may create grants for a subset of its operations, with
 *   an encryption context constraint at least as strict as its own (read from the request's
 *   kms:GrantOperations, kms:GrantConstraintType and kms:EncryptionContext: condition keys).
 * - A grant goes with its key: it is stored on the key, so deleting the key deletes it.
 */
import { AwsError, fromBase64, fromUtf8, toBase64, toHex, utf8, type AllowSource, type ConditionContext, type Random } from '@/core';
import type { GrantOperation } from './grant-operations';
import type { EncryptionContextMap, GrantConstraints, GrantRecord } from './grant-record';

export type { EncryptionContextMap, GrantConstraints, GrantRecord } from './grant-record';
import type { KmsContext } from '@/kms/context';
import type { KmsKey } from './key';

/** Operations every key's grants may allow. */
const ANY_KEY: GrantOperation[] = ['DescribeKey', 'CreateGrant', 'RetireGrant'];
/** The grant operations that take an encryption context: the only ones a constraint applies to. */
export const CONTEXT_OPERATIONS: readonly GrantOperation[] = [
  'Decrypt',
  'Encrypt',
  'GenerateDataKey',
  'GenerateDataKeyWithoutPlaintext',
  'ReEncryptFrom',
  'ReEncryptTo',
  'GenerateDataKeyPair',
  'GenerateDataKeyPairWithoutPlaintext',
];

/** The grant operations a key of this spec and usage supports ("Grant operations" in the developer guide). */
export function grantOperationsFor(key: Pick<KmsKey, 'keySpec' | 'keyUsage'>): GrantOperation[] {
  if (key.keySpec === 'SYMMETRIC_DEFAULT') return [...CONTEXT_OPERATIONS, ...ANY_KEY];
  if (key.keyUsage === 'ENCRYPT_DECRYPT') return ['Encrypt', 'Decrypt', 'ReEncryptFrom', 'ReEncryptTo', 'GetPublicKey', ...ANY_KEY];
  if (key.keyUsage === 'SIGN_VERIFY') return ['Sign', 'Verify', 'GetPublicKey', ...ANY_KEY];
  if (key.keyUsage === 'GENERATE_VERIFY_MAC') return ['GenerateMac', 'VerifyMac', ...ANY_KEY];
  return ['DeriveSharedSecret', 'GetPublicKey', ...ANY_KEY];
}

/** A grant as ListGrants and ListRetirableGrants show it. */
export interface GrantListEntry {
  KeyId: string;
  GrantId: string;
  Name?: string;
  CreationDate: Date;
  GranteePrincipal?: string;
  GranteeServicePrincipal?: string;
  RetiringPrincipal?: string;
  RetiringServicePrincipal?: string;
  IssuingAccount: string;
  Operations: GrantOperation[];
  Constraints?: GrantConstraints;
}

export const grantsOf = (key: KmsKey): GrantRecord[] => (key.grants ??= []);

export function grantListEntry(key: KmsKey, g: GrantRecord): GrantListEntry {
  return {
    KeyId: key.arn,
    GrantId: g.grantId,
    ...(g.name !== undefined ? { Name: g.name } : {}),
    CreationDate: new Date(g.creationMs),
    ...(g.granteePrincipal !== undefined ? { GranteePrincipal: g.granteePrincipal } : {}),
    ...(g.granteeServicePrincipal !== undefined ? { GranteeServicePrincipal: g.granteeServicePrincipal } : {}),
    ...(g.retiringPrincipal !== undefined ? { RetiringPrincipal: g.retiringPrincipal } : {}),
    ...(g.retiringServicePrincipal !== undefined ? { RetiringServicePrincipal: g.retiringServicePrincipal } : {}),
    IssuingAccount: g.issuingAccount,
    Operations: [...g.operations],
    ...(g.constraints ? { Constraints: structuredClone(g.constraints) } : {}),
  };
}

/** The caller's ARNs a grant may name: its own, its role's (for a role session), its account's when it is the root user. */
export interface GrantCaller {
  principalArns: readonly string[];
  accountId: string;
}

/** Whether `principal` (a grantee or retiring principal as written in the grant) names the caller. */
export function namesCaller(principal: string | undefined, c: GrantCaller): boolean {
  if (principal === undefined) return false;
  return c.principalArns.includes(principal);
}

const lower = (m: EncryptionContextMap) => {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(m)) out.set(k.toLowerCase(), v);
  return out;
};

/** Whether a request's encryption context meets a grant's constraint (keys not case-sensitive, values case-sensitive). */
export function contextMeets(constraints: GrantConstraints | undefined, context: EncryptionContextMap): boolean {
  if (!constraints) return true;
  const request = lower(context);
  const { EncryptionContextEquals: equals, EncryptionContextSubset: subset } = constraints;
  if (equals) {
    const want = lower(equals);
    if (want.size !== request.size) return false;
    for (const [k, v] of want) if (request.get(k) !== v) return false;
  }
  if (subset) for (const [k, v] of lower(subset)) if (request.get(k) !== v) return false;
  return true;
}

/** The encryption context of a request, read back from its kms:EncryptionContext:<key> condition keys. */
export function contextOfRequest(context: ConditionContext): EncryptionContextMap {
  const out: EncryptionContextMap = {};
  const prefix = 'kms:EncryptionContext:';
  for (const [k, v] of Object.entries(context)) if (k.startsWith(prefix) && typeof v === 'string') out[k.slice(prefix.length)] = v;
  return out;
}

/**
 * Whether a grant created through a parent grant's CreateGrant keeps within it: a subset of its
 * operations, and a constraint at least as strict (the parent's Equals exactly; the parent's Subset
 * pairs all kept, in an Equals or a Subset).
 */
function childWithin(parent: GrantRecord, context: ConditionContext): boolean {
  const ops = context['kms:GrantOperations'];
  if (Array.isArray(ops) && !ops.every((o) => (parent.operations as string[]).includes(o))) return false;
  const c = parent.constraints;
  if (!c?.EncryptionContextEquals && !c?.EncryptionContextSubset) return true;
  const type = context['kms:GrantConstraintType'];
  const child = contextOfRequest(context);
  if (c.EncryptionContextEquals) return type === 'EncryptionContextEquals' && contextMeets({ EncryptionContextEquals: c.EncryptionContextEquals }, child);
  return (
    (type === 'EncryptionContextEquals' || type === 'EncryptionContextSubset') && contextMeets({ EncryptionContextSubset: c.EncryptionContextSubset }, child)
  );
}

/** Why a grant that names the caller does not allow this request, or undefined when it does. */
export function grantRefusal(g: GrantRecord, action: string, context: ConditionContext): string | undefined {
  const op = action.startsWith('kms:') ? action.slice(4) : action;
  if (!(g.operations as string[]).includes(op)) return `does not allow ${op}`;
  if ((CONTEXT_OPERATIONS as readonly string[]).includes(op) && !contextMeets(g.constraints, contextOfRequest(context)))
    return 'its encryption context constraint is not met by the request';
  if (op === 'CreateGrant' && !childWithin(g, context)) return 'the new grant would allow more than this grant (more operations or a looser constraint)';
  return undefined;
}

export const grantLabel = (g: GrantRecord) => `Grant ${g.grantId}${g.name ? ` (${g.name})` : ''}`;

/**
 * The key's grants as allow sources of the authorization step. Grants for service principals
 * allow only calls a service makes as itself, which the lab does not simulate, so they never
 * allow here (Simplified in create-grant.ts).
 */
export function grantAllowSources(key: KmsKey): AllowSource[] {
  return (key.grants ?? []).map((g) => ({
    label: grantLabel(g),
    allows(request) {
      const caller = { principalArns: request.principalArns ?? [request.principalArn], accountId: request.accountId };
      if (!namesCaller(g.granteePrincipal, caller)) return undefined;
      return grantRefusal(g, request.action, request.context) === undefined ? { id: g.grantId, record: grantListEntry(key, g) } : undefined;
    },
    refusal(request) {
      const caller = { principalArns: request.principalArns ?? [request.principalArn], accountId: request.accountId };
      if (!namesCaller(g.granteePrincipal, caller)) return undefined;
      return grantRefusal(g, request.action, request.context);
    },
  }));
}

/**
 * Who may retire a grant besides the account (whose IAM policies decide, as for any IAM-only
 * permission): its retiring principal, and its grantee when the grant allows RetireGrant.
 * https://docs.aws.amazon.com/kms/latest/developerguide/grant-delete.html
 */
export function retireAllowSource(key: KmsKey, g: GrantRecord): AllowSource {
  const hit = { id: g.grantId, record: grantListEntry(key, g) };
  return {
    label: grantLabel(g),
    allows(request) {
      const caller = { principalArns: request.principalArns ?? [request.principalArn], accountId: request.accountId };
      if (namesCaller(g.retiringPrincipal, caller)) return hit;
      if (namesCaller(g.granteePrincipal, caller) && g.operations.includes('RetireGrant')) return hit;
      return undefined;
    },
  };
}

// Grant tokens. A token names its grant (Region, key ID, grant ID) and carries a nonce, so every
// CreateGrant returns a new one and any of them identifies the grant; they are not secret.
const TOKEN_PREFIX = 'kmslab-grant-token';

export function newGrantToken(key: KmsKey, grantId: string, random: Random): string {
  return toBase64(utf8(`${TOKEN_PREFIX}\n${key.region}\n${key.keyId}\n${grantId}\n${toHex(random.bytes(16))}`));
}

export interface TokenRef {
  region: string;
  keyId: string;
  grantId: string;
}

/** Reads a grant token; throws InvalidGrantTokenException for anything CreateGrant did not issue. */
export function readGrantToken(token: string): TokenRef {
  const bytes = fromBase64(token);
  const parts = bytes ? fromUtf8(bytes).split('\n') : [];
  if (parts.length !== 5 || parts[0] !== TOKEN_PREFIX || !/^[0-9a-f]{64}$/.test(parts[3]!))
    throw new AwsError('InvalidGrantTokenException', 'The grant token is not valid.');
  return { region: parts[1]!, keyId: parts[2]!, grantId: parts[3]! };
}

/** Checks every token a request passes (GrantTokens): each must be a grant token. */
export function checkGrantTokens(tokens: unknown): void {
  if (Array.isArray(tokens)) for (const t of tokens) if (typeof t === 'string') readGrantToken(t);
}

/** How RetireGrant names a grant: by a grant token, or by its key and grant ID. */
export interface GrantNamed {
  GrantToken?: string;
  KeyId?: string;
  GrantId?: string;
}

export interface GrantFound {
  key: KmsKey;
  grant: GrantRecord;
}

/**
 * The grant a RetireGrant request names. Errors: a token CreateGrant did not issue,
 * InvalidGrantTokenException; a token of a grant that is gone, NotFoundException; a grant ID the
 * key does not have, InvalidGrantIdException.
 */
export async function findGrant(ctx: KmsContext, input: GrantNamed): Promise<GrantFound> {
  if (input.GrantToken !== undefined) {
    const ref = readGrantToken(input.GrantToken);
    const key = ctx.regionState(ref.region).keys[ref.keyId];
    const grant = key?.grants?.find((g) => g.grantId === ref.grantId);
    if (!key || !grant) throw new AwsError('NotFoundException', 'The grant that this grant token identifies does not exist.');
    if (input.KeyId !== undefined && (await ctx.resolveKey(input.KeyId, 'id-or-arn')).keyId !== key.keyId)
      throw new AwsError('ValidationException', `The grant token identifies a grant of ${key.arn}, not of the KeyId given.`);
    if (input.GrantId !== undefined && input.GrantId !== grant.grantId)
      throw new AwsError('ValidationException', 'The grant token identifies another grant than the GrantId given.');
    if (!ctx.resources.includes(key.arn)) ctx.resources.push(key.arn);
    return { key, grant };
  }
  const key = await ctx.resolveKey(input.KeyId!, 'id-or-arn');
  const grant = key.grants?.find((g) => g.grantId === input.GrantId);
  if (!grant) throw new AwsError('InvalidGrantIdException', `Grant ID ${input.GrantId} is not a grant of ${key.arn}.`);
  return { key, grant };
}
