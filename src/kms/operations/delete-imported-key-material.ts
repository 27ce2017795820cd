/**
 * DeleteImportedKeyMaterial: https://docs.aws.amazon.com/kms/latest/APIReference/API_DeleteImportedKeyMaterial.html
 * Deletes the imported material of an EXTERNAL key at once: the key becomes PendingImport and
 * unusable (Encrypt: "<ARN> is pending import.") until the same material is imported again.
 * A key pending deletion stays PendingDeletion. On a key already PendingImport it does nothing.
 * Simplified: KeyMaterialId may only name the key's one imported material.
 */
import { AwsError, str, struct } from '@/core';
import { defineKmsOperation, type OneKey } from '@/kms/context';
import { keyNamedBy } from '@/kms/model/key-resource';
import { KEY_STATES } from '@/kms/model/key-states';
import { deleteImportedMaterial } from '@/kms/lifecycle/import-expiry';
import { keyIdOrArnShape } from './common-shapes';
import { checkExternalOrigin } from './get-parameters-for-import';

export const deleteImportedKeyMaterial = defineKmsOperation<{ KeyId: string; KeyMaterialId?: string }, { KeyId: string; KeyMaterialId?: string }, OneKey>({
  name: 'DeleteImportedKeyMaterial',
  action: 'kms:DeleteImportedKeyMaterial',
  summary: 'Deletes the imported key material of an EXTERNAL key; the key becomes PendingImport.',
  resources: { key: keyNamedBy('KeyId', { forms: 'id-or-arn', states: KEY_STATES.any }) },
  input: struct(
    {
      KeyId: keyIdOrArnShape,
      KeyMaterialId: str({ min: 64, max: 64, pattern: '^[a-f0-9]+$', doc: 'Key material to delete (default: the current one)' }),
    },
    ['KeyId'],
  ),
  async run(ctx, input, { key }) {
    checkExternalOrigin(key);
    if (input.KeyMaterialId !== undefined && !key.materials.some((m) => m.id === input.KeyMaterialId)) {
      throw new AwsError('NotFoundException', `Key material ${input.KeyMaterialId} does not exist in ${key.arn}.`);
    }
    const deleted = deleteImportedMaterial(key, input.KeyMaterialId);
    return { KeyId: key.arn, KeyMaterialId: deleted?.id };
  },
});
