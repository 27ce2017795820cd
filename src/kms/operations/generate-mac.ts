/**
 * GenerateMac: https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateMac.html
 * The HMAC (RFC 2104) of a message (1-4096 bytes) under an HMAC KMS key, with the MAC algorithm
 * of its key spec (HMAC_256 keys: HMAC_SHA_256 ...). The key stays a non-extractable WebCrypto
 * key (HMAC_224: see crypto/hmac.ts). The MAC is the raw RFC 2104 output, so
 * `openssl dgst -sha256 -mac HMAC` with the same key bytes (imported material) gives the same.
 * CloudTrail records GenerateMac as read-only and never the message.
 */
import { struct } from '@/core';
import { defineKmsOperation, type OneKey } from '@/kms/context';
import { keyNamedBy } from '@/kms/model/key-resource';
import { KEY_STATES } from '@/kms/model/key-states';
import { dryRunShape, grantTokensShape, keyIdShape, macAlgorithmShape, messageShape } from './common-shapes';

interface Input {
  Message: Uint8Array;
  KeyId: string;
  MacAlgorithm: string;
  DryRun?: boolean;
}

export const generateMac = defineKmsOperation<Input, { Mac: Uint8Array; MacAlgorithm: string; KeyId: string }, OneKey>({
  name: 'GenerateMac',
  action: 'kms:GenerateMac',
  readOnly: true,
  summary: 'Computes the HMAC of a message with an HMAC KMS key.',
  resources: { key: keyNamedBy('KeyId', { forms: 'any', states: KEY_STATES.usable }) },
  input: struct({ Message: messageShape, KeyId: keyIdShape, MacAlgorithm: macAlgorithmShape, GrantTokens: grantTokensShape, DryRun: dryRunShape }, [
    'Message',
    'KeyId',
    'MacAlgorithm',
  ]),
  async run(ctx, input, { key }) {
    // The MAC rules load with the first MAC call: the first screen does not carry them.
    const { macOf } = await import('@/kms/model/mac-key');
    const mac = await macOf(key, input.MacAlgorithm, input.Message, 'GenerateMac', input.DryRun);
    return { Mac: mac, MacAlgorithm: input.MacAlgorithm, KeyId: key.arn };
  },
});
