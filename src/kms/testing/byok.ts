/**
 * Bring-your-own-key steps as a learner does them, for tests: get the wrapping parameters,
 * wrap the material under the public key as the wrapping algorithm says, exactly as
 *
 *   openssl pkeyutl -encrypt -in PlaintextKeyMaterial.bin -out EncryptedKeyMaterial.bin \
 *     -inkey WrappingPublicKey.bin -keyform DER -pubin \
 *     -pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:sha256 -pkeyopt rsa_mgf1_md:sha256
 *
 * does for RSAES_OAEP_SHA_256 (or, for RSA_AES_KEY_WRAP_*, `openssl enc -id-aes256-wrap-pad` of the
 * material under a fresh AES key, that key under RSA-OAEP, the two concatenated: crypto/key-wrap.ts),
 * and import it.
 */
import { wrapForImport, type WrappingAlgorithm } from '@/kms/crypto/key-wrap';
import type { KmsLab } from './harness';

export type { WrappingAlgorithm };

/** What OpenSSL does with the DER SubjectPublicKeyInfo from GetParametersForImport. */
export const wrapKeyMaterial = (publicKeyDer: Uint8Array, material: Uint8Array, algorithm: WrappingAlgorithm = 'RSAES_OAEP_SHA_256') =>
  wrapForImport(publicKeyDer, algorithm, material);

export interface ImportOptions {
  algorithm?: WrappingAlgorithm;
  wrappingKeySpec?: 'RSA_2048' | 'RSA_3072' | 'RSA_4096';
  validTo?: Date;
  expirationModel?: 'KEY_MATERIAL_EXPIRES' | 'KEY_MATERIAL_DOES_NOT_EXPIRE';
}

/** GetParametersForImport + wrap + ImportKeyMaterial; returns ImportKeyMaterial's response. */
export async function importMaterial(t: KmsLab, keyId: string, material: Uint8Array, o: ImportOptions = {}) {
  const algorithm = o.algorithm ?? 'RSAES_OAEP_SHA_256';
  const params = await t.kms('GetParametersForImport', { KeyId: keyId, WrappingAlgorithm: algorithm, WrappingKeySpec: o.wrappingKeySpec ?? 'RSA_2048' });
  const input: Record<string, unknown> = {
    KeyId: keyId,
    ImportToken: params.ImportToken,
    EncryptedKeyMaterial: await wrapKeyMaterial(params.PublicKey, material, algorithm),
    ExpirationModel: o.expirationModel ?? (o.validTo ? 'KEY_MATERIAL_EXPIRES' : 'KEY_MATERIAL_DOES_NOT_EXPIRE'),
  };
  if (o.validTo) input.ValidTo = o.validTo;
  return t.kms<{ KeyId: string; KeyMaterialId: string }>('ImportKeyMaterial', input);
}

/** 32 bytes of key material, as `openssl rand -out PlaintextKeyMaterial.bin 32` would give. */
export const keyMaterial = (fill: number) => new Uint8Array(32).map((_, i) => (fill * 31 + i * 7) & 0xff);
