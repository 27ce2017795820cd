/**
 * Sign: https://docs.aws.amazon.com/kms/latest/APIReference/API_Sign.html
 * Signs a message (up to 4096 bytes, MessageType RAW) or its digest (MessageType DIGEST, as long
 * as the algorithm's hash; EXTERNAL_MU for ML-DSA) with the private key of an asymmetric
 * SIGN_VERIFY key, with any signing algorithm of its key spec: RSASSA-PSS (salt as long as the
 * hash) and PKCS#1 v1.5 for RSA, ECDSA for NIST curves and secp256k1 (DER SEQUENCE { r, s }, as
 * KMS returns it), Ed25519 and Ed25519ph, ML-DSA. The signature verifies offline with the public
 * key from GetPublicKey (OpenSSL, node:crypto). AWS's errors: model/signing-rules.ts.
 * CloudTrail records Sign as read-only and never the message.
 */
import { struct } from '@/core';
import { defineKmsOperation, type OneKey } from '@/kms/context';
import { dryRunError } from '@/kms/model/ciphertext-key';
import { keyNamedBy } from '@/kms/model/key-resource';
import { KEY_STATES } from '@/kms/model/key-states';
import type { SigningInput } from '@/kms/model/signing-key';
import { dryRunShape, grantTokensShape, keyIdShape, messageShape, messageTypeShape, signingAlgorithmShape } from './common-shapes';

interface Input extends SigningInput {
  KeyId: string;
}

export const sign = defineKmsOperation<Input, { KeyId: string; Signature: Uint8Array; SigningAlgorithm: string }, OneKey>({
  name: 'Sign',
  action: 'kms:Sign',
  readOnly: true,
  summary: 'Signs a message or its digest with the private key of an asymmetric signing key.',
  resources: { key: keyNamedBy('KeyId', { forms: 'any', states: KEY_STATES.usable }) },
  input: struct(
    {
      KeyId: keyIdShape,
      Message: messageShape,
      MessageType: messageTypeShape,
      GrantTokens: grantTokensShape,
      SigningAlgorithm: signingAlgorithmShape,
      DryRun: dryRunShape,
    },
    ['KeyId', 'Message', 'SigningAlgorithm'],
  ),
  async run(ctx, input, { key }) {
    // The signing rules load with the first signing call: the first screen does not carry them.
    const { signingRequest } = await import('@/kms/model/signing-key');
    const { request, material } = signingRequest(key, input, 'Sign');
    if (input.DryRun) throw dryRunError();
    const { signWith } = await import('@/kms/crypto/signing');
    const signature = await signWith(material.raw!, request, ctx.env.random);
    return { KeyId: key.arn, Signature: signature, SigningAlgorithm: request.algorithm };
  },
});
