/**
 * Expiry of imported key material (docs/aws-behaviour.md, "Imported key material"): when the
 * ValidTo of an EXTERNAL key's material passes, KMS deletes the material and the key goes to
 * PendingImport (a key pending deletion stays PendingDeletion). Ciphertexts made under it
 * decrypt again only after the same material is imported again.
 * The deletion itself is shared with DeleteImportedKeyMaterial, stated once here.
 */
import type { KeyMaterial, KmsKey, KmsRegionState } from '@/kms/model/key';
import type { ServiceEvent } from './service-event';

/** Removes one imported material (default: the current one); the key becomes PendingImport when none is left. */
export function deleteImportedMaterial(key: KmsKey, materialId = key.currentMaterialId): KeyMaterial | undefined {
  const material = key.materials.find((m) => m.id === materialId);
  if (!material) return undefined;
  key.materials = key.materials.filter((m) => m !== material);
  if (key.currentMaterialId === material.id) delete key.currentMaterialId;
  if (key.currentMaterialId === undefined && (key.keyState === 'Enabled' || key.keyState === 'Disabled')) key.keyState = 'PendingImport';
  return material;
}

export function runImportExpiry(state: KmsRegionState, toMs: number): ServiceEvent[] {
  const events: ServiceEvent[] = [];
  for (const key of Object.values(state.keys)) {
    if (key.origin !== 'EXTERNAL') continue;
    for (const m of [...key.materials]) {
      if (m.expirationModel !== 'KEY_MATERIAL_EXPIRES' || m.validToMs === undefined || m.validToMs > toMs) continue;
      deleteImportedMaterial(key, m.id);
      events.push({ eventName: 'DeleteExpiredKeyMaterial', keyArn: key.arn, timeMs: m.validToMs, details: { keyMaterialId: m.id } });
    }
  }
  return events;
}
