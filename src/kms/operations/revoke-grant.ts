/**
 * RevokeGrant: https://docs.aws.amazon.com/kms/latest/APIReference/API_RevokeGrant.html
 * Deletes a grant of a key (key ID or key ARN) by its grant ID, so it allows nothing more.
 * Unlike RetireGrant, it is authorized like most operations: kms:RevokeGrant on the key, from the
 * key policy (key administrators have it) or IAM policies it lets apply. Works in every key state.
 * A grant ID the key does not have is InvalidGrantIdException.
 * Simplified: AWS takes up to about five minutes for a revoked grant to stop working everywhere
 * (eventual consistency); in the lab it stops at once.
 */
import { AwsError, struct } from '@/core';
import { defineKmsOperation, type OneKey } from '@/kms/context';
import { dryRunError } from '@/kms/model/ciphertext-key';
import { grantsOf } from '@/kms/model/grants';
import { keyNamedBy } from '@/kms/model/key-resource';
import { KEY_STATES } from '@/kms/model/key-states';
import { dryRunShape, grantIdShape, keyIdOrArnShape } from './common-shapes';

interface Input {
  KeyId: string;
  GrantId: string;
  DryRun?: boolean;
}

export const revokeGrant = defineKmsOperation<Input, object, OneKey>({
  name: 'RevokeGrant',
  action: 'kms:RevokeGrant',
  summary: 'Deletes a grant of a KMS key (key administrators revoke grants).',
  input: struct({ KeyId: keyIdOrArnShape, GrantId: grantIdShape, DryRun: dryRunShape }, ['KeyId', 'GrantId']),
  resources: { key: keyNamedBy<Input>('KeyId', { forms: 'id-or-arn', states: KEY_STATES.any }) },
  async run(_ctx, input, { key }) {
    const at = (key.grants ?? []).findIndex((g) => g.grantId === input.GrantId);
    if (at < 0) throw new AwsError('InvalidGrantIdException', `Grant ID ${input.GrantId} is not a grant of ${key.arn}.`);
    if (input.DryRun) throw dryRunError();
    grantsOf(key).splice(at, 1);
    return {};
  },
});
