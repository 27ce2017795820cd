/**
 * Signing cryptography: Sign and Verify for every signing algorithm KMS offers, producing what KMS returns: PKCS#1 bytes
 * for RSA (PSS with MGF1 of the same hash and a salt as long as the hash), a DER SEQUENCE { r, s }
 * for ECDSA, 64 bytes for Ed25519, FIPS 204 bytes for ML-DSA.
 *
 * WebCrypto signs RAW messages with RSA, NIST-curve ECDSA and Ed25519, from a non-extractable key
 * imported for the one call. It cannot sign a digest someone else computed, nor does it have
 * secp256k1, Ed25519ph or ML-DSA: those use rsa-digest.ts and @noble (loaded on first use).
 * Message-type and digest-length rules are checked before (model/signing-rules.ts). Offline
 * verification as KMS describes it: https://docs.aws.amazon.com/kms/latest/developerguide/offline-operations.html
 *
 * Simplified: a signing key's private key is kept as bytes (PKCS#8) in the account, not only as a
 * non-extractable CryptoKey, because signing a DIGEST, secp256k1, Ed25519ph and ML-DSA need the key
 * in JavaScript (WebCrypto has no way to sign a precomputed digest). Keys for encryption, key
 * agreement and HMAC (but HMAC_224) stay non-extractable.
 */
import { ownBytes, type Random } from '@/core';
import { SPECS, type Hash, type KeySpec, type MessageType, type SigningAlgorithm } from '@/kms/model/key-specs';
import { SIGNING } from '@/kms/model/signing-rules';
import { CURVE_BYTES, ecdsaFromDer, ecdsaToDer, readEcPkcs8, readEd25519Pkcs8, readMlDsaPkcs8, readSpki } from './key-formats';
import { loadEd25519, loadMlDsa, loadWeierstrass } from './noble';
import { rsaSignDigest, rsaVerifyDigest } from './rsa-digest';

export interface SignRequest {
  spec: KeySpec;
  algorithm: Exclude<SigningAlgorithm, 'SM2DSA'>;
  messageType: MessageType;
  message: Uint8Array;
}

const digest = async (hash: Hash, data: Uint8Array) => new Uint8Array(await crypto.subtle.digest(hash, ownBytes(data)));

function webCryptoParams(r: SignRequest): {
  key: RsaHashedImportParams | EcKeyImportParams | Algorithm;
  sign: AlgorithmIdentifier | RsaPssParams | EcdsaParams;
} {
  const s = SIGNING[r.algorithm];
  const hash = s.hash as Hash;
  if (s.scheme === 'RSA-PSS') return { key: { name: 'RSA-PSS', hash }, sign: { name: 'RSA-PSS', saltLength: s.digestLength } };
  if (s.scheme === 'RSASSA-PKCS1-v1_5') return { key: { name: s.scheme, hash }, sign: { name: s.scheme } };
  if (s.scheme === 'ECDSA') return { key: { name: 'ECDSA', namedCurve: SPECS[r.spec].curve! }, sign: { name: 'ECDSA', hash } };
  return { key: { name: 'Ed25519' }, sign: { name: 'Ed25519' } };
}

/** Whether WebCrypto does this request by itself (RAW messages with RSA, NIST curves, Ed25519). */
const byWebCrypto = (r: SignRequest) =>
  r.messageType === 'RAW' &&
  ['RSA-PSS', 'RSASSA-PKCS1-v1_5', 'Ed25519'].concat(SPECS[r.spec].curve === 'secp256k1' ? [] : ['ECDSA']).includes(SIGNING[r.algorithm].scheme);

/** The digest the algorithm signs: the message itself for DIGEST, its hash for RAW. */
const messageDigest = async (r: SignRequest) => (r.messageType === 'DIGEST' ? r.message : digest(SIGNING[r.algorithm].hash as Hash, r.message));

export async function signWith(privateKey: Uint8Array, r: SignRequest, random: Random): Promise<Uint8Array> {
  const s = SIGNING[r.algorithm];
  if (byWebCrypto(r)) {
    const p = webCryptoParams(r);
    const key = await crypto.subtle.importKey('pkcs8', ownBytes(privateKey), p.key, false, ['sign']);
    const sig = new Uint8Array(await crypto.subtle.sign(p.sign, key, ownBytes(r.message)));
    return s.scheme === 'ECDSA' ? ecdsaToDer(sig) : sig;
  }
  switch (s.scheme) {
    case 'RSA-PSS':
    case 'RSASSA-PKCS1-v1_5':
      return rsaSignDigest(privateKey, s.scheme, s.hash as Hash, r.message, random.bytes(s.digestLength));
    case 'ECDSA': {
      const { curve, d } = readEcPkcs8(privateKey);
      const ecdsa = await loadWeierstrass(curve);
      // KMS does not normalise s to the low half (unlike Bitcoin's convention): neither do we.
      return ecdsa.sign(await messageDigest(r), d, { prehash: false, lowS: false, format: 'der', extraEntropy: random.bytes(32) });
    }
    case 'Ed25519ph':
      return (await loadEd25519()).ed25519ph.sign(r.message, readEd25519Pkcs8(privateKey));
    case 'ML-DSA': {
      const { seed } = readMlDsaPkcs8(privateKey);
      const mlDsa = await loadMlDsa(r.spec);
      const { secretKey } = mlDsa.keygen(seed);
      const extraEntropy = random.bytes(32);
      if (r.messageType === 'EXTERNAL_MU') return mlDsa.internal.sign(r.message, secretKey, { externalMu: true, extraEntropy });
      return mlDsa.sign(r.message, secretKey, { extraEntropy });
    }
    default:
      throw new Error(`No signer for ${r.algorithm}`);
  }
}

/** True when `signature` is valid for the request under the SubjectPublicKeyInfo `publicKey`; malformed signatures are false. */
export async function verifyWith(publicKey: Uint8Array, r: SignRequest, signature: Uint8Array): Promise<boolean> {
  const s = SIGNING[r.algorithm];
  try {
    if (byWebCrypto(r)) {
      const p = webCryptoParams(r);
      const key = await crypto.subtle.importKey('spki', ownBytes(publicKey), p.key, false, ['verify']);
      const sig = s.scheme === 'ECDSA' ? ecdsaFromDer(signature, CURVE_BYTES[SPECS[r.spec].curve!]) : signature;
      return await crypto.subtle.verify(p.sign, key, ownBytes(sig), ownBytes(r.message));
    }
    const raw = readSpki(publicKey).key;
    switch (s.scheme) {
      case 'RSA-PSS':
      case 'RSASSA-PKCS1-v1_5':
        return await rsaVerifyDigest(publicKey, s.scheme, s.hash as Hash, r.message, signature);
      case 'ECDSA': {
        const ecdsa = await loadWeierstrass(SPECS[r.spec].curve!);
        return ecdsa.verify(signature, await messageDigest(r), raw, { prehash: false, lowS: false, format: 'der' });
      }
      case 'Ed25519ph':
        return (await loadEd25519()).ed25519ph.verify(signature, r.message, raw);
      case 'ML-DSA': {
        const mlDsa = await loadMlDsa(r.spec);
        if (r.messageType === 'EXTERNAL_MU') return mlDsa.internal.verify(signature, r.message, raw, { externalMu: true });
        return mlDsa.verify(signature, r.message, raw);
      }
      default:
        return false;
    }
  } catch {
    // A signature that is not even well-formed (bad DER, wrong length, point off the curve) is not valid.
    return false;
  }
}
