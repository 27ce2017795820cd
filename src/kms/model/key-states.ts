/**
 * Which key states each operation accepts, and the error for the others: the key-state
 * table of the AWS KMS developer guide ("Key states of AWS KMS keys"), written once.
 * Messages name the key ARN: `<ARN> is disabled.`, `<ARN> is pending deletion.` ...
 */
import { AwsError } from '@/core';
import type { KeyState, KmsKey } from './key';

type Outcome = 'ok' | 'DisabledException' | 'KMSInvalidStateException';
type Row = Partial<Record<KeyState, Outcome>>;

const ALL: Row = { Enabled: 'ok', Disabled: 'ok', PendingDeletion: 'ok', PendingImport: 'ok', Unavailable: 'ok', Creating: 'ok' };
const CRYPTO: Row = { Enabled: 'ok', Disabled: 'DisabledException' };
const MANAGE: Row = { Enabled: 'ok', Disabled: 'ok', PendingImport: 'ok', Unavailable: 'ok' };
const ENABLE_DISABLE: Row = { Enabled: 'ok', Disabled: 'ok', Unavailable: 'ok' };
const ROTATION: Row = { Enabled: 'ok', Disabled: 'DisabledException', PendingImport: 'ok', Unavailable: 'ok' };
const IMPORT: Row = { Enabled: 'ok', Disabled: 'ok', PendingImport: 'ok' };

export const KEY_STATE_TABLE: Record<string, Row> = {
  Encrypt: CRYPTO,
  Decrypt: CRYPTO,
  ReEncrypt: CRYPTO,
  GenerateDataKey: CRYPTO,
  GenerateDataKeyWithoutPlaintext: CRYPTO,
  DescribeKey: ALL,
  GetKeyPolicy: ALL,
  PutKeyPolicy: ALL,
  ListKeyPolicies: ALL,
  ListResourceTags: ALL,
  ListAliases: ALL,
  DeleteAlias: ALL,
  CancelKeyDeletion: ALL,
  GetKeyRotationStatus: ALL,
  ListKeyRotations: ALL,
  DeleteImportedKeyMaterial: ALL,
  CreateAlias: MANAGE,
  UpdateAlias: MANAGE,
  UpdateKeyDescription: MANAGE,
  TagResource: MANAGE,
  UntagResource: MANAGE,
  EnableKey: ENABLE_DISABLE,
  DisableKey: ENABLE_DISABLE,
  ScheduleKeyDeletion: { ...MANAGE, Disabled: 'ok' },
  EnableKeyRotation: ROTATION,
  DisableKeyRotation: ROTATION,
  RotateKeyOnDemand: { Enabled: 'ok', Disabled: 'DisabledException' },
  GetParametersForImport: IMPORT,
  ImportKeyMaterial: IMPORT,
};

const STATE_WORDS: Record<KeyState, string> = {
  Enabled: 'enabled',
  Disabled: 'disabled',
  PendingDeletion: 'pending deletion',
  PendingImport: 'pending import',
  Unavailable: 'unavailable',
  Creating: 'being created',
};

/** Throws AWS's error when `operation` cannot run on a key in its current state. */
export function checkKeyState(operation: string, key: KmsKey): void {
  const row = KEY_STATE_TABLE[operation];
  if (!row) throw new Error(`No key-state rule for ${operation}`);
  const outcome = row[key.keyState] ?? 'KMSInvalidStateException';
  if (outcome === 'ok') return;
  throw new AwsError(outcome, `${key.arn} is ${STATE_WORDS[key.keyState]}.`);
}
