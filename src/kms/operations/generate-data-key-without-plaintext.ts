/**
 * GenerateDataKeyWithoutPlaintext: https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateDataKeyWithoutPlaintext.html
 * Like GenerateDataKey, but only the encrypted data key comes back: for a component that
 * stores data keys now and lets another one (allowed to Decrypt) use them later.
 */
import { defineKmsOperation, type OneKey } from '@/kms/context';
import { dataKeyInputShape, dataKeyRules, generateDataKeyFor, type DataKeyInput } from './generate-data-key';

export const generateDataKeyWithoutPlaintext = defineKmsOperation<DataKeyInput, { CiphertextBlob: Uint8Array; KeyId: string; KeyMaterialId: string }, OneKey>({
  name: 'GenerateDataKeyWithoutPlaintext',
  action: 'kms:GenerateDataKeyWithoutPlaintext',
  summary: 'Generates a data key and returns it only encrypted under a KMS key.',
  input: dataKeyInputShape,
  ...dataKeyRules,
  async run(ctx, input, { key }) {
    const { CiphertextBlob, Plaintext, KeyId, KeyMaterialId } = await generateDataKeyFor(ctx, key, input, 'GenerateDataKeyWithoutPlaintext');
    Plaintext.fill(0); // never returned
    return { CiphertextBlob, KeyId, KeyMaterialId };
  },
});
