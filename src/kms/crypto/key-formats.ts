/**
 * Public and private key encodings as KMS exchanges them: DER SubjectPublicKeyInfo (GetPublicKey,
 * GenerateDataKeyPair, DeriveSharedSecret's peer key) and PKCS#8 PrivateKeyInfo (data key pairs,
 * imported key material). RSA and NIST-curve keys come out of WebCrypto already encoded; the
 * others (secp256k1, Ed25519 seeds, ML-DSA) are written and read here.
 *
 * OIDs: RFC 5480 (EC), RFC 8410 (Ed25519), RFC 8017 (RSA), and the NIST CSOR arc for ML-DSA
 * (id-ml-dsa-44/65/87, 2.16.840.1.101.3.4.3.17-19). An ML-DSA private key is written as its 32-byte
 * seed, `[0] IMPLICIT OCTET STRING`, the seed-only form of the IETF LAMPS ML-DSA profile.
 */
import type { Curve, KeySpec } from '@/kms/model/key-specs';
import { bitString, context, derNull, integer, octetString, oid, sequence, smallInteger } from './der';
import { DerError, children, expect, leftPad, readBitString, readOid, readUnsigned, readWhole, type Tlv } from './der-read';

export const OID = {
  ecPublicKey: '1.2.840.10045.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  ed25519: '1.3.101.112',
  curves: { 'P-256': '1.2.840.10045.3.1.7', 'P-384': '1.3.132.0.34', 'P-521': '1.3.132.0.35', secp256k1: '1.3.132.0.10' } as Record<Curve, string>,
  mlDsa: { ML_DSA_44: '2.16.840.1.101.3.4.3.17', ML_DSA_65: '2.16.840.1.101.3.4.3.18', ML_DSA_87: '2.16.840.1.101.3.4.3.19' } as Record<string, string>,
};

/** Bytes of a field element / scalar per curve. */
export const CURVE_BYTES: Record<Curve, number> = { 'P-256': 32, 'P-384': 48, 'P-521': 66, secp256k1: 32 };

export interface SpkiInfo {
  algorithm: string;
  /** The curve OID of an EC key. */
  parameters?: string;
  /** The subjectPublicKey bits (an EC point, an RSAPublicKey, raw Ed25519 or ML-DSA bytes). */
  key: Uint8Array;
}

export interface Pkcs8Info {
  algorithm: string;
  parameters?: string;
  /** The privateKey OCTET STRING's content. */
  privateKey: Uint8Array;
}

const algorithmIdentifier = (algorithm: string, parameters?: string) => sequence(oid(algorithm), ...(parameters ? [oid(parameters)] : []));

export const spki = (algorithm: string, key: Uint8Array, parameters?: string) => sequence(algorithmIdentifier(algorithm, parameters), bitString(key));

export function readSpki(der: Uint8Array): SpkiInfo {
  const [alg, key, extra] = children(readWhole(der, 0x30).value);
  if (extra) throw new DerError('trailing members');
  const [algorithm, parameters] = children(expect(alg, 0x30).value);
  return { algorithm: readOid(algorithm), parameters: parameters?.tag === 0x06 ? readOid(parameters) : undefined, key: readBitString(key) };
}

export const pkcs8 = (algorithm: string, privateKey: Uint8Array, parameters?: string) =>
  sequence(smallInteger(0), algorithmIdentifier(algorithm, parameters), octetString(privateKey));

export function readPkcs8(der: Uint8Array): Pkcs8Info {
  const [version, alg, key] = children(readWhole(der, 0x30).value);
  const v = readUnsigned(version);
  if (v.length !== 1 || v[0]! > 1) throw new DerError('unknown PKCS#8 version');
  const [algorithm, parameters] = children(expect(alg, 0x30).value);
  return { algorithm: readOid(algorithm), parameters: parameters?.tag === 0x06 ? readOid(parameters) : undefined, privateKey: expect(key, 0x04).value };
}

export const curveOf = (oidValue: string | undefined): Curve | undefined =>
  (Object.entries(OID.curves) as [Curve, string][]).find(([, o]) => o === oidValue)?.[0];

/** EC private key (RFC 5915) inside PKCS#8, with the public point so every reader can use it. */
export function ecPkcs8(curve: Curve, d: Uint8Array, point: Uint8Array): Uint8Array {
  const ecPrivateKey = sequence(smallInteger(1), octetString(leftPad(d, CURVE_BYTES[curve])), context(1, bitString(point)));
  return pkcs8(OID.ecPublicKey, ecPrivateKey, OID.curves[curve]);
}

export const ecSpki = (curve: Curve, point: Uint8Array) => spki(OID.ecPublicKey, point, OID.curves[curve]);

