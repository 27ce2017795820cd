/**
 * Which keys an operation takes, with AWS's errors: a key whose KeyUsage does not allow the
 * operation is InvalidKeyUsageException `<ARN> key usage is SIGN_VERIFY which is not valid for
 * Encrypt.`; an encryption key of the wrong spec for an algorithm is InvalidKeyUsageException
 * `Algorithm SYMMETRIC_DEFAULT is incompatible with key spec RSA_4096.` (both recorded from AWS).
 * And the RSA encryption of asymmetric ENCRYPT_DECRYPT keys that Encrypt, Decrypt and ReEncrypt
 * share: RSAES_OAEP_SHA_1 or RSAES_OAEP_SHA_256 must be named, the plaintext must fit the key
 * (`Algorithm RSAES_OAEP_SHA_256 and key spec RSA_2048 cannot encrypt data larger than 190 bytes.`),
 * and the ciphertext is the raw RSA output, so Decrypt needs the KeyId.
 *
 * Simplified: AWS's text for an encryption context sent with an asymmetric key is not on record;
 * the lab refuses it with a ValidationException in its own words. For an RSA encryption key given
 * to GenerateDataKey and its siblings, the lab answers the algorithm error Encrypt gives.
 */
import { AwsError } from '@/core';
import type { EncryptionContext } from '@/kms/crypto/encryption-context';
import type { KmsKey } from './key';
import { OAEP_HASH, rsaPlaintextLimit, type KeyUsage } from './key-specs';

/** The error for a key whose usage does not allow the operation (Sign on an ENCRYPT_DECRYPT key ...). */
export const wrongUsage = (arn: string, usage: string, operation: string) =>
  new AwsError('InvalidKeyUsageException', `${arn} key usage is ${usage} which is not valid for ${operation}.`);

export type RsaAlgorithm = keyof typeof OAEP_HASH;

/** The key's usage must be `usage`. */
export function requireUsage(key: KmsKey, usage: KeyUsage, operation: string): void {
  if (key.keyUsage !== usage) throw wrongUsage(key.arn, key.keyUsage, operation);
}

const incompatible = (algorithm: string, key: KmsKey) =>
  new AwsError('InvalidKeyUsageException', `Algorithm ${algorithm} is incompatible with key spec ${key.keySpec}.`);

/** Symmetric encryption keys only (GenerateDataKey, GenerateDataKeyPair ...). */
export function requireSymmetricEncryption(key: KmsKey, operation: string): void {
  requireUsage(key, 'ENCRYPT_DECRYPT', operation);
  if (key.keySpec !== 'SYMMETRIC_DEFAULT') throw incompatible('SYMMETRIC_DEFAULT', key);
}

/** An ENCRYPT_DECRYPT key's algorithm: SYMMETRIC_DEFAULT (the default) for symmetric keys, an RSAES_OAEP_* one for RSA keys. */
export function encryptionAlgorithmFor(key: KmsKey, algorithm: string | undefined): 'SYMMETRIC_DEFAULT' | RsaAlgorithm {
  const chosen = algorithm ?? 'SYMMETRIC_DEFAULT';
  if (key.keySpec === 'SYMMETRIC_DEFAULT') {
    if (chosen !== 'SYMMETRIC_DEFAULT') throw incompatible(chosen, key);
    return 'SYMMETRIC_DEFAULT';
  }
  if (!(chosen in OAEP_HASH)) throw incompatible(chosen, key);
  return chosen as RsaAlgorithm;
}

/** Asymmetric keys take no encryption context. */
export function refuseContext(key: KmsKey, context: EncryptionContext | undefined): void {
  if (context && Object.keys(context).length > 0) {
    throw new AwsError(
      'ValidationException',
      `EncryptionContext is not supported with key spec ${key.keySpec}: only symmetric encryption keys bind a context.`,
    );
  }
}

function rsaMaterial(key: KmsKey) {
  const material = key.materials.find((m) => m.id === key.currentMaterialId);
  if (!material?.publicKey) throw new AwsError('KMSInvalidStateException', `${key.arn} is pending import.`);
  return material;
}

/** RSAES-OAEP under the key's public key, with AWS's size limit. */
export async function rsaEncrypt(key: KmsKey, algorithm: RsaAlgorithm, plaintext: Uint8Array): Promise<Uint8Array> {
  const limit = rsaPlaintextLimit(key.keySpec, algorithm);
  if (plaintext.length > limit) {
    throw new AwsError('ValidationException', `Algorithm ${algorithm} and key spec ${key.keySpec} cannot encrypt data larger than ${limit} bytes.`);
  }
  const { oaepEncrypt } = await import('@/kms/crypto/rsa-oaep');
  return oaepEncrypt(rsaMaterial(key).publicKey!, algorithm, plaintext);
}

/** RSAES-OAEP decryption with the key's non-extractable private key; any failure is InvalidCiphertextException. */
export async function rsaDecrypt(key: KmsKey, algorithm: RsaAlgorithm, ciphertext: Uint8Array): Promise<Uint8Array> {
  const { oaepDecrypt, oaepHandleName } = await import('@/kms/crypto/rsa-oaep');
  return oaepDecrypt(rsaMaterial(key).handles?.[oaepHandleName(algorithm)], ciphertext);
}
