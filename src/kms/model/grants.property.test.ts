/**
 * Properties of grant constraints, checked through the API as a learner would call it: a grantee
 * whose grant carries an EncryptionContextEquals or EncryptionContextSubset constraint may encrypt
 * exactly when the request's encryption context meets it, as AWS's GrantConstraints page states it
 * (keys compared without case, values with case; Equals: the same pairs, Subset: at least those
 * pairs); a grant without a constraint allows any context; an explicit Deny always wins.
 * Maps never hold two keys that differ only by case (AWS: "do not use multiple encryption context
 * pairs that differ only by case"; its answer is not specified).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AwsError, utf8 } from '@/core';
import { kmsLab } from '@/kms/testing/harness';

// A small alphabet, so that the request and the constraint often share keys, in either case.
const keyArb = fc.constantFrom('app', 'App', 'APP', 'env', 'Env', 'team');
const valueArb = fc.constantFrom('web', 'Web', 'prod', '');
const contextArb = fc.array(fc.tuple(keyArb, valueArb), { maxLength: 4 }).map((pairs) => {
  const out: Record<string, string> = {};
  for (const [k, v] of pairs) if (!Object.keys(out).some((o) => o.toLowerCase() === k.toLowerCase())) out[k] = v;
  return out;
});

/** The oracle, stated from the documentation: is there a request pair with this key (any case) and exactly this value? */
const has = (request: Record<string, string>, k: string, v: string) =>
  Object.entries(request).some(([rk, rv]) => rk.toLowerCase() === k.toLowerCase() && rv === v);
const expected = (kind: 'EncryptionContextEquals' | 'EncryptionContextSubset', constraint: Record<string, string>, request: Record<string, string>) =>
  Object.entries(constraint).every(([k, v]) => has(request, k, v)) &&
  (kind === 'EncryptionContextSubset' || Object.keys(request).length === Object.keys(constraint).length);

async function outcome(p: Promise<unknown>): Promise<'allowed' | 'denied'> {
  try {
    await p;
    return 'allowed';
  } catch (e) {
    if (e instanceof AwsError && e.code === 'AccessDeniedException') return 'denied';
    throw e;
  }
}

describe('grant constraints (property)', () => {
  it('allow an operation with an encryption context exactly when the context meets the constraint', async () => {
    const t = kmsLab(18);
    const keyId = await t.createKey();
    const bob = await t.user('bob');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('EncryptionContextEquals' as const, 'EncryptionContextSubset' as const),
        contextArb,
        contextArb,
        async (kind, constraint, request) => {
          const { GrantId } = await t.kms('CreateGrant', {
            KeyId: keyId,
            GranteePrincipal: bob.arn,
            Operations: ['Encrypt'],
            Constraints: { [kind]: constraint },
          });
          try {
            const got = await outcome(t.kms('Encrypt', { KeyId: keyId, Plaintext: utf8('x'), EncryptionContext: request }, { as: bob }));
            expect(got).toBe(expected(kind, constraint, request) ? 'allowed' : 'denied');
          } finally {
            await t.kms('RevokeGrant', { KeyId: keyId, GrantId });
          }
        },
      ),
      { numRuns: 120 },
    );
  });

  it('without a constraint allow any context, and never over an explicit Deny', async () => {
    const t = kmsLab(19);
    const bob = await t.user('bob');
    const keyId = await t.createKey();
    await t.kms('CreateGrant', { KeyId: keyId, GranteePrincipal: bob.arn, Operations: ['Encrypt'] });
    await t.iam('PutUserPolicy', {
      UserName: 'bob',
      PolicyName: 'no-prod',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Deny', Action: 'kms:Encrypt', Resource: '*', Condition: { StringEquals: { 'kms:EncryptionContext:env': 'prod' } } }],
      }),
    });
    await fc.assert(
      fc.asyncProperty(contextArb, async (request) => {
        const got = await outcome(t.kms('Encrypt', { KeyId: keyId, Plaintext: utf8('x'), EncryptionContext: request }, { as: bob }));
        // A condition key's name is not case-sensitive: kms:EncryptionContext:env also names Env.
        expect(got).toBe(has(request, 'env', 'prod') ? 'denied' : 'allowed');
      }),
      { numRuns: 60 },
    );
  });
});
