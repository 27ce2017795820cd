/**
 * Encrypt: https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html
 * Encrypts 1-4096 bytes under the key's current material with AES-256-GCM; the encryption
 * context is bound as authenticated data. The response names the key by its ARN.
 */
import { struct } from '@/core';
import { defineKmsOperation, type OneKey } from '@/kms/context';
import { keyNamedBy } from '@/kms/model/key-resource';
import { KEY_STATES } from '@/kms/model/key-states';
import { encryptionContextConditions, type EncryptionContext } from '@/kms/crypto/encryption-context';
import { sealWith } from '@/kms/crypto/symmetric';
import { checkSymmetricAlgorithm, currentMaterial, dryRunError } from '@/kms/model/ciphertext-key';
import { dryRunShape, encryptionContextShape, grantTokensShape, keyIdShape, plaintextShape, symmetricAlgorithmShape } from './common-shapes';

interface Input {
  KeyId: string;
  Plaintext: Uint8Array;
  EncryptionContext?: EncryptionContext;
  EncryptionAlgorithm?: string;
  DryRun?: boolean;
}

export const encrypt = defineKmsOperation<Input, { CiphertextBlob: Uint8Array; KeyId: string; EncryptionAlgorithm: string }, OneKey>({
  name: 'Encrypt',
  action: 'kms:Encrypt',
  summary: 'Encrypts up to 4096 bytes of data under a KMS key.',
  resources: {
    key: keyNamedBy('KeyId', { forms: 'any', states: KEY_STATES.usable, conditions: (input) => encryptionContextConditions(input.EncryptionContext) }),
  },
  input: struct(
    {
      KeyId: keyIdShape,
      Plaintext: plaintextShape,
      EncryptionContext: encryptionContextShape,
      GrantTokens: grantTokensShape,
      EncryptionAlgorithm: symmetricAlgorithmShape,
      DryRun: dryRunShape,
    },
    ['KeyId', 'Plaintext'],
  ),
  async run(ctx, input, { key }) {
    checkSymmetricAlgorithm(input.EncryptionAlgorithm);
    if (input.DryRun) throw dryRunError();
    const blob = await sealWith(key, currentMaterial(key), input.Plaintext, input.EncryptionContext, ctx.env.random);
    return { CiphertextBlob: blob, KeyId: key.arn, EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' };
  },
});
