/**
 * Which key states an operation accepts, and the error for the others: the rows of the key-state
 * table of the AWS KMS developer guide ("Key states of AWS KMS keys"), written once; each
 * operation names its row where it declares its key (docs/adding-an-operation.md).
 * https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html
 * Messages name the key ARN: `<ARN> is disabled.`, `<ARN> is pending deletion.` ...
 */
import { AwsError } from '@/core';
import type { KeyState, KmsKey } from './key';

type Outcome = 'ok' | 'DisabledException' | 'KMSInvalidStateException';
/** Which states an operation accepts; any state not listed answers KMSInvalidStateException. */
export type KeyStateRule = Partial<Record<KeyState, Outcome>>;

/** The rows of the table, each declared by the operations it applies to (`keyNamedBy(..., { states })`). */
export const KEY_STATES = {
  /** Every state: DescribeKey, GetKeyPolicy, PutKeyPolicy, ListKeyPolicies, ListResourceTags, DeleteAlias, CancelKeyDeletion, GetKeyRotationStatus, ListKeyRotations, DeleteImportedKeyMaterial. */
  any: { Enabled: 'ok', Disabled: 'ok', PendingDeletion: 'ok', PendingImport: 'ok', Unavailable: 'ok', Creating: 'ok' },
  /** Cryptographic operations and RotateKeyOnDemand: an enabled key only; a disabled one is DisabledException. */
  usable: { Enabled: 'ok', Disabled: 'DisabledException' },
  /** CreateAlias, UpdateAlias, UpdateKeyDescription, TagResource, UntagResource, ScheduleKeyDeletion. */
  manage: { Enabled: 'ok', Disabled: 'ok', PendingImport: 'ok', Unavailable: 'ok' },
  /** EnableKey, DisableKey. */
  enableDisable: { Enabled: 'ok', Disabled: 'ok', Unavailable: 'ok' },
  /** EnableKeyRotation, DisableKeyRotation. */
  rotation: { Enabled: 'ok', Disabled: 'DisabledException', PendingImport: 'ok', Unavailable: 'ok' },
  /** CreateGrant: as the cryptographic operations, but a key of a disconnected key store (Unavailable) takes grants. */
  createGrant: { Enabled: 'ok', Disabled: 'DisabledException', Unavailable: 'ok' },
  /** GetParametersForImport, ImportKeyMaterial. */
  import: { Enabled: 'ok', Disabled: 'ok', PendingImport: 'ok' },
} as const satisfies Record<string, KeyStateRule>;

const STATE_WORDS: Record<KeyState, string> = {
  Enabled: 'enabled',
  Disabled: 'disabled',
  PendingDeletion: 'pending deletion',
  PendingImport: 'pending import',
  Unavailable: 'unavailable',
  Creating: 'being created',
};

/** Throws AWS's error when an operation with this rule cannot run on a key in its current state. */
export function checkKeyState(rule: KeyStateRule, key: KmsKey): void {
  const outcome = rule[key.keyState] ?? 'KMSInvalidStateException';
  if (outcome === 'ok') return;
  throw new AwsError(outcome, `${key.arn} is ${STATE_WORDS[key.keyState]}.`);
}
