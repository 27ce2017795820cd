/**
 * What the other side does outside KMS, in this browser with WebCrypto, for the Try it panels of
 * RSA encryption and key agreement keys: read a public key pasted as PEM or base64 DER, encrypt
 * with an RSA public key (RSAES-OAEP, MGF1 over the same hash, empty label: what KMS decrypts and
 * OpenSSL's `pkeyutl -encrypt` makes), make a peer's ECDH key pair and compute its side of the
 * shared secret with the KMS key's public key.
 */
import { fromBase64, ownBytes } from '@/core/bytes';
import { OAEP_HASH, type Curve } from '@/kms/model/key-specs';

export type OaepAlgorithm = keyof typeof OAEP_HASH;

/** DER bytes of a public key pasted as PEM (BEGIN PUBLIC KEY) or as base64; a problem in words otherwise. */
export function readPublicKeyText(text: string): { der: Uint8Array } | { problem: string } {
  const trimmed = text.trim();
  if (!trimmed) return { problem: 'Paste a public key, or generate a peer key pair.' };
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(trimmed)) {
    return { problem: 'This is a private key. Paste the public key only: a private key is never shared, not even with KMS.' };
  }
  const pem = /^-----BEGIN PUBLIC KEY-----([\s\S]*?)-----END PUBLIC KEY-----$/.exec(trimmed);
  if (/^-----BEGIN/.test(trimmed) && !pem) {
    return { problem: 'Paste a PEM public key (-----BEGIN PUBLIC KEY-----, SubjectPublicKeyInfo), or its DER bytes in base64.' };
  }
  const der = fromBase64((pem ? pem[1]! : trimmed).replace(/\s+/g, ''));
  return der ? { der } : { problem: 'The public key is neither PEM nor base64. Paste it as the Public key tab or openssl ec -pubout gives it.' };
}

/** RSAES-OAEP with a DER SubjectPublicKeyInfo RSA public key, as anyone who holds the public key can encrypt. */
export async function encryptWithPublicKey(spki: Uint8Array, algorithm: OaepAlgorithm, plaintext: Uint8Array): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('spki', ownBytes(spki), { name: 'RSA-OAEP', hash: OAEP_HASH[algorithm].hash }, false, ['encrypt']);
  return new Uint8Array(await crypto.subtle.encrypt({ name: 'RSA-OAEP' }, key, ownBytes(plaintext)));
}

/** OpenSSL's command for the same encryption with the public key downloaded from the Public key tab. */
export function opensslEncryptCommand(keyId: string, algorithm: OaepAlgorithm): string {
  const md = algorithm === 'RSAES_OAEP_SHA_1' ? 'sha1' : 'sha256';
  return (
    `openssl pkeyutl -encrypt -pubin -inkey ${keyId}_public_key.pem -in plaintext.txt -out ciphertext.bin \\\n` +
    `  -pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:${md} -pkeyopt rsa_mgf1_md:${md}`
  );
}

export interface PeerKeyPair {
  privateKey: CryptoKey;
  publicKey: Uint8Array;
}

/** A peer's ECDH key pair on `curve`; its private key stays a non-extractable key of this page. */
export async function newPeerKeyPair(curve: Curve): Promise<PeerKeyPair> {
  const pair = (await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: curve }, false, ['deriveBits'])) as CryptoKeyPair;
  return { privateKey: pair.privateKey, publicKey: new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey)) };
}

const CURVE_BITS: Partial<Record<Curve, number>> = { 'P-256': 256, 'P-384': 384, 'P-521': 528 };

/** The peer's side of ECDH: its private key with the KMS key's public key (GetPublicKey): the raw x-coordinate, as DeriveSharedSecret returns. */
export async function peerSecret(peer: PeerKeyPair, curve: Curve, kmsPublicKey: Uint8Array): Promise<Uint8Array> {
  const other = await crypto.subtle.importKey('spki', ownBytes(kmsPublicKey), { name: 'ECDH', namedCurve: curve }, false, []);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'ECDH', public: other }, peer.privateKey, CURVE_BITS[curve]!));
}
