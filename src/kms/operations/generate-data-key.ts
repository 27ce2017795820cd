/**
 * GenerateDataKey: https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateDataKey.html
 * Returns a fresh data key twice: in plaintext (use it, then forget it) and encrypted under the
 * KMS key (store it beside the data; Decrypt gives the plaintext key back). Exactly one of
 * KeySpec (AES_256 = 32 bytes, AES_128 = 16) or NumberOfBytes (1-1024) is required.
 * The xor rule is checked before the key is looked at, as AWS validates parameters first
 * (so the operation resolves and authorizes its key itself).
 * Simplified: Recipient (Nitro Enclaves attestation) is not supported.
 */
import { AwsError, int, str, struct } from '@/core';
import { defineKmsOperation, type KmsContext, type KmsOperation, type OneKey } from '@/kms/context';
import type { EncryptionContext } from '@/kms/crypto/encryption-context';
import { sealWith } from '@/kms/crypto/symmetric';
import { currentMaterial, dryRunError } from '@/kms/model/ciphertext-key';
import type { KmsKey } from '@/kms/model/key';
import { requireSymmetricEncryption } from '@/kms/model/usage-rules';
import { keyNamedBy } from '@/kms/model/key-resource';
import { KEY_STATES } from '@/kms/model/key-states';
import { dryRunShape, encryptionContextShape, grantTokensShape, keyIdShape } from './common-shapes';

export interface DataKeyInput {
  KeyId: string;
  EncryptionContext?: EncryptionContext;
  NumberOfBytes?: number;
  KeySpec?: string;
  DryRun?: boolean;
}

export const dataKeyInputShape = struct(
  {
    KeyId: keyIdShape,
    EncryptionContext: encryptionContextShape,
    NumberOfBytes: int({ min: 1, max: 1024, doc: 'Length of the data key in bytes (1-1024); or use KeySpec' }),
    KeySpec: str({ enum: ['AES_256', 'AES_128'], doc: 'Length of the data key: AES_256 (32 bytes) or AES_128 (16 bytes)' }),
    GrantTokens: grantTokensShape,
    DryRun: dryRunShape,
  },
  ['KeyId'],
);

/** What GenerateDataKey and GenerateDataKeyWithoutPlaintext share: the length rule and the key they use. */
export const dataKeyRules: Pick<KmsOperation<DataKeyInput, unknown, OneKey>, 'check' | 'resources'> = {
  check(input) {
    if ((input.KeySpec === undefined) === (input.NumberOfBytes === undefined)) {
      throw new AwsError('ValidationException', 'Please specify either number of bytes or key spec.');
    }
  },
  resources: {
    key: keyNamedBy<DataKeyInput>('KeyId', {
      forms: 'any',
      states: KEY_STATES.usable,
    }),
  },
};

/** The shared body of GenerateDataKey and GenerateDataKeyWithoutPlaintext. */
export async function generateDataKeyFor(ctx: KmsContext, key: KmsKey, input: DataKeyInput, operation: string) {
  requireSymmetricEncryption(key, operation);
  const material = currentMaterial(key);
  if (input.DryRun) throw dryRunError();
  const length = input.NumberOfBytes ?? (input.KeySpec === 'AES_128' ? 16 : 32);
  const plaintext = ctx.env.random.bytes(length);
  const blob = await sealWith(key, material, plaintext, input.EncryptionContext, ctx.env.random);
  return { CiphertextBlob: blob, Plaintext: plaintext, KeyId: key.arn, KeyMaterialId: material.id };
}

export const generateDataKey = defineKmsOperation<
  DataKeyInput,
  { CiphertextBlob: Uint8Array; Plaintext: Uint8Array; KeyId: string; KeyMaterialId: string },
  OneKey
>({
  name: 'GenerateDataKey',
  action: 'kms:GenerateDataKey',
  summary: 'Generates a data key: returns it in plaintext and encrypted under a KMS key (envelope encryption).',
  sensitiveOutput: ['Plaintext'],
  input: dataKeyInputShape,
  ...dataKeyRules,
  run: (ctx, input, { key }) => generateDataKeyFor(ctx, key, input, 'GenerateDataKey'),
});
