/**
 * CreateGrant: https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateGrant.html
 * Adds a grant to a key: its grantee principal may then call the listed grant operations on the
 * key, as long as no policy denies it explicitly (model/grants.ts says how a grant allows). The
 * answer is a GrantId and a GrantToken. Rules kept from AWS:
 * - a key ID or key ARN (no alias); an enabled key, or a key of a disconnected key store;
 * - exactly one of GranteePrincipal and GranteeServicePrincipal, at most one of RetiringPrincipal
 *   and RetiringServicePrincipal; a service principal grantee needs a SourceArn constraint and a
 *   retiring principal;
 * - the operations must suit the key (no Sign on a symmetric key, no GenerateDataKey on an
 *   asymmetric one): ValidationException otherwise; encryption context constraints only on
 *   symmetric encryption keys, at most 8 pairs each, values up to 384 characters;
 * - Name makes the call idempotent: the same Name and parameters on the same key return the
 *   existing grant's ID (and a new token: every token of a grant identifies it);
 * - at most 50,000 grants per key (LimitExceededException);
 * - the condition keys kms:GrantOperations, kms:GranteePrincipal, kms:RetiringPrincipal,
 *   kms:GrantConstraintType, kms:GrantIsForAWSResource (false: no AWS service calls here on the
 *   caller's behalf) and, for the constraint's pairs, kms:EncryptionContext:<key> and
 *   kms:EncryptionContextKeys, as AWS evaluates them for CreateGrant.
 * The trail records the grant ID, not the token (as CloudTrail's CreateGrant events show).
 * Simplified: AWS grants are eventually consistent (usually within five minutes, during which a
 * grantee uses the grant by passing its grant token); the lab's grants take effect at once, and
 * grant tokens are checked to be tokens CreateGrant issued. Principals are checked for ARN form,
 * not for existence. A grant for a service principal is kept and listed but allows nothing,
 * since no service calls KMS as itself in the lab. Texts of the ValidationExceptions are ours.
 */
import { AwsError, dryRunError, rootArn, toHex, type OperationBody } from '@/core';
import type { KmsContext, OneKey } from '@/kms/context';
import type { GrantOperation } from '@/kms/model/grant-operations';
import { grantOperationsFor, grantsOf, newGrantToken, type GrantConstraints, type GrantRecord } from '@/kms/model/grants';

export interface CreateGrantInput {
  KeyId: string;
  GranteePrincipal?: string;
  RetiringPrincipal?: string;
  Operations: GrantOperation[];
  Constraints?: GrantConstraints;
  GrantTokens?: string[];
  Name?: string;
  DryRun?: boolean;
  GranteeServicePrincipal?: string;
  RetiringServicePrincipal?: string;
}

/** Grants per key (the "Grants per KMS key" resource quota). */
export const GRANTS_PER_KEY = 50_000;
const MAX_PAIRS = 8;
const MAX_VALUE = 384;

const PRINCIPAL_ARN = /^arn:aws[a-z-]*:(iam::\d{12}:(root|user\/.+|role\/.+)|sts::\d{12}:(assumed-role|federated-user)\/.+)$/;

const invalid = (message: string) => new AwsError('ValidationException', message);

function checkInput(input: CreateGrantInput): void {
  if ((input.GranteePrincipal === undefined) === (input.GranteeServicePrincipal === undefined))
    throw invalid('Specify either GranteePrincipal or GranteeServicePrincipal, but not both.');
  if (input.RetiringPrincipal !== undefined && input.RetiringServicePrincipal !== undefined)
    throw invalid('Specify either RetiringPrincipal or RetiringServicePrincipal, but not both.');
  for (const [member, p] of [
    ['GranteePrincipal', input.GranteePrincipal],
    ['RetiringPrincipal', input.RetiringPrincipal],
  ] as const) {
    if (p !== undefined && !PRINCIPAL_ARN.test(p)) throw invalid(`${member} ${p} is not a valid principal ARN (an account, user, role or assumed-role ARN).`);
  }
  if (input.GranteeServicePrincipal !== undefined) {
    if (!input.Constraints?.SourceArn) throw invalid('A grant for a GranteeServicePrincipal needs a SourceArn constraint.');
    if (input.RetiringPrincipal === undefined && input.RetiringServicePrincipal === undefined)
      throw invalid('A grant for a GranteeServicePrincipal needs a RetiringPrincipal or a RetiringServicePrincipal.');
  }
  for (const kind of ['EncryptionContextEquals', 'EncryptionContextSubset'] as const) {
    const pairs = Object.entries(input.Constraints?.[kind] ?? {});
    if (pairs.length > MAX_PAIRS) throw invalid(`The ${kind} constraint has ${pairs.length} pairs; a constraint takes at most ${MAX_PAIRS}.`);
    const long = pairs.find(([, v]) => v.length > MAX_VALUE);
    if (long) throw invalid(`The value of ${long[0]} in the ${kind} constraint is longer than ${MAX_VALUE} characters.`);
  }
}

