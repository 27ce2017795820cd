/**
 * ReEncrypt: https://docs.aws.amazon.com/kms/latest/APIReference/API_ReEncrypt.html
 * Decrypts a ciphertext and encrypts the plaintext again under the destination key (which may
 * be the same key: to change the encryption context or move to the current key material),
 * without the plaintext ever leaving KMS. Needs kms:ReEncryptFrom on the source key and
 * kms:ReEncryptTo on the destination key; both keys must be usable (key-state table).
 * Either key may be an RSA encryption key: an RSA source is named by SourceKeyId with its
 * SourceEncryptionAlgorithm (its ciphertext names no key), an RSA destination encrypts with
 * DestinationEncryptionAlgorithm within its size limit (model/usage-rules.ts).
 */
import { list, str, struct } from '@/core';
import { defineKmsOperation } from '@/kms/context';
import type { EncryptionContext } from '@/kms/crypto/encryption-context';
import { openWith, sealWith } from '@/kms/crypto/symmetric';
import { currentMaterial, dryRunError, keyForCiphertext } from '@/kms/model/ciphertext-key';
import { encryptionAlgorithmFor, refuseContext, requireUsage, rsaDecrypt, rsaEncrypt } from '@/kms/model/usage-rules';
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
  SourceKeyMaterialId?: string;
  DestinationKeyMaterialId?: string;
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
    source: keyStep<Input>(
      async (ctx, input) => {
        if (input.SourceKeyId !== undefined) {
          const named = await ctx.resolveKey(input.SourceKeyId, 'any');
          if (named.keySpec !== 'SYMMETRIC_DEFAULT' && named.keyUsage === 'ENCRYPT_DECRYPT') return named; // RSA ciphertexts name no key
        }
        return keyForCiphertext(ctx, input.CiphertextBlob, input.SourceKeyId);
      },
      {
        action: 'kms:ReEncryptFrom',
        states: KEY_STATES.usable,
      },
    ),
    destination: keyNamedBy<Input>('DestinationKeyId', {
      forms: 'any',
      action: 'kms:ReEncryptTo',
      states: KEY_STATES.usable,
    }),
  },
  async run(ctx, input, { source, destination }) {
    requireUsage(source, 'ENCRYPT_DECRYPT', 'ReEncrypt');
    requireUsage(destination, 'ENCRYPT_DECRYPT', 'ReEncrypt');
    const from = encryptionAlgorithmFor(source, input.SourceEncryptionAlgorithm);
    const to = encryptionAlgorithmFor(destination, input.DestinationEncryptionAlgorithm);
    if (from !== 'SYMMETRIC_DEFAULT') refuseContext(source, input.SourceEncryptionContext);
    if (to !== 'SYMMETRIC_DEFAULT') refuseContext(destination, input.DestinationEncryptionContext);
    const target = currentMaterial(destination);
    if (input.DryRun) throw dryRunError();
    const opened =
      from === 'SYMMETRIC_DEFAULT'
        ? await openWith(source, input.CiphertextBlob, input.SourceEncryptionContext)
        : { plaintext: await rsaDecrypt(source, from, input.CiphertextBlob), material: undefined };
    const { plaintext, material } = opened;
    try {
      const blob =
        to === 'SYMMETRIC_DEFAULT'
          ? await sealWith(destination, target, plaintext, input.DestinationEncryptionContext, ctx.env.random)
          : await rsaEncrypt(destination, to, plaintext);
      const out: Output = {
        CiphertextBlob: blob,
        SourceKeyId: source.arn,
        KeyId: destination.arn,
        SourceEncryptionAlgorithm: from,
        DestinationEncryptionAlgorithm: to,
      };
      // Key material ids are reported for symmetric keys only.
      if (material) out.SourceKeyMaterialId = material.id;
      if (to === 'SYMMETRIC_DEFAULT') out.DestinationKeyMaterialId = target.id;
      return out;
    } finally {
      plaintext.fill(0); // the plaintext never leaves KMS
    }
  },
});
