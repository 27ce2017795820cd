/**
 * GenerateDataKeyPairWithoutPlaintext: https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateDataKeyPairWithoutPlaintext.html
 * Like GenerateDataKeyPair, but the private key comes back only encrypted under the KMS key: for
 * a component that hands out public keys now (to encrypt or verify) and lets another one, allowed
 * to Decrypt, use the private key later.
 */
import { defineKmsOperation, type OneKey } from '@/kms/context';
import { dataKeyPairInputShape, dataKeyPairRules, generateDataKeyPairFor, type DataKeyPairInput } from './generate-data-key-pair';

interface Output {
  PrivateKeyCiphertextBlob: Uint8Array;
  PublicKey: Uint8Array;
  KeyId: string;
  KeyPairSpec: string;
  KeyMaterialId: string;
}

export const generateDataKeyPairWithoutPlaintext = defineKmsOperation<DataKeyPairInput, Output, OneKey>({
  name: 'GenerateDataKeyPairWithoutPlaintext',
  action: 'kms:GenerateDataKeyPairWithoutPlaintext',
  summary: 'Generates an asymmetric data key pair and returns the public key and the private key encrypted under a KMS key.',
  input: dataKeyPairInputShape,
  ...dataKeyPairRules,
  async run(ctx, input, { key }) {
    const { PrivateKeyCiphertextBlob, PrivateKeyPlaintext, PublicKey, KeyId, KeyPairSpec, KeyMaterialId } = await generateDataKeyPairFor(
      ctx,
      key,
      input,
      'GenerateDataKeyPairWithoutPlaintext',
    );
    PrivateKeyPlaintext.fill(0); // never returned
    return { PrivateKeyCiphertextBlob, PublicKey, KeyId, KeyPairSpec, KeyMaterialId };
  },
});
