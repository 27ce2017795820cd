/**
 * Automatic rotation (docs/aws-behaviour.md, "Rotation"): when the clock passes NextRotationDate
 * of an Enabled key with rotation on, KMS adds new key material, keeps every older material
 * (old ciphertexts still decrypt), records the rotation and schedules the next one a period
 * later. Several periods in one advance rotate once per period, each at its own date.
 * No rotation happens while the key is not Enabled; a key re-enabled after its date passed
 * rotates at once and resumes its period from then. AWS managed keys rotate every year.
 * The rotation helpers used by the rotation operations live here too, stated once.
 */
import { AwsError, DAY_MS } from '@/core';
import type { KmsEnv } from '@/kms/context';
import type { KeyMaterial, KmsKey, KmsRegionState, RotationRecord } from '@/kms/model/key';
import { newKeyMaterial } from '@/kms/model/materials';
import type { ServiceEvent } from './service-event';

export const DEFAULT_ROTATION_PERIOD_DAYS = 365;
/** RotationPeriodInDays accepts 90 to 2560 days (EnableKeyRotation's input shape). */
export const ROTATION_PERIOD_MIN_DAYS = 90;
export const ROTATION_PERIOD_MAX_DAYS = 2560;
/** Quota "on-demand rotations per key" (not adjustable): docs/aws-behaviour.md, "Rotation". */
export const ON_DEMAND_ROTATION_LIMIT = 25;

/**
 * Rotation applies to symmetric keys whose material KMS generated. Imported material and
 * custom key store keys: UnsupportedOperationException naming the origin; asymmetric and HMAC
 * keys: UnsupportedOperationException without a message. (AWS managed keys are refused by
 * model/key-resource.ts where a call would change them.)
 */
export function checkRotationEligible(key: KmsKey): void {
  if (key.origin !== 'AWS_KMS') {
    throw new AwsError('UnsupportedOperationException', `${key.arn} origin is ${key.origin} which is not valid for this operation.`);
  }
  if (key.keySpec !== 'SYMMETRIC_DEFAULT') throw new AwsError('UnsupportedOperationException');
}

/** Makes new material current (the old stays for decryption) and records the rotation. */
export async function addRotation(env: KmsEnv, key: KmsKey, rotationType: RotationRecord['rotationType'], atMs: number): Promise<KeyMaterial> {
  const material = await newKeyMaterial(env);
  material.createdMs = atMs;
  key.materials.push(material);
  key.currentMaterialId = material.id;
  key.rotation.history.push({ keyMaterialId: material.id, rotationDateMs: atMs, rotationType });
  key.rotation.lastRotationMs = atMs;
  return material;
}

const rotateKeyEvent = (key: KmsKey, material: KeyMaterial, atMs: number): ServiceEvent => ({
  eventName: 'RotateKey',
  keyArn: key.arn,
  timeMs: atMs,
  details: { keyMaterialId: material.id, rotationType: 'AUTOMATIC' },
});

const periodMs = (key: KmsKey) => key.rotation.periodDays * DAY_MS;

/**
 * A key whose rotation date passed while it could not rotate (Disabled, PendingDeletion then
 * cancelled) rotates as soon as it is Enabled again: EnableKey calls this, so the new material
 * is current at once. runRotations also catches up a key found overdue (e.g. a restored state).
 */
export async function rotateIfOverdue(env: KmsEnv, key: KmsKey, nowMs = env.clock.nowMs()): Promise<ServiceEvent | undefined> {
  const r = key.rotation;
  if (!r.enabled || key.keyState !== 'Enabled' || r.nextRotationMs === undefined || r.nextRotationMs > nowMs) return undefined;
  const material = await addRotation(env, key, 'AUTOMATIC', nowMs);
  r.nextRotationMs = nowMs + periodMs(key);
  return rotateKeyEvent(key, material, nowMs);
}

export async function runRotations(env: KmsEnv, state: KmsRegionState, fromMs: number, toMs: number): Promise<ServiceEvent[]> {
  const events: ServiceEvent[] = [];
  for (const key of Object.values(state.keys)) {
    const r = key.rotation;
    if (!r.enabled || key.keyState !== 'Enabled' || key.origin !== 'AWS_KMS' || r.nextRotationMs === undefined) continue;
    // Overdue before this advance began: the date passed while the key was not Enabled.
    if (r.nextRotationMs < fromMs) {
      const e = await rotateIfOverdue(env, key, fromMs);
      if (e) events.push(e);
    }
    while (r.nextRotationMs! <= toMs) {
      const at: number = r.nextRotationMs!;
      const material = await addRotation(env, key, 'AUTOMATIC', at);
      events.push(rotateKeyEvent(key, material, at));
      r.nextRotationMs = at + periodMs(key);
    }
  }
  return events;
}
