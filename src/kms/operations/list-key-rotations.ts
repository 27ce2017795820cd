/**
 * ListKeyRotations: https://docs.aws.amazon.com/kms/latest/APIReference/API_ListKeyRotations.html
 * Completed rotations, oldest first (ROTATIONS_ONLY, the default: a never-rotated key lists
 * nothing), or every key material (ALL_KEY_MATERIAL: the first material too, without
 * RotationDate/RotationType). KeyMaterialState is CURRENT for the material that encrypts now.
 * For imported material, ALL_KEY_MATERIAL also shows ImportState, ExpirationModel and ValidTo.
 * Simplified: deleted or expired imported material is not listed (the lab forgets it until re-imported).
 */
import { AwsError, str, struct } from '@/core';
import { defineKmsOperation, type OneKey } from '@/kms/context';
import { keyNamedBy } from '@/kms/model/key-resource';
import { KEY_STATES } from '@/kms/model/key-states';
import type { KeyMaterial, KmsKey } from '@/kms/model/key';
import { paginate } from '@/kms/model/paginate';
import { keyIdOrArnShape, limitShape, markerShape } from './common-shapes';

interface Input {
  KeyId: string;
  IncludeKeyMaterial?: 'ROTATIONS_ONLY' | 'ALL_KEY_MATERIAL';
  Limit?: number;
  Marker?: string;
}

function entry(key: KmsKey, m: KeyMaterial, withImport: boolean) {
  const rotation = key.rotation.history.find((h) => h.keyMaterialId === m.id);
  return {
    KeyId: key.keyId,
    KeyMaterialId: m.id,
    KeyMaterialDescription: m.description,
    ImportState: withImport && key.origin === 'EXTERNAL' ? 'IMPORTED' : undefined,
    KeyMaterialState: m.id === key.currentMaterialId ? 'CURRENT' : 'NON_CURRENT',
    ExpirationModel: withImport ? m.expirationModel : undefined,
    ValidTo: withImport && m.validToMs !== undefined ? new Date(m.validToMs) : undefined,
    RotationDate: rotation ? new Date(rotation.rotationDateMs) : undefined,
    RotationType: rotation?.rotationType,
  };
}

export const listKeyRotations = defineKmsOperation<Input, { Rotations: ReturnType<typeof entry>[]; NextMarker?: string; Truncated: boolean }, OneKey>({
  name: 'ListKeyRotations',
  action: 'kms:ListKeyRotations',
  readOnly: true,
  summary: 'Lists the completed rotations (or all key material) of a KMS key.',
  resources: { key: keyNamedBy('KeyId', { forms: 'id-or-arn', states: KEY_STATES.any }) },
  input: struct(
    {
      KeyId: keyIdOrArnShape,
      IncludeKeyMaterial: str({ enum: ['ALL_KEY_MATERIAL', 'ROTATIONS_ONLY'], doc: 'ROTATIONS_ONLY (default) or ALL_KEY_MATERIAL' }),
      Limit: limitShape(1000),
      Marker: markerShape,
    },
    ['KeyId'],
  ),
  async run(ctx, input, { key }) {
    if (key.origin === 'AWS_CLOUDHSM') {
      throw new AwsError('UnsupportedOperationException', `${key.arn} origin is ${key.origin} which is not valid for this operation.`);
    }
    const all = input.IncludeKeyMaterial === 'ALL_KEY_MATERIAL';
    const rotated = new Set(key.rotation.history.map((h) => h.keyMaterialId));
    const materials = [...key.materials].filter((m) => all || rotated.has(m.id)).sort((a, b) => a.createdMs - b.createdMs);
    const { page, NextMarker, Truncated } = paginate(materials, input.Limit ?? 100, input.Marker);
    return { Rotations: page.map((m) => entry(key, m, all)), NextMarker, Truncated };
  },
});
