/**
 * The wrapping of imported key material (GetParametersForImport / ImportKeyMaterial), both ways:
 * - RSAES_OAEP_SHA_1 / RSAES_OAEP_SHA_256: the material itself, RSA-OAEP-encrypted under the
 *   wrapping public key (MGF1 over the same hash, empty label), as `openssl pkeyutl -encrypt
 *   -pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:sha256 -pkeyopt rsa_mgf1_md:sha256` does.
 * - RSA_AES_KEY_WRAP_SHA_1 / RSA_AES_KEY_WRAP_SHA_256 (PKCS #11's CKM_RSA_AES_KEY_WRAP): a fresh
 *   AES-256 key, RSA-OAEP-encrypted as above (as many bytes as the wrapping key's modulus),
 *   followed by the material wrapped under that AES key with AES key wrap with padding (RFC 5649,
 *   `openssl enc -id-aes256-wrap-pad -iv A65959A6`). Only this form carries material longer than
 *   RSA-OAEP can take in one block, such as an RSA private key.
 * WebCrypto has RSA-OAEP and AES-KW (RFC 3394) but not AES-KWP: that comes from @noble/ciphers
 * (audited, pinned), loaded on first use.
 */
import { ownBytes } from '@/core';

export const WRAPPING_ALGORITHMS = ['RSAES_OAEP_SHA_256', 'RSAES_OAEP_SHA_1', 'RSA_AES_KEY_WRAP_SHA_256', 'RSA_AES_KEY_WRAP_SHA_1'] as const;
export type WrappingAlgorithm = (typeof WRAPPING_ALGORITHMS)[number];

export const isWrappingAlgorithm = (name: string): name is WrappingAlgorithm => (WRAPPING_ALGORITHMS as readonly string[]).includes(name);
/** The hash of RSA-OAEP (and its MGF1) in each wrapping algorithm. */
export const wrappingHash = (algorithm: WrappingAlgorithm) => (algorithm.endsWith('SHA_1') ? 'SHA-1' : 'SHA-256');
export const isTwoStep = (algorithm: WrappingAlgorithm) => algorithm.startsWith('RSA_AES_KEY_WRAP');

/** RFC 5649's alternative initial value, as OpenSSL's -iv takes it (the length follows it). */
export const KWP_IV = 'A65959A6';
const AES_KEY_BYTES = 32;

const loadKwp = async () => (await import('@noble/ciphers/aes.js')).aeskwp;

/** AES key wrap with padding (RFC 5649) of `data` under `kek` (16, 24 or 32 bytes). */
export async function kwpWrap(kek: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  return (await loadKwp())(kek).encrypt(data);
}

/** The inverse of kwpWrap; throws when the integrity check fails (wrong key, tampering, bad length). */
export async function kwpUnwrap(kek: Uint8Array, wrapped: Uint8Array): Promise<Uint8Array> {
  return (await loadKwp())(kek).decrypt(wrapped);
}

/**
 * What a learner's OpenSSL commands produce for the wrapping public key (DER SubjectPublicKeyInfo)
 * and algorithm. `aesKey` is the two-step form's AES-256 key (`openssl rand -out aes-key.bin 32`).
 */
export async function wrapForImport(publicKeyDer: Uint8Array, algorithm: WrappingAlgorithm, material: Uint8Array, aesKey?: Uint8Array): Promise<Uint8Array> {
  const publicKey = await crypto.subtle.importKey('spki', ownBytes(publicKeyDer), { name: 'RSA-OAEP', hash: wrappingHash(algorithm) }, false, ['encrypt']);
  const oaep = async (bytes: Uint8Array) => new Uint8Array(await crypto.subtle.encrypt({ name: 'RSA-OAEP' }, publicKey, ownBytes(bytes)));
  if (!isTwoStep(algorithm)) return oaep(material);
  const kek = aesKey ?? crypto.getRandomValues(new Uint8Array(AES_KEY_BYTES));
  const [wrappedKey, wrappedMaterial] = [await oaep(kek), await kwpWrap(kek, material)];
  if (!aesKey) kek.fill(0);
  const out = new Uint8Array(wrappedKey.length + wrappedMaterial.length);
  out.set(wrappedKey);
  out.set(wrappedMaterial, wrappedKey.length);
  return out;
}

/**
 * ImportKeyMaterial's side: the material inside `encrypted`, with the wrapping private key (a
 * non-extractable RSA-OAEP key of the algorithm's hash) whose modulus is `modulusBytes` long.
 * Throws on anything that does not unwrap: the caller answers InvalidCiphertextException.
 */
export async function unwrapForImport(privateKey: CryptoKey, modulusBytes: number, algorithm: WrappingAlgorithm, encrypted: Uint8Array): Promise<Uint8Array> {
  const oaep = async (bytes: Uint8Array) => new Uint8Array(await crypto.subtle.decrypt({ name: 'RSA-OAEP' }, privateKey, ownBytes(bytes)));
  if (!isTwoStep(algorithm)) return oaep(encrypted);
  if (encrypted.length < modulusBytes + 16) throw new Error('too short for an RSA-OAEP block and an AES-KWP block');
  const kek = await oaep(encrypted.subarray(0, modulusBytes));
  try {
    if (kek.length !== AES_KEY_BYTES) throw new Error(`the AES key is ${kek.length} bytes, not ${AES_KEY_BYTES}`);
    return await kwpUnwrap(kek, encrypted.subarray(modulusBytes));
  } finally {
    kek.fill(0);
  }
}
