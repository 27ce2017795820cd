/**
 * Structural checks of a loaded snapshot before the app trusts it. They catch storage that was
 * damaged or written by something else; they do not re-check what the engine guarantees.
 * Returns a sentence describing the first problem, or undefined when the state looks sound.
 */
import { isRegion } from '@/core/ids';

const isObject = (x: unknown): x is Record<string, any> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isCryptoKey = (x: unknown) => typeof CryptoKey !== 'undefined' && x instanceof CryptoKey;

/** A material holds its CryptoKeys as CryptoKeys (symmetric `key`, other types' `handles`), or its bytes. */
function materialSurvived(m: unknown): boolean {
  if (!isObject(m)) return false;
  if (m.key !== undefined && !isCryptoKey(m.key)) return false;
  if (m.handles !== undefined && !(isObject(m.handles) && Object.values(m.handles).length > 0 && Object.values(m.handles).every(isCryptoKey))) return false;
  return isCryptoKey(m.key) || m.handles !== undefined || m.raw instanceof Uint8Array;
}

export function checkState(state: unknown, schemaVersion: number): string | undefined {
  if (!isObject(state)) return 'The stored account is not an object.';
  if (state.schemaVersion !== schemaVersion) return `The stored account has schema version ${String(state.schemaVersion)}, expected ${schemaVersion}.`;
  if (typeof state.clockMs !== 'number' || !Number.isFinite(state.clockMs)) return 'The stored account has no valid clock.';
  if (state.clockOffsetMs !== undefined && (typeof state.clockOffsetMs !== 'number' || !Number.isFinite(state.clockOffsetMs)))
    return 'The stored account has no valid clock.';
  if (!isObject(state.iam)) return 'The stored account has no IAM data.';
  if (!Array.isArray(state.trail)) return 'The stored account has no event history.';
  if (!isObject(state.kms)) return 'The stored account has no KMS data.';
  for (const [region, kms] of Object.entries(state.kms)) {
    if (!isRegion(region)) return `The stored account has KMS data for an unknown Region "${region}".`;
    const problem = checkRegion(region, kms);
    if (problem) return problem;
  }
  return undefined;
}

function checkRegion(region: string, kms: unknown): string | undefined {
  if (!isObject(kms) || !isObject(kms.keys) || !isObject(kms.aliases)) return `The KMS data of ${region} is damaged.`;
  for (const [id, key] of Object.entries(kms.keys)) {
    if (!isObject(key) || key.keyId !== id || typeof key.arn !== 'string' || !Array.isArray(key.materials)) {
      return `Key ${id} in ${region} is damaged.`;
    }
    // Key material must come back as WebCrypto keys (or bytes, for signing keys): anything else could never be used again.
    if (!key.materials.every(materialSurvived)) return `The key material of key ${id} in ${region} did not survive storage.`;
  }
  return undefined;
}
