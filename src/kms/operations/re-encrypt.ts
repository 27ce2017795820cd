/**
 * ReEncrypt: https://docs.aws.amazon.com/kms/latest/APIReference/API_ReEncrypt.html
 * Decrypts a ciphertext and encrypts the plaintext again under the destination key (which may
 * be the same key: to change the encryption context or move to the current key material),
 * without the plaintext ever leaving KMS. Needs kms:ReEncryptFrom on the source key and
 * kms:ReEncryptTo on the destination key; both keys must be usable (key-state table).
 * Simplified: only symmetric keys exist in the lab, so both algorithms are SYMMETRIC_DEFAULT.
 */
import { list, str, struct } from '@/core';
import { defineKmsOperation } from '@/kms/context';
import { encryptionContextConditions, type EncryptionContext } from '@/kms/crypto/encryption-context';
import { openWith, sealWith } from '@/kms/crypto/symmetric';
import { checkSymmetricAlgorithm, currentMaterial, dryRunError, keyForCiphertext } from '@/kms/model/ciphertext-key';
import type { KmsKey } from '@/kms/model/key';
import { keyNamedBy, keyStep } from '@/kms/model/key-resource';
import { KEY_STATES } from '@/kms/model/key-states';
import { ciphertextShape, dryRunShape, encryptionContextShape, grantTokensShape, keyIdShape, symmetricAlgorithmShape } from './common-shapes';

interface Input {
  CiphertextBlob: Uint8Array;
  SourceEncryptionContext?: EncryptionContext;
  SourceKeyId?: string;
  DestinationKeyId: string;
  DestinationEncryptionContext?: EncryptionContext;
  SourceEncryptionAlgorithm?: string;
  DestinationEncryptionAlgorithm?: string;
  DryRun?: boolean;
}

interface Output {
  CiphertextBlob: Uint8Array;
  SourceKeyId: string;
  KeyId: string;
  SourceEncryptionAlgorithm: string;
  DestinationEncryptionAlgorithm: string;
  SourceKeyMaterialId: string;
  DestinationKeyMaterialId: string;
}

export const reEncrypt = defineKmsOperation<Input, Output, { source: KmsKey; destination: KmsKey }>({
  name: 'ReEncrypt',
  action: 'kms:ReEncryptFrom',
  summary: 'Decrypts a ciphertext and re-encrypts it under another (or the same) KMS key, inside KMS.',
  input: struct(
    {
      CiphertextBlob: ciphertextShape,
      SourceEncryptionContext: encryptionContextShape,
      SourceKeyId: keyIdShape,
      DestinationKeyId: keyIdShape,
      DestinationEncryptionContext: encryptionContextShape,
      SourceEncryptionAlgorithm: symmetricAlgorithmShape,
      DestinationEncryptionAlgorithm: symmetricAlgorithmShape,
      GrantTokens: grantTokensShape,
      DryRun: dryRunShape,
      DryRunModifiers: list(str({ enum: ['IGNORE_CIPHERTEXT'] }), { doc: 'Modifiers of a dry run' }),
    },
    ['CiphertextBlob', 'DestinationKeyId'],
  ),
  resources: {
    source: keyStep<Input>((ctx, input) => keyForCiphertext(ctx, input.CiphertextBlob, input.SourceKeyId), {
      action: 'kms:ReEncryptFrom',
      states: KEY_STATES.usable,
      conditions: (input) => encryptionContextConditions(input.SourceEncryptionContext),
    }),
    destination: keyNamedBy<Input>('DestinationKeyId', {
      forms: 'any',
      action: 'kms:ReEncryptTo',
      states: KEY_STATES.usable,
      conditions: (input) => encryptionContextConditions(input.DestinationEncryptionContext),
    }),
  },
  async run(ctx, input, { source, destination }) {
    checkSymmetricAlgorithm(input.SourceEncryptionAlgorithm);
    checkSymmetricAlgorithm(input.DestinationEncryptionAlgorithm);
    const target = currentMaterial(destination);
    if (input.DryRun) throw dryRunError();
    const { plaintext, material } = await openWith(source, input.CiphertextBlob, input.SourceEncryptionContext);
    try {
      const blob = await sealWith(destination, target, plaintext, input.DestinationEncryptionContext, ctx.env.random);
      return {
        CiphertextBlob: blob,
        SourceKeyId: source.arn,
        KeyId: destination.arn,
        SourceEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
        DestinationEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
        SourceKeyMaterialId: material.id,
        DestinationKeyMaterialId: target.id,
      };
    } finally {
      plaintext.fill(0); // the plaintext never leaves KMS
    }
  },
});