const sameMap = (a: Record<string, string> | undefined, b: Record<string, string> | undefined) =>
  JSON.stringify(Object.entries(a ?? {}).sort()) === JSON.stringify(Object.entries(b ?? {}).sort()) && (a === undefined) === (b === undefined);

/** Whether a stored grant is the one a retried request with the same Name describes. */
function sameRequest(g: GrantRecord, input: CreateGrantInput): boolean {
  const c = input.Constraints;
  return (
    g.name === input.Name &&
    g.granteePrincipal === input.GranteePrincipal &&
    g.granteeServicePrincipal === input.GranteeServicePrincipal &&
    g.retiringPrincipal === input.RetiringPrincipal &&
    g.retiringServicePrincipal === input.RetiringServicePrincipal &&
    [...g.operations].sort().join() === [...input.Operations].sort().join() &&
    sameMap(g.constraints?.EncryptionContextEquals, c?.EncryptionContextEquals) &&
    sameMap(g.constraints?.EncryptionContextSubset, c?.EncryptionContextSubset) &&
    g.constraints?.SourceArn === c?.SourceArn
  );
}

export type CreateGrantOutput = { GrantToken: string; GrantId: string };

/** Its head, its resources and the condition keys of its request are in grant-rows.ts (the registry's row). */
export const createGrant: OperationBody<KmsContext, CreateGrantInput, CreateGrantOutput, OneKey> = {
  check: checkInput,
  async run(ctx, input, { key }) {
    const supported = grantOperationsFor(key);
    const unsupported = input.Operations.filter((o) => !supported.includes(o));
    if (unsupported.length)
      throw invalid(`Grant operations ${unsupported.join(', ')} are not supported on a key with KeySpec ${key.keySpec} and KeyUsage ${key.keyUsage}.`);
    const c = input.Constraints;
    if ((c?.EncryptionContextEquals || c?.EncryptionContextSubset) && key.keySpec !== 'SYMMETRIC_DEFAULT')
      throw invalid('Encryption context grant constraints apply only to symmetric encryption KMS keys.');
    if (input.DryRun) throw dryRunError();
    const grants = grantsOf(key);
    const existing = input.Name !== undefined ? grants.find((g) => sameRequest(g, input)) : undefined;
    if (existing) return { GrantToken: newGrantToken(key, existing.grantId, ctx.env.random), GrantId: existing.grantId };
    if (grants.length >= GRANTS_PER_KEY)
      throw new AwsError('LimitExceededException', `The request was rejected because the key ${key.arn} has reached its quota of ${GRANTS_PER_KEY} grants.`);
    const grant: GrantRecord = {
      grantId: toHex(ctx.env.random.bytes(32)),
      ...(input.Name !== undefined ? { name: input.Name } : {}),
      creationMs: ctx.env.clock.nowMs(),
      ...(input.GranteePrincipal !== undefined ? { granteePrincipal: input.GranteePrincipal } : {}),
      ...(input.GranteeServicePrincipal !== undefined ? { granteeServicePrincipal: input.GranteeServicePrincipal } : {}),
      ...(input.RetiringPrincipal !== undefined ? { retiringPrincipal: input.RetiringPrincipal } : {}),
      ...(input.RetiringServicePrincipal !== undefined ? { retiringServicePrincipal: input.RetiringServicePrincipal } : {}),
      issuingAccount: rootArn(key.arn.split(':')[4]),
      operations: [...new Set(input.Operations)],
      ...(c && Object.keys(c).length ? { constraints: structuredClone(c) } : {}),
    };
    grants.push(grant);
    return { GrantToken: newGrantToken(key, grant.grantId, ctx.env.random), GrantId: grant.grantId };
  },
};