/** The scalar and (when present) the public point of an EC PKCS#8 key. */
export function readEcPkcs8(der: Uint8Array): { curve: Curve; d: Uint8Array; point?: Uint8Array } {
  const info = readPkcs8(der);
  const curve = curveOf(info.parameters);
  if (info.algorithm !== OID.ecPublicKey || !curve) throw new DerError('not an EC private key on a supported curve');
  const members = children(readWhole(info.privateKey, 0x30).value);
  const d = expect(members[1], 0x04).value;
  if (d.length !== CURVE_BYTES[curve]) throw new DerError('private scalar of the wrong length');
  const pub = members.slice(2).find((m: Tlv) => m.tag === 0xa1);
  return { curve, d, point: pub ? readBitString(readWhole(pub.value, 0x03)) : undefined };
}

export const ed25519Spki = (publicKey: Uint8Array) => spki(OID.ed25519, publicKey);
export const ed25519Pkcs8 = (seed: Uint8Array) => pkcs8(OID.ed25519, octetString(seed));

export function readEd25519Pkcs8(der: Uint8Array): Uint8Array {
  const info = readPkcs8(der);
  if (info.algorithm !== OID.ed25519) throw new DerError('not an Ed25519 private key');
  const seed = readWhole(info.privateKey, 0x04).value;
  if (seed.length !== 32) throw new DerError('an Ed25519 seed is 32 bytes');
  return seed;
}

export const mlDsaSpki = (spec: KeySpec, publicKey: Uint8Array) => spki(OID.mlDsa[spec]!, publicKey);
export const mlDsaPkcs8 = (spec: KeySpec, seed: Uint8Array) => pkcs8(OID.mlDsa[spec]!, context(0, seed, true));

/** The seed of an ML-DSA PKCS#8 key, in the seed-only or the seed-and-expanded-key form. */
export function readMlDsaPkcs8(der: Uint8Array): { spec: KeySpec; seed: Uint8Array } {
  const info = readPkcs8(der);
  const spec = Object.entries(OID.mlDsa).find(([, o]) => o === info.algorithm)?.[0] as KeySpec | undefined;
  if (!spec) throw new DerError('not an ML-DSA private key');
  const [choice] = children(info.privateKey);
  let seed: Uint8Array | undefined;
  if (choice?.tag === 0x80) seed = choice.value;
  else if (choice?.tag === 0x30) seed = expect(children(choice.value)[0], 0x04).value;
  if (!seed || seed.length !== 32 || choice!.whole.length !== info.privateKey.length) throw new DerError('ML-DSA keys are imported with their 32-byte seed');
  return { spec, seed };
}

/** RSAPrivateKey (RFC 8017 A.1.2) members as unsigned big-endian bytes. */
export function readRsaPkcs8(der: Uint8Array) {
  const info = readPkcs8(der);
  if (info.algorithm !== OID.rsaEncryption) throw new DerError('not an RSA private key');
  const m = children(readWhole(info.privateKey, 0x30).value);
  if (m.length < 9) throw new DerError('incomplete RSA private key');
  const [n, e, d, p, q, dp, dq, qi] = m.slice(1, 9).map(readUnsigned) as Uint8Array[];
  return { n: n!, e: e!, d: d!, p: p!, q: q!, dp: dp!, dq: dq!, qi: qi! };
}

/** RSAPublicKey (n, e) of an RSA SubjectPublicKeyInfo. */
export function readRsaSpki(der: Uint8Array): { n: Uint8Array; e: Uint8Array } {
  const info = readSpki(der);
  if (info.algorithm !== OID.rsaEncryption) throw new DerError('not an RSA public key');
  const [n, e] = children(readWhole(info.key, 0x30).value);
  return { n: readUnsigned(n), e: readUnsigned(e) };
}

export const rsaSpki = (n: Uint8Array, e: Uint8Array) => sequence(sequence(oid(OID.rsaEncryption), derNull()), bitString(sequence(integer(n), integer(e))));

/** ECDSA: WebCrypto's fixed-width r||s to the DER SEQUENCE { r, s } that KMS returns, and back. */
export const ecdsaToDer = (raw: Uint8Array): Uint8Array => {
  const half = raw.length / 2;
  return sequence(integer(raw.subarray(0, half)), integer(raw.subarray(half)));
};

export function ecdsaFromDer(der: Uint8Array, size: number): Uint8Array {
  const [r, s, extra] = children(readWhole(der, 0x30).value);
  if (extra) throw new DerError('trailing members');
  const out = new Uint8Array(2 * size);
  out.set(leftPad(readUnsigned(r), size), 0);
  out.set(leftPad(readUnsigned(s), size), size);
  return out;
}
