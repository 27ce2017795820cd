/**
 * Decrypt: https://docs.aws.amazon.com/kms/latest/APIReference/API_Decrypt.html
 * The blob names its key and key material, so KeyId is optional; if given, it must name
 * the same key (IncorrectKeyException). Rotated keys still decrypt old blobs: every
 * material is kept. Tampering, truncation or a different encryption context fail with
 * InvalidCiphertextException and no message, as AWS answers.
 * An RSA encryption key's ciphertext is raw RSAES-OAEP output that names no key: KeyId and the
 * EncryptionAlgorithm it was made with are then required (as AWS requires them).
 * Simplified: Recipient (Nitro Enclaves attestation) is not supported.
 */
import { AwsError, list, str, struct } from '@/core';
import { defineKmsOperation, type OneKey } from '@/kms/context';
import type { EncryptionContext } from '@/kms/crypto/encryption-context';
import { openWith } from '@/kms/crypto/symmetric';
import { dryRunError, keyForCiphertext } from '@/kms/model/ciphertext-key';
import type { KmsContext } from '@/kms/context';
import { encryptionAlgorithmFor, refuseContext, requireUsage, rsaDecrypt } from '@/kms/model/usage-rules';
import { keyStep } from '@/kms/model/key-resource';
import { KEY_STATES } from '@/kms/model/key-states';
import { ciphertextShape, dryRunShape, encryptionContextShape, grantTokensShape, keyIdShape, symmetricAlgorithmShape } from './common-shapes';

interface Input {
  /** Required unless a dry run ignores the ciphertext (DryRunModifiers IGNORE_CIPHERTEXT). */
  CiphertextBlob?: Uint8Array;
  EncryptionContext?: EncryptionContext;
  KeyId?: string;
  EncryptionAlgorithm?: string;
  DryRun?: boolean;
  DryRunModifiers?: string[];
}

/** A dry run with IGNORE_CIPHERTEXT checks only the caller's permission on KeyId and the key's state. */
const ignoresCiphertext = (input: Input) => !!input.DryRun && !!input.DryRunModifiers?.includes('IGNORE_CIPHERTEXT');

/** The key that decrypts: KeyId's for a dry run that ignores the ciphertext or an asymmetric key, else the blob's. */
async function decryptingKey(ctx: KmsContext, input: Input) {
  if (ignoresCiphertext(input)) return ctx.resolveKey(input.KeyId!, 'any');
  if (input.KeyId !== undefined) {
    const named = await ctx.resolveKey(input.KeyId, 'any');
    if (named.keySpec !== 'SYMMETRIC_DEFAULT' && named.keyUsage === 'ENCRYPT_DECRYPT') return named; // other keys: IncorrectKeyException below
  }
  return keyForCiphertext(ctx, input.CiphertextBlob!, input.KeyId);
}

export const decrypt = defineKmsOperation<Input, { KeyId: string; Plaintext: Uint8Array; EncryptionAlgorithm: string; KeyMaterialId?: string }, OneKey>({
  name: 'Decrypt',
  action: 'kms:Decrypt',
  summary: 'Decrypts a ciphertext made by Encrypt, GenerateDataKey or ReEncrypt.',
  sensitiveOutput: ['Plaintext'],
  input: struct(
    {
      CiphertextBlob: ciphertextShape,
      EncryptionContext: encryptionContextShape,
      GrantTokens: grantTokensShape,
      KeyId: keyIdShape,
      EncryptionAlgorithm: symmetricAlgorithmShape,
      DryRun: dryRunShape,
      DryRunModifiers: list(str({ enum: ['IGNORE_CIPHERTEXT'] }), { doc: 'Modifiers of a dry run' }),
    },
    // CiphertextBlob is checked below: a dry run with IGNORE_CIPHERTEXT needs none.
  ),
  check(input) {
    if (ignoresCiphertext(input)) {
      if (input.KeyId === undefined) throw new AwsError('ValidationException', 'KeyId is required when DryRunModifiers includes IGNORE_CIPHERTEXT.');
    } else if (input.CiphertextBlob === undefined) {
      throw new AwsError(
        'ValidationException',
        "1 validation error detected: Value null at 'ciphertextBlob' failed to satisfy constraint: Member must not be null",
      );
    }
  },
  resources: {
    // The blob names its key; a dry run that ignores the ciphertext, and an asymmetric key, name it by KeyId.
    key: keyStep<Input>(decryptingKey, {
      states: KEY_STATES.usable,
    }),
  },
  async run(ctx, input, { key }) {
    requireUsage(key, 'ENCRYPT_DECRYPT', 'Decrypt');
    const algorithm = encryptionAlgorithmFor(key, input.EncryptionAlgorithm);
    if (algorithm !== 'SYMMETRIC_DEFAULT') {
      refuseContext(key, input.EncryptionContext);
      if (input.DryRun) throw dryRunError();
      return { KeyId: key.arn, Plaintext: await rsaDecrypt(key, algorithm, input.CiphertextBlob!), EncryptionAlgorithm: algorithm };
    }
    if (input.DryRun) throw dryRunError();
    const { plaintext, material } = await openWith(key, input.CiphertextBlob!, input.EncryptionContext);
    return { KeyId: key.arn, Plaintext: plaintext, EncryptionAlgorithm: 'SYMMETRIC_DEFAULT', KeyMaterialId: material.id };
  },
});
