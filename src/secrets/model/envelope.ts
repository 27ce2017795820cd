/**
 * How Secrets Manager protects a value with KMS (envelope encryption):
 * https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html
 * - on write, GenerateDataKey (AES_256) under the secret's KMS key, with the encryption context
 *   { SecretARN, SecretVersionId }; the value is encrypted under the plaintext data key (AES-GCM
 *   here) and only the encrypted data key is kept;
 * - on read, Decrypt of the encrypted data key with the same encryption context.
 * Both calls are made as the caller, on Secrets Manager's behalf (the trail's invokedBy, the key
 * policy's kms:ViaService). When KMS refuses, Secrets Manager answers with its own errors:
 * AccessDeniedException "Access to KMS is not allowed" when the caller may not use the key, and
 * EncryptionFailure / DecryptionFailure when the key cannot serve (disabled, pending deletion,
 * not found, not a symmetric encryption key).
 * Simplified: the EncryptionFailure / DecryptionFailure messages are the documented texts; the
 * lab does not add KMS's reason to them (Event history shows KMS's own error on its call).
 */
import { AwsError, fromUtf8, isAwsError, ownBytes, utf8 } from '@/core';
import type { SecretsContext } from '@/secrets/context';
import { DEFAULT_KEY_ALIAS, type SealedValue } from './secret';

export type SecretValue = { kind: 'string'; text: string } | { kind: 'binary'; bytes: Uint8Array };

/** The value a write carries, if any. */
export const valueOf = (input: { SecretString?: string; SecretBinary?: Uint8Array }): SecretValue | undefined =>
  input.SecretString !== undefined
    ? { kind: 'string', text: input.SecretString }
    : input.SecretBinary !== undefined
      ? { kind: 'binary', bytes: input.SecretBinary }
      : undefined;

export const ACCESS_TO_KMS = 'Access to KMS is not allowed';
export const ENCRYPTION_FAILURE =
  "Secrets Manager can't encrypt the protected secret text using the provided KMS key. Check that the KMS key is available, enabled, and not in an invalid state.";
export const DECRYPTION_FAILURE = "Secrets Manager can't decrypt the protected secret text using the provided KMS key.";

/**
 * Secrets Manager's answer to an error of its KMS call. The KMS error rides along as `cause`, and
 * a refusal keeps KMS's decision and trace, so the console's Why? explains it (key policy, IAM).
 */
function kmsRefusal(e: unknown, failure: 'EncryptionFailure' | 'DecryptionFailure'): never {
  if (!isAwsError(e)) throw e;
  const answer =
    e.code === 'AccessDeniedException'
      ? new AwsError('AccessDeniedException', ACCESS_TO_KMS)
      : new AwsError(failure, failure === 'EncryptionFailure' ? ENCRYPTION_FAILURE : DECRYPTION_FAILURE);
  Object.defineProperty(answer, 'cause', { value: e, enumerable: false });
  const { decision, trace } = e as { decision?: unknown; trace?: unknown };
  if (e.code === 'AccessDeniedException' && decision) {
    Object.defineProperty(answer, 'decision', { value: decision, enumerable: false });
    Object.defineProperty(answer, 'trace', { value: trace, enumerable: false });
  }
  throw answer;
}

const contextOf = (secretArn: string, versionId: string) => ({ SecretARN: secretArn, SecretVersionId: versionId });

const aesKey = (raw: Uint8Array, use: KeyUsage) => crypto.subtle.importKey('raw', ownBytes(raw), { name: 'AES-GCM' }, false, [use]);

/** Encrypts a value for a version of a secret under `keyId` (default: aws/secretsmanager, created on first use). */
export async function sealValue(
  ctx: SecretsContext,
  secretArn: string,
  versionId: string,
  value: SecretValue,
  keyId: string | undefined,
): Promise<SealedValue> {
  const dataKey = await ctx
    .callKms<{ CiphertextBlob: Uint8Array; Plaintext: Uint8Array; KeyId: string }>('GenerateDataKey', {
      KeyId: keyId ?? DEFAULT_KEY_ALIAS,
      KeySpec: 'AES_256',
      EncryptionContext: contextOf(secretArn, versionId),
    })
    .catch((e: unknown) => kmsRefusal(e, 'EncryptionFailure'));
  const iv = ctx.random.bytes(12);
  const plain = value.kind === 'string' ? utf8(value.text) : value.bytes;
  const key = await aesKey(dataKey.Plaintext, 'encrypt');
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: ownBytes(iv) }, key, ownBytes(plain)));
  dataKey.Plaintext.fill(0);
  return { encryptedDataKey: dataKey.CiphertextBlob, iv, ciphertext, kind: value.kind, keyArn: dataKey.KeyId };
}

/** Decrypts a version's value: KMS Decrypt of its data key, then the value under it. */
export async function openValue(ctx: SecretsContext, secretArn: string, versionId: string, sealed: SealedValue): Promise<SecretValue> {
  const { Plaintext } = await ctx
    .callKms<{ Plaintext: Uint8Array }>('Decrypt', { CiphertextBlob: sealed.encryptedDataKey, EncryptionContext: contextOf(secretArn, versionId) })
    .catch((e: unknown) => kmsRefusal(e, 'DecryptionFailure'));
  const key = await aesKey(Plaintext, 'decrypt');
  Plaintext.fill(0);
  const plain = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: ownBytes(sealed.iv) }, key, ownBytes(sealed.ciphertext)));
  return sealed.kind === 'string' ? { kind: 'string', text: fromUtf8(plain) } : { kind: 'binary', bytes: plain };
}
