/**
 * Bring-your-own-key steps as a learner does them, for tests: get the wrapping parameters,
 * wrap 32 bytes of material with RSA-OAEP under the public key, exactly as
 *
 *   openssl pkeyutl -encrypt -in PlaintextKeyMaterial.bin -out EncryptedKeyMaterial.bin \
 *     -inkey WrappingPublicKey.bin -keyform DER -pubin \
 *     -pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:sha256 -pkeyopt rsa_mgf1_md:sha256
 *
 * and import it. WebCrypto's RSA-OAEP uses the same hash for OAEP and MGF1, as that command does.
 */
import type { KmsLab } from './harness';

export type WrappingAlgorithm = 'RSAES_OAEP_SHA_1' | 'RSAES_OAEP_SHA_256';

/** What `openssl pkeyutl -encrypt -pubin -keyform DER` does with the DER SubjectPublicKeyInfo from GetParametersForImport. */
export async function wrapKeyMaterial(
  publicKeyDer: Uint8Array,
  material: Uint8Array,
  algorithm: WrappingAlgorithm = 'RSAES_OAEP_SHA_256',
): Promise<Uint8Array> {
  const hash = algorithm === 'RSAES_OAEP_SHA_1' ? 'SHA-1' : 'SHA-256';
  const publicKey = await crypto.subtle.importKey('spki', new Uint8Array(publicKeyDer), { name: 'RSA-OAEP', hash }, false, ['encrypt']);
  return new Uint8Array(await crypto.subtle.encrypt({ name: 'RSA-OAEP' }, publicKey, new Uint8Array(material)));
}

export interface ImportOptions {
  algorithm?: WrappingAlgorithm;
  validTo?: Date;
  expirationModel?: 'KEY_MATERIAL_EXPIRES' | 'KEY_MATERIAL_DOES_NOT_EXPIRE';
}

/** GetParametersForImport + wrap + ImportKeyMaterial; returns ImportKeyMaterial's response. */
export async function importMaterial(t: KmsLab, keyId: string, material: Uint8Array, o: ImportOptions = {}) {
  const algorithm = o.algorithm ?? 'RSAES_OAEP_SHA_256';
  const params = await t.kms('GetParametersForImport', { KeyId: keyId, WrappingAlgorithm: algorithm, WrappingKeySpec: 'RSA_2048' });
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
