/**
 * Key pairs for every asymmetric key spec, as DER: the private key as PKCS#8, the public key as
 * SubjectPublicKeyInfo. WebCrypto generates RSA, NIST-curve and Ed25519 pairs (its own randomness);
 * secp256k1 and ML-DSA pairs come from @noble with the injected randomness.
 *
 * `checkPrivateKey` is how imported key material is judged: it must be a private key of the key's
 * spec, and the public key KMS will serve is derived from it (AWS derives it too: only the private
 * key is imported).
 */
import { ownBytes, type Random } from '@/core';
import { SPECS, type Curve, type KeySpec } from '@/kms/model/key-specs';
import { DerError } from './der-read';
import {
  CURVE_BYTES,
  OID,
  curveOf,
  ecPkcs8,
  ecSpki,
  ed25519Pkcs8,
  ed25519Spki,
  mlDsaPkcs8,
  mlDsaSpki,
  readEcPkcs8,
  readEd25519Pkcs8,
  readMlDsaPkcs8,
  readPkcs8,
  readRsaPkcs8,
  rsaSpki,
} from './key-formats';
import { loadMlDsa, loadWeierstrass } from './noble';

export interface KeyPairDer {
  publicKey: Uint8Array;
  privateKey: Uint8Array;
}

const F4 = new Uint8Array([1, 0, 1]);

async function exportPair(pair: CryptoKeyPair): Promise<KeyPairDer> {
  const [publicKey, privateKey] = await Promise.all([crypto.subtle.exportKey('spki', pair.publicKey), crypto.subtle.exportKey('pkcs8', pair.privateKey)]);
  return { publicKey: new Uint8Array(publicKey), privateKey: new Uint8Array(privateKey) };
}

export async function generateKeyPair(spec: KeySpec, random: Random): Promise<KeyPairDer> {
  const info = SPECS[spec];
  switch (info.family) {
    case 'rsa':
      return exportPair(
        await crypto.subtle.generateKey({ name: 'RSA-PSS', modulusLength: info.bits!, publicExponent: F4, hash: 'SHA-256' }, true, ['sign', 'verify']),
      );
    case 'ecc': {
      if (info.curve !== 'secp256k1') return exportPair(await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: info.curve! }, true, ['sign', 'verify']));
      const k1 = await loadWeierstrass('secp256k1');
      const d = k1.utils.randomSecretKey(random.bytes(48));
      const point = k1.getPublicKey(d, false);
      return { publicKey: ecSpki('secp256k1', point), privateKey: ecPkcs8('secp256k1', d, point) };
    }
    case 'ed25519':
      return exportPair((await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair);
    case 'ml-dsa': {
      const seed = random.bytes(32);
      const { publicKey } = (await loadMlDsa(spec)).keygen(seed);
      return { publicKey: mlDsaSpki(spec, publicKey), privateKey: mlDsaPkcs8(spec, seed) };
    }
    default:
      throw new Error(`${spec} has no key pair`);
  }
}

/**
 * Checks that `pkcs8` is a private key of `spec` and returns its public key (SPKI), or throws
 * DerError saying why not. The private key is also normalised to the encoding the lab keeps.
 */
export async function checkPrivateKey(spec: KeySpec, pkcs8: Uint8Array): Promise<KeyPairDer> {
  const info = SPECS[spec];
  switch (info.family) {
    case 'rsa': {
      const k = readRsaPkcs8(pkcs8);
      const bits = k.n.length * 8 - Math.clz32(k.n[0]!) + 24;
      if (bits !== info.bits) throw new DerError(`the RSA key is ${bits} bits, not ${info.bits}`);
      // WebCrypto refuses an inconsistent RSA key; import it as a check.
      await crypto.subtle.importKey('pkcs8', ownBytes(pkcs8), { name: 'RSA-PSS', hash: 'SHA-256' }, false, ['sign']);
      return { publicKey: rsaSpki(k.n, k.e), privateKey: pkcs8 };
    }
    case 'ecc': {
      const k = readEcPkcs8(pkcs8);
      if (k.curve !== info.curve) throw new DerError(`the key is on ${k.curve}, not ${info.curve}`);
      const curve = await loadWeierstrass(k.curve);
      if (!curve.utils.isValidSecretKey(k.d)) throw new DerError('the private scalar is out of range');
      const point = curve.getPublicKey(k.d, false);
      return { publicKey: ecSpki(k.curve, point), privateKey: ecPkcs8(k.curve, k.d, point) };
    }
    case 'ed25519': {
      const seed = readEd25519Pkcs8(pkcs8);
      const jwk = await crypto.subtle.exportKey(
        'jwk',
        await crypto.subtle.importKey('pkcs8', ownBytes(ed25519Pkcs8(seed)), { name: 'Ed25519' }, true, ['sign']),
      );
      const x = Uint8Array.from(atob(jwk.x!.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
      return { publicKey: ed25519Spki(x), privateKey: ed25519Pkcs8(seed) };
    }
    case 'ml-dsa': {
      const k = readMlDsaPkcs8(pkcs8);
      if (k.spec !== spec) throw new DerError(`the key is ${k.spec}, not ${spec}`);
      const { publicKey } = (await loadMlDsa(spec)).keygen(k.seed);
      return { publicKey: mlDsaSpki(spec, publicKey), privateKey: mlDsaPkcs8(spec, k.seed) };
    }
    default:
      throw new DerError(`${spec} takes no private key`);
  }
}

/** The curve of an EC SubjectPublicKeyInfo's parameters, for the peer key of DeriveSharedSecret. */
export const ecCurveOfSpki = (algorithm: string, parameters?: string): Curve | undefined => (algorithm === OID.ecPublicKey ? curveOf(parameters) : undefined);

export const algorithmOfPkcs8 = (pkcs8: Uint8Array) => readPkcs8(pkcs8).algorithm;
export { CURVE_BYTES };
