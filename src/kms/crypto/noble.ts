/**
 * The audited libraries used where WebCrypto has no algorithm, loaded on first use so the first
 * screen does not carry them: @noble/curves (secp256k1, ECDSA over a precomputed digest,
 * Ed25519ph), @noble/post-quantum (ML-DSA, FIPS 204) and @noble/hashes (HMAC-SHA-224).
 * Versions are pinned in package.json.
 */
import type { Curve } from '@/kms/model/key-specs';

export const loadWeierstrass = async (curve: Curve) => {
  if (curve === 'secp256k1') return (await import('@noble/curves/secp256k1.js')).secp256k1;
  const nist = await import('@noble/curves/nist.js');
  return curve === 'P-256' ? nist.p256 : curve === 'P-384' ? nist.p384 : nist.p521;
};

export const loadEd25519 = async () => {
  const m = await import('@noble/curves/ed25519.js');
  return { ed25519: m.ed25519, ed25519ph: m.ed25519ph };
};

export const loadMlDsa = async (spec: string) => {
  const m = await import('@noble/post-quantum/ml-dsa.js');
  return spec === 'ML_DSA_44' ? m.ml_dsa44 : spec === 'ML_DSA_65' ? m.ml_dsa65 : m.ml_dsa87;
};

export const loadHmacSha224 = async () => {
  const [{ hmac }, { sha224 }] = await Promise.all([import('@noble/hashes/hmac.js'), import('@noble/hashes/sha2.js')]);
  return (key: Uint8Array, message: Uint8Array) => hmac(sha224, key, message);
};
