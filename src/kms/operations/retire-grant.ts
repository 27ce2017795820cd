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
import { AwsError, struct, type ResourceStep } from '@/core';
import { defineKmsOperation, type KmsContext } from '@/kms/context';
import { dryRunError } from '@/kms/model/ciphertext-key';
import { grantsOf, readGrantToken, retireAllowSource, type GrantRecord } from '@/kms/model/grants';
import type { KmsKey } from '@/kms/model/key';
import { checkKeyState, KEY_STATES } from '@/kms/model/key-states';
import { dryRunShape, grantIdShape, grantTokenShape, keyIdOrArnShape } from './common-shapes';

interface Input {
  GrantToken?: string;
  KeyId?: string;
  GrantId?: string;
  DryRun?: boolean;
}

interface Found {
  key: KmsKey;
  grant: GrantRecord;
}

async function findGrant(ctx: KmsContext, input: Input): Promise<Found> {
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

/** The grant as the resource authorized: no key policy, the grant itself as the allow source. */
const grantStep: ResourceStep<KmsContext, Input, Found> = {
  async resolve(ctx, input) {
    const found = await findGrant(ctx, input);
    return { arn: found.key.arn, value: found, allowSources: () => [retireAllowSource(found.key, found.grant)] };
  },
  state: ({ key }) => checkKeyState(KEY_STATES.any, key),
};

export const retireGrant = defineKmsOperation<Input, object, { grant: Found }>({
  name: 'RetireGrant',
  action: 'kms:RetireGrant',
  summary: 'Deletes a grant: by its retiring principal, its grantee (if allowed) or the account.',
  input: struct({ GrantToken: grantTokenShape, KeyId: keyIdOrArnShape, GrantId: grantIdShape, DryRun: dryRunShape }),
  check(input) {
    if (input.GrantToken === undefined && (input.KeyId === undefined || input.GrantId === undefined))
      throw new AwsError('ValidationException', 'Specify a GrantToken, or both a KeyId and a GrantId.');
  },
  resources: { grant: grantStep },
  async run(_ctx, input, { grant: { key, grant } }) {
    if (input.DryRun) throw dryRunError();
    const grants = grantsOf(key);
    grants.splice(grants.indexOf(grant), 1);
    return {};
  },
});
