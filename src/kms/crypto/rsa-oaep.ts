/**
 * RSAES-OAEP (RFC 8017 7.1) for RSA encryption keys: RSAES_OAEP_SHA_1 and RSAES_OAEP_SHA_256, with
 * MGF1 over the same hash and an empty label, as KMS and OpenSSL's `-pkeyopt rsa_oaep_md:sha256
 * -pkeyopt rsa_mgf1_md:sha256` use. The ciphertext is the raw RSA output (the modulus length), so
 * Decrypt needs the KeyId and the algorithm. Private keys are non-extractable WebCrypto keys, one
 * per hash (WebCrypto binds an RSA key to one hash).
 */
import { AwsError, ownBytes } from '@/core';
import { OAEP_HASH } from '@/kms/model/key-specs';

export type OaepAlgorithm = keyof typeof OAEP_HASH;
export const OAEP_ALGORITHMS = Object.keys(OAEP_HASH) as OaepAlgorithm[];

export const oaepHandleName = (algorithm: OaepAlgorithm) => `RSA-OAEP/${OAEP_HASH[algorithm].hash}`;

/** The two non-extractable decryption keys of an RSA encryption key's PKCS#8 private key. */
export async function oaepHandles(pkcs8: Uint8Array): Promise<Record<string, CryptoKey>> {
  const out: Record<string, CryptoKey> = {};
  for (const algorithm of OAEP_ALGORITHMS) {
    out[oaepHandleName(algorithm)] = await crypto.subtle.importKey('pkcs8', ownBytes(pkcs8), { name: 'RSA-OAEP', hash: OAEP_HASH[algorithm].hash }, false, [
      'decrypt',
    ]);
  }
  return out;
}

export async function oaepEncrypt(publicKey: Uint8Array, algorithm: OaepAlgorithm, plaintext: Uint8Array): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('spki', ownBytes(publicKey), { name: 'RSA-OAEP', hash: OAEP_HASH[algorithm].hash }, false, ['encrypt']);
  return new Uint8Array(await crypto.subtle.encrypt({ name: 'RSA-OAEP' }, key, ownBytes(plaintext)));
}

/** Any failure (wrong key, wrong algorithm, tampering) is InvalidCiphertextException without a message, as AWS answers. */
export async function oaepDecrypt(handle: CryptoKey | undefined, ciphertext: Uint8Array): Promise<Uint8Array> {
  try {
    if (!handle) throw new Error('no key');
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'RSA-OAEP' }, handle, ownBytes(ciphertext)));
  } catch {
    throw new AwsError('InvalidCiphertextException');
  }
}
