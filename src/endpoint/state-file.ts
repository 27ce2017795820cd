/**
 * The endpoint's --state file: the whole account as JSON, so keys made with the real AWS CLI
 * survive a restart. Node only.
 *
 * In the browser, key material lives in non-extractable CryptoKeys that IndexedDB stores as they
 * are. A JSON file cannot hold a CryptoKey, so the endpoint's cloud is created with
 * `keepRawMaterial: true`: each KeyMaterial carries its bytes (32 bytes, an HMAC key or a PKCS#8
 * private key), written here as base64, and its non-extractable keys are made again on load. The
 * file therefore holds key material in clear: it is a lab file on the learner's own machine,
 * never a real secret.
 *
 * Not persisted: RSA import tokens (GetParametersForImport). Import parameters do not survive
 * an endpoint restart; call GetParametersForImport again, as after their 24 hours expire.
 *
 * A file that is not valid JSON, not a KMS Lab state file, or written by a newer version is
 * refused with a message and left untouched; it is never overwritten.
 */
import { open, readFile, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { rawLength, restoreKeys } from '@/cloud';
import { dict, fromBase64, toBase64 } from '@/core';
import { SCHEMA_VERSION, type CloudState } from '@/cloud/state';
import { checkCloudState } from '@/cloud/state-check';

type KmsRegionState = CloudState['kms'][string];
type KmsKey = KmsRegionState['keys'][string];

export const STATE_FILE_FORMAT = 'kms-lab-endpoint-state';
export const STATE_FILE_VERSION = 1;
const BYTES = '$kmslab:bytes';

export class StateFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StateFileError';
  }
}

/** The state as JSON text: raw material as base64, CryptoKeys (`key`, `handles`) and import tokens left out. */
export function encodeState(state: CloudState): string {
  const kms = dict<KmsRegionState>();
  for (const [region, r] of Object.entries(state.kms)) {
    const keys = dict<KmsKey>();
    for (const [id, key] of Object.entries(r.keys)) {
      const materials = key.materials.map(({ key: _cryptoKey, handles: _handles, ...m }) => {
        if (!m.raw) throw new Error(`Key ${key.keyId} has material without a raw copy: the endpoint's cloud must be created with keepRawMaterial: true`);
        return m;
      });
      keys[id] = { ...key, materials, importTokens: [] } as unknown as KmsKey;
    }
    kms[region] = { ...r, keys };
  }
  const file = { format: STATE_FILE_FORMAT, version: STATE_FILE_VERSION, state: { ...state, kms } };
  return JSON.stringify(
    file,
    (name, value) => {
      if (value instanceof Uint8Array) return { [BYTES]: toBase64(value) };
      // A CryptoKey anywhere else would be lost silently: fail loudly so the codec is extended.
      if (typeof CryptoKey !== 'undefined' && value instanceof CryptoKey) throw new Error(`state-file: cannot persist the CryptoKey at '${name}'`);
      return value;
    },
    1,
  );
}

/** Reads a state file's text back into a CloudState whose key material is non-extractable again. */
export async function decodeState(text: string): Promise<CloudState> {
  let file: any;
  try {
    file = JSON.parse(text, (_, value) => {
      if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 1 && typeof value[BYTES] === 'string') {
        const bytes = fromBase64(value[BYTES]);
        if (!bytes) throw new StateFileError('a byte string is not valid base64');
        return bytes;
      }
      return value;
    });
  } catch (e) {
    if (e instanceof StateFileError) throw e;
    throw new StateFileError(`it is not valid JSON (${(e as Error).message})`);
  }
  if (!file || typeof file !== 'object' || file.format !== STATE_FILE_FORMAT) throw new StateFileError('it is not a KMS Lab endpoint state file');
  if (typeof file.version !== 'number' || file.version > STATE_FILE_VERSION) {
    throw new StateFileError(`it was written by a newer KMS Lab (file version ${file.version}; this endpoint reads version ${STATE_FILE_VERSION})`);
  }
  const state = file.state;
  if (!state || typeof state !== 'object' || typeof state.clockMs !== 'number' || !state.iam || !state.kms || !Array.isArray(state.trail)) {
    throw new StateFileError('its account state is incomplete');
  }
  if (state.schemaVersion !== SCHEMA_VERSION) {
    throw new StateFileError(`its account schema version is ${state.schemaVersion}; this endpoint reads version ${SCHEMA_VERSION}`);
  }
  // Every part and value, before anything is built from it (a null map, a clock of 1e308 ...).
  const problem = checkCloudState(state);
  if (problem) throw new StateFileError(`it is damaged: ${problem}`);
  for (const region of Object.values(state.kms as Record<string, KmsRegionState>)) {
    for (const key of Object.values(region.keys ?? {})) {
      key.importTokens = [];
      const length = rawLength(key.keySpec ?? 'SYMMETRIC_DEFAULT');
      for (const m of key.materials ?? []) {
        if (!(m.raw instanceof Uint8Array) || (length !== undefined && m.raw.length !== length)) {
          throw new StateFileError(`key ${key.keyId} has key material without its ${length === undefined ? 'private key' : `${length} bytes`}`);
        }
        try {
          await restoreKeys(m, key.keySpec ?? 'SYMMETRIC_DEFAULT', key.keyUsage ?? 'ENCRYPT_DECRYPT');
        } catch {
          throw new StateFileError(`key ${key.keyId} has key material that is not a valid ${key.keySpec} key`);
        }
      }
    }
  }
  return state as CloudState;
}

/** The saved state, or undefined when the file does not exist; throws StateFileError for a bad file. */
export async function loadStateFile(path: string): Promise<CloudState | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new StateFileError(`it cannot be read (${(e as Error).message})`);
  }
  return decodeState(text);
}

/**
 * Writes durably and atomically: the text goes to a temporary file next to the state file, is
 * flushed to the disk (fsync), and replaces the file by a rename, whose directory is flushed in
 * turn; a failure at any step (a full or read-only disk) leaves the state file as it was. A state
 * file the learner made read-only (no write permission bit) is not replaced either.
 */
export async function writeStateFile(path: string, text: string): Promise<void> {
  const mode = await stat(path).then(
    (s) => s.mode,
    () => undefined,
  );
  if (mode !== undefined && (mode & 0o222) === 0) throw new Error(`${path} is read-only`);
  const tmp = `${path}.tmp-${process.pid}`;
  let file: FileHandle | undefined;
  try {
    file = await open(tmp, 'w', 0o600);
    await file.writeFile(text);
    await file.sync();
    await file.close();
    file = undefined;
    await rename(tmp, path);
  } catch (e) {
    await file?.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
  // The rename is on the disk once the directory is (not every system opens a directory: best effort).
  const dir = await open(dirname(path), 'r').catch(() => undefined);
  await dir
    ?.sync()
    .catch(() => undefined)
    .finally(() => dir.close());
}

export const saveStateFile = (path: string, state: CloudState): Promise<void> => writeStateFile(path, encodeState(state));
