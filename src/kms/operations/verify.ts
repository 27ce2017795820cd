/**
 * Verify: https://docs.aws.amazon.com/kms/latest/APIReference/API_Verify.html
 * Checks a signature made by Sign (or offline with the private key of imported material) under
 * the key's public key, with the rules of Sign. A message and its digest count as the same
 * message: a signature of a RAW message verifies with its digest and MessageType DIGEST. A
 * signature that does not verify is KMSInvalidSignatureException with no message, never
 * SignatureValid false, as AWS answers. CloudTrail records Verify as read-only.
 */
import { AwsError, blob, struct } from '@/core';
import { defineKmsOperation, type OneKey } from '@/kms/context';
import { dryRunError } from '@/kms/model/ciphertext-key';
import { keyNamedBy } from '@/kms/model/key-resource';
import { KEY_STATES } from '@/kms/model/key-states';
import type { SigningInput } from '@/kms/model/signing-key';
import { dryRunShape, grantTokensShape, keyIdShape, messageShape, messageTypeShape, signingAlgorithmShape } from './common-shapes';

interface Input extends SigningInput {
  KeyId: string;
  Signature: Uint8Array;
}

export const verify = defineKmsOperation<Input, { KeyId: string; SignatureValid: boolean; SigningAlgorithm: string }, OneKey>({
  name: 'Verify',
  action: 'kms:Verify',
  readOnly: true,
  summary: 'Verifies a signature made with an asymmetric signing key.',
  resources: { key: keyNamedBy('KeyId', { forms: 'any', states: KEY_STATES.usable }) },
  input: struct(
    {
      KeyId: keyIdShape,
      Message: messageShape,
      MessageType: messageTypeShape,
      Signature: blob({ min: 1, max: 6144, doc: 'The signature to verify' }),
      SigningAlgorithm: signingAlgorithmShape,
      GrantTokens: grantTokensShape,
      DryRun: dryRunShape,
    },
    ['KeyId', 'Message', 'Signature', 'SigningAlgorithm'],
  ),
  async run(ctx, input, { key }) {
    // The signing rules load with the first signing call: the first screen does not carry them.
    const { signingRequest } = await import('@/kms/model/signing-key');
    const { request, material } = signingRequest(key, input, 'Verify');
    if (input.DryRun) throw dryRunError();
    const { verifyWith } = await import('@/kms/crypto/signing');
    if (!(await verifyWith(material.publicKey!, request, input.Signature))) throw new AwsError('KMSInvalidSignatureException');
    return { KeyId: key.arn, SignatureValid: true, SigningAlgorithm: request.algorithm };
  },
});
