/**
 * Key specs and key usages: every KMS key spec, the key usages AWS accepts for it and the
 * algorithms each usage offers, written once: the key spec reference of the AWS KMS developer guide,
 * https://docs.aws.amazon.com/kms/latest/developerguide/symm-asymm-choose-key-spec.html and the
 * enums of the KMS API model (KeySpec, KeyUsageType, EncryptionAlgorithmSpec, SigningAlgorithmSpec,
 * MacAlgorithmSpec, KeyAgreementAlgorithmSpec, DataKeyPairSpec, MessageType).
 *
 * CreateKey, DescribeKey, GetPublicKey, the crypto operations, the console wizard and the CLI read
 * these tables; none restates them.
 *
 * Simplified: SM2 keys exist only in the AWS China Regions, which the lab does not simulate, so
 * SM2 is refused everywhere with the error AWS gives outside China.
 */
import { AwsError } from '@/core';

/** The KeySpec enum: the 12 specs AWS listed first in recorded validation errors, then the newer ones. */
export const KEY_SPECS = [
  'RSA_2048',
  'ECC_NIST_P384',
  'ECC_NIST_P256',
  'ECC_NIST_P521',
  'HMAC_384',
  'RSA_3072',
  'ECC_SECG_P256K1',
  'RSA_4096',
  'SYMMETRIC_DEFAULT',
  'HMAC_256',
  'HMAC_224',
  'HMAC_512',
  'SM2',
  'ML_DSA_44',
  'ML_DSA_65',
  'ML_DSA_87',
  'ECC_NIST_EDWARDS25519',
] as const;
export type KeySpec = (typeof KEY_SPECS)[number];

/** The deprecated CustomerMasterKeySpec enum: the specs that existed before ML-DSA and Ed25519. */
export const CUSTOMER_MASTER_KEY_SPECS: readonly KeySpec[] = KEY_SPECS.slice(0, 13);

export const KEY_USAGES = ['ENCRYPT_DECRYPT', 'SIGN_VERIFY', 'GENERATE_VERIFY_MAC', 'KEY_AGREEMENT'] as const;
export type KeyUsage = (typeof KEY_USAGES)[number];

export const ENCRYPTION_ALGORITHMS = ['SYMMETRIC_DEFAULT', 'RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256', 'SM2PKE'] as const;
export const SIGNING_ALGORITHMS = [
  'RSASSA_PSS_SHA_256',
  'RSASSA_PSS_SHA_384',
  'RSASSA_PSS_SHA_512',
  'RSASSA_PKCS1_V1_5_SHA_256',
  'RSASSA_PKCS1_V1_5_SHA_384',
  'RSASSA_PKCS1_V1_5_SHA_512',
  'ECDSA_SHA_256',
  'ECDSA_SHA_384',
  'ECDSA_SHA_512',
  'SM2DSA',
  'ML_DSA_SHAKE_256',
  'ED25519_SHA_512',
  'ED25519_PH_SHA_512',
] as const;
export type SigningAlgorithm = (typeof SIGNING_ALGORITHMS)[number];
/** AWS's recorded order for the MacAlgorithmSpec enum in validation errors. */
export const MAC_ALGORITHMS = ['HMAC_SHA_384', 'HMAC_SHA_256', 'HMAC_SHA_224', 'HMAC_SHA_512'] as const;
export type MacAlgorithm = (typeof MAC_ALGORITHMS)[number];
export const KEY_AGREEMENT_ALGORITHMS = ['ECDH'] as const;
export const MESSAGE_TYPES = ['RAW', 'DIGEST', 'EXTERNAL_MU'] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];
export const DATA_KEY_PAIR_SPECS = [
  'RSA_2048',
  'RSA_3072',
  'RSA_4096',
  'ECC_NIST_P256',
  'ECC_NIST_P384',
  'ECC_NIST_P521',
  'ECC_SECG_P256K1',
  'SM2',
  'ECC_NIST_EDWARDS25519',
] as const;
export type DataKeyPairSpec = (typeof DATA_KEY_PAIR_SPECS)[number];

export type Curve = 'P-256' | 'P-384' | 'P-521' | 'secp256k1';
export type Family = 'symmetric' | 'hmac' | 'rsa' | 'ecc' | 'ed25519' | 'ml-dsa' | 'sm2';
export type Hash = 'SHA-1' | 'SHA-224' | 'SHA-256' | 'SHA-384' | 'SHA-512';

interface SpecInfo {
  family: Family;
  usages: readonly KeyUsage[];
  /** RSA modulus bits, or HMAC key bits (the key material is as long as the spec says). */
  bits?: number;
  curve?: Curve;
}

const RSA: readonly KeyUsage[] = ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'];
const NIST: readonly KeyUsage[] = ['SIGN_VERIFY', 'KEY_AGREEMENT'];
const SIGN: readonly KeyUsage[] = ['SIGN_VERIFY'];
const MAC: readonly KeyUsage[] = ['GENERATE_VERIFY_MAC'];

