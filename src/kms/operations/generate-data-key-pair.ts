/**
 * GenerateDataKeyPair: https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateDataKeyPair.html
 * A fresh asymmetric data key pair of KeyPairSpec (RSA_2048/3072/4096, ECC_NIST_P256/P384/P521,
 * ECC_SECG_P256K1, ECC_NIST_EDWARDS25519): the public key (DER SubjectPublicKeyInfo) in the
 * clear, the private key (DER PKCS#8) in plaintext and encrypted under a symmetric encryption
 * KMS key with the encryption context, exactly as Encrypt would (Decrypt gives the private key
 * back). For signing or encrypting outside KMS, with the private key stored encrypted beside the data.
 * Simplified: SM2 pairs exist only in the China Regions, which the lab does not simulate: the lab
 * refuses KeyPairSpec SM2 with UnsupportedOperationException in its own words. Recipient (Nitro
 * Enclaves attestation) is not supported. RSA and NIST key pairs come from WebCrypto's own
 * randomness, not the lab's seeded one.
 */
import { AwsError, str, struct } from '@/core';
import { defineKmsOperation, type KmsContext, type KmsOperation, type OneKey } from '@/kms/context';
import type { EncryptionContext } from '@/kms/crypto/encryption-context';
import { sealWith } from '@/kms/crypto/symmetric';
import { currentMaterial, dryRunError } from '@/kms/model/ciphertext-key';
import type { KmsKey } from '@/kms/model/key';
import { keyNamedBy } from '@/kms/model/key-resource';
import { DATA_KEY_PAIR_SPECS, type DataKeyPairSpec } from '@/kms/model/key-specs';
import { KEY_STATES } from '@/kms/model/key-states';
import { requireSymmetricEncryption } from '@/kms/model/usage-rules';
import { dryRunShape, encryptionContextShape, grantTokensShape, keyIdShape } from './common-shapes';

export interface DataKeyPairInput {
  KeyId: string;
  KeyPairSpec: string;
  EncryptionContext?: EncryptionContext;
  DryRun?: boolean;
}

export const dataKeyPairInputShape = struct(
  {
    EncryptionContext: encryptionContextShape,
    KeyId: keyIdShape,
    KeyPairSpec: str({ enum: [...DATA_KEY_PAIR_SPECS], doc: 'Type of the data key pair (RSA_2048, ECC_NIST_P256 ...)' }),
    GrantTokens: grantTokensShape,
    DryRun: dryRunShape,
  },
  ['KeyId', 'KeyPairSpec'],
);

/** What GenerateDataKeyPair and GenerateDataKeyPairWithoutPlaintext share: the symmetric key that encrypts the private key. */
export const dataKeyPairRules: Pick<KmsOperation<DataKeyPairInput, unknown, OneKey>, 'resources'> = {
  resources: {
    key: keyNamedBy<DataKeyPairInput>('KeyId', {
      forms: 'any',
      states: KEY_STATES.usable,
    }),
  },
};

/** The shared body: a new pair, its private key sealed under the KMS key. */
export async function generateDataKeyPairFor(ctx: KmsContext, key: KmsKey, input: DataKeyPairInput, operation: string) {
  requireSymmetricEncryption(key, operation);
  const spec = input.KeyPairSpec as DataKeyPairSpec;
  if (spec === 'SM2') throw new AwsError('UnsupportedOperationException', 'KeyPairSpec SM2 is not supported in this Region');
  const material = currentMaterial(key);
  if (input.DryRun) throw dryRunError();
  const { generateKeyPair } = await import('@/kms/crypto/key-pairs');
  const pair = await generateKeyPair(spec, ctx.env.random);
  const blob = await sealWith(key, material, pair.privateKey, input.EncryptionContext, ctx.env.random);
  return {
    PrivateKeyCiphertextBlob: blob,
    PrivateKeyPlaintext: pair.privateKey,
    PublicKey: pair.publicKey,
    KeyId: key.arn,
    KeyPairSpec: spec,
    KeyMaterialId: material.id,
  };
}

export const generateDataKeyPair = defineKmsOperation<DataKeyPairInput, Awaited<ReturnType<typeof generateDataKeyPairFor>>, OneKey>({
  name: 'GenerateDataKeyPair',
  action: 'kms:GenerateDataKeyPair',
  summary: 'Generates an asymmetric data key pair: the public key, and the private key in plaintext and encrypted under a KMS key.',
  sensitiveOutput: ['PrivateKeyPlaintext'],
  input: dataKeyPairInputShape,
  ...dataKeyPairRules,
  run: (ctx, input, { key }) => generateDataKeyPairFor(ctx, key, input, 'GenerateDataKeyPair'),
});
