/**
 * Encrypt: https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html
 * Encrypts 1-4096 bytes under the key's current material with AES-256-GCM; the encryption
 * context is bound as authenticated data. An RSA encryption key (KeySpec RSA_*, KeyUsage
 * ENCRYPT_DECRYPT) encrypts with RSAES_OAEP_SHA_1 or RSAES_OAEP_SHA_256 under its public key, up to
 * the key's limit (190 bytes for RSA_2048 with SHA-256 ...): the ciphertext is what OpenSSL's
 * `pkeyutl -encrypt` with the public key from GetPublicKey would make, and carries no key id.
 * Other key usages are refused (model/usage-rules.ts). The response names the key by its ARN.
 */
import { struct } from '@/core';
import { defineKmsOperation, type OneKey } from '@/kms/context';
import { keyNamedBy } from '@/kms/model/key-resource';
import { KEY_STATES } from '@/kms/model/key-states';
import type { EncryptionContext } from '@/kms/crypto/encryption-context';
import { sealWith } from '@/kms/crypto/symmetric';
import { currentMaterial, dryRunError } from '@/kms/model/ciphertext-key';
import { encryptionAlgorithmFor, refuseContext, requireUsage, rsaEncrypt } from '@/kms/model/usage-rules';
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
    key: keyNamedBy('KeyId', { forms: 'any', states: KEY_STATES.usable }),
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
    requireUsage(key, 'ENCRYPT_DECRYPT', 'Encrypt');
    const algorithm = encryptionAlgorithmFor(key, input.EncryptionAlgorithm);
    if (algorithm !== 'SYMMETRIC_DEFAULT') {
      refuseContext(key, input.EncryptionContext);
      if (input.DryRun) throw dryRunError();
      return { CiphertextBlob: await rsaEncrypt(key, algorithm, input.Plaintext), KeyId: key.arn, EncryptionAlgorithm: algorithm };
    }
    if (input.DryRun) throw dryRunError();
    const blob = await sealWith(key, currentMaterial(key), input.Plaintext, input.EncryptionContext, ctx.env.random);
    return { CiphertextBlob: blob, KeyId: key.arn, EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' };
  },
});