export const SPECS: Record<KeySpec, SpecInfo> = {
  SYMMETRIC_DEFAULT: { family: 'symmetric', usages: ['ENCRYPT_DECRYPT'] },
  RSA_2048: { family: 'rsa', usages: RSA, bits: 2048 },
  RSA_3072: { family: 'rsa', usages: RSA, bits: 3072 },
  RSA_4096: { family: 'rsa', usages: RSA, bits: 4096 },
  ECC_NIST_P256: { family: 'ecc', usages: NIST, curve: 'P-256' },
  ECC_NIST_P384: { family: 'ecc', usages: NIST, curve: 'P-384' },
  ECC_NIST_P521: { family: 'ecc', usages: NIST, curve: 'P-521' },
  ECC_SECG_P256K1: { family: 'ecc', usages: SIGN, curve: 'secp256k1' },
  ECC_NIST_EDWARDS25519: { family: 'ed25519', usages: SIGN },
  ML_DSA_44: { family: 'ml-dsa', usages: SIGN },
  ML_DSA_65: { family: 'ml-dsa', usages: SIGN },
  ML_DSA_87: { family: 'ml-dsa', usages: SIGN },
  HMAC_224: { family: 'hmac', usages: MAC, bits: 224 },
  HMAC_256: { family: 'hmac', usages: MAC, bits: 256 },
  HMAC_384: { family: 'hmac', usages: MAC, bits: 384 },
  HMAC_512: { family: 'hmac', usages: MAC, bits: 512 },
  SM2: { family: 'sm2', usages: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY', 'KEY_AGREEMENT'] },
};

export const MAC_HASH: Record<MacAlgorithm, Hash> = {
  HMAC_SHA_224: 'SHA-224',
  HMAC_SHA_256: 'SHA-256',
  HMAC_SHA_384: 'SHA-384',
  HMAC_SHA_512: 'SHA-512',
};

export const OAEP_HASH: Record<'RSAES_OAEP_SHA_1' | 'RSAES_OAEP_SHA_256', { hash: Hash; length: number }> = {
  RSAES_OAEP_SHA_1: { hash: 'SHA-1', length: 20 },
  RSAES_OAEP_SHA_256: { hash: 'SHA-256', length: 32 },
};

export interface KeyAlgorithms {
  EncryptionAlgorithms?: string[];
  SigningAlgorithms?: string[];
  MacAlgorithms?: string[];
  KeyAgreementAlgorithms?: string[];
}

/** The algorithm lists DescribeKey and GetPublicKey show for a key (one list, by its usage), in AWS's order. */
export function keyAlgorithms(spec: KeySpec, usage: KeyUsage): KeyAlgorithms {
  const info = SPECS[spec];
  switch (usage) {
    case 'ENCRYPT_DECRYPT':
      if (info.family === 'symmetric') return { EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'] };
      return { EncryptionAlgorithms: info.family === 'sm2' ? ['SM2PKE'] : ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'] };
    case 'GENERATE_VERIFY_MAC':
      return { MacAlgorithms: [`HMAC_SHA_${info.bits}`] };
    case 'KEY_AGREEMENT':
      return { KeyAgreementAlgorithms: ['ECDH'] };
    case 'SIGN_VERIFY':
      return { SigningAlgorithms: signingAlgorithmsOf(spec) };
  }
}

export function signingAlgorithmsOf(spec: KeySpec): SigningAlgorithm[] {
  switch (spec) {
    case 'RSA_2048':
    case 'RSA_3072':
    case 'RSA_4096':
      return [
        'RSASSA_PKCS1_V1_5_SHA_256',
        'RSASSA_PKCS1_V1_5_SHA_384',
        'RSASSA_PKCS1_V1_5_SHA_512',
        'RSASSA_PSS_SHA_256',
        'RSASSA_PSS_SHA_384',
        'RSASSA_PSS_SHA_512',
      ];
    case 'ECC_NIST_P256':
    case 'ECC_SECG_P256K1':
      return ['ECDSA_SHA_256'];
    case 'ECC_NIST_P384':
      return ['ECDSA_SHA_384'];
    case 'ECC_NIST_P521':
      return ['ECDSA_SHA_512'];
    case 'ECC_NIST_EDWARDS25519':
      return ['ED25519_SHA_512', 'ED25519_PH_SHA_512'];
    case 'ML_DSA_44':
    case 'ML_DSA_65':
    case 'ML_DSA_87':
      return ['ML_DSA_SHAKE_256'];
    case 'SM2':
      return ['SM2DSA'];
    default:
      return [];
  }
}

export const isAsymmetric = (spec: KeySpec) => !['symmetric', 'hmac'].includes(SPECS[spec].family);

/**
 * CreateKey's rules for KeySpec and KeyUsage, with AWS's errors: a usage is required for every spec
 * but SYMMETRIC_DEFAULT, must be one the spec supports, and SM2 exists only in the China Regions.
 */
export function checkSpecAndUsage(spec: KeySpec, usage: KeyUsage | undefined): KeyUsage {
  if (spec === 'SM2') throw new AwsError('UnsupportedOperationException', 'KeySpec SM2 is not supported in this Region');
  if (usage === undefined) {
    if (spec === 'SYMMETRIC_DEFAULT') return 'ENCRYPT_DECRYPT';
    throw new AwsError('ValidationException', 'You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys.');
  }
  if (!SPECS[spec].usages.includes(usage)) throw new AwsError('ValidationException', `KeyUsage ${usage} is not compatible with KeySpec ${spec}`);
  return usage;
}

/** The largest plaintext RSAES-OAEP can encrypt: the modulus bytes less twice the hash length, less 2 (RFC 8017 7.1.1). */
export function rsaPlaintextLimit(spec: KeySpec, algorithm: keyof typeof OAEP_HASH): number {
  const bits = SPECS[spec].bits;
  if (SPECS[spec].family !== 'rsa' || !bits) throw new Error(`${spec} is not an RSA key spec`);
  return bits / 8 - 2 * OAEP_HASH[algorithm].length - 2;
}

/** The console's words for a key usage (the create-key wizard, the key table, Cryptographic configuration). */
export const USAGE_LABELS: Record<KeyUsage, string> = {
  ENCRYPT_DECRYPT: 'Encrypt and decrypt',
  SIGN_VERIFY: 'Sign and verify',
  GENERATE_VERIFY_MAC: 'Generate and verify MAC',
  KEY_AGREEMENT: 'Key agreement',
};
