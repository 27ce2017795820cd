/**
 * ECDH (the cofactor Diffie-Hellman primitive of NIST SP 800-56A; the NIST curves have cofactor 1)
 * for KEY_AGREEMENT keys: the raw shared secret, the x-coordinate of the shared point, as long as
 * the curve's field (32, 48 or 66 bytes), which DeriveSharedSecret returns and OpenSSL's
 * `pkeyutl -derive` computes. The private key is a non-extractable WebCrypto ECDH key.
 */
import { ownBytes } from '@/core';
import type { Curve } from '@/kms/model/key-specs';
import { CURVE_BYTES } from './key-formats';

export const ecdhHandle = (pkcs8: Uint8Array, curve: Curve): Promise<CryptoKey> =>
  crypto.subtle.importKey('pkcs8', ownBytes(pkcs8), { name: 'ECDH', namedCurve: curve }, false, ['deriveBits']);

/** The shared secret with a peer's SubjectPublicKeyInfo; throws when the peer key is not a valid point of `curve`. */
export async function deriveSecret(handle: CryptoKey, curve: Curve, peerSpki: Uint8Array): Promise<Uint8Array> {
  const peer = await crypto.subtle.importKey('spki', ownBytes(peerSpki), { name: 'ECDH', namedCurve: curve }, false, []);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'ECDH', public: peer }, handle, CURVE_BYTES[curve] * 8));
}
