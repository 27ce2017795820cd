import { describe, expect, it } from 'vitest';
import { AwsError } from '@/core';
import {
  CUSTOMER_MASTER_KEY_SPECS,
  KEY_SPECS,
  KEY_USAGES,
  checkSpecAndUsage,
  keyAlgorithms,
  rsaPlaintextLimit,
  signingAlgorithmsOf,
  SIGNING_ALGORITHMS,
  type KeySpec,
  type KeyUsage,
} from './key-specs';

/** Every KeySpec x KeyUsage that CreateKey accepts (the CreateKey API reference, KeyUsage parameter). */
const ACCEPTED: Record<KeySpec, KeyUsage[]> = {
  SYMMETRIC_DEFAULT: ['ENCRYPT_DECRYPT'],
  RSA_2048: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'],
  RSA_3072: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'],
  RSA_4096: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'],
  ECC_NIST_P256: ['SIGN_VERIFY', 'KEY_AGREEMENT'],
  ECC_NIST_P384: ['SIGN_VERIFY', 'KEY_AGREEMENT'],
  ECC_NIST_P521: ['SIGN_VERIFY', 'KEY_AGREEMENT'],
  ECC_SECG_P256K1: ['SIGN_VERIFY'],
  ECC_NIST_EDWARDS25519: ['SIGN_VERIFY'],
  ML_DSA_44: ['SIGN_VERIFY'],
  ML_DSA_65: ['SIGN_VERIFY'],
  ML_DSA_87: ['SIGN_VERIFY'],
  HMAC_224: ['GENERATE_VERIFY_MAC'],
  HMAC_256: ['GENERATE_VERIFY_MAC'],
  HMAC_384: ['GENERATE_VERIFY_MAC'],
  HMAC_512: ['GENERATE_VERIFY_MAC'],
  SM2: [],
};

const error = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof AwsError) return `${e.code}: ${e.message}`;
    throw e;
  }
  return 'no error';
};

describe('key specs and usages', () => {
  it('lists the 17 key specs and 4 usages of the KMS API model', () => {
    expect([...KEY_SPECS].sort()).toEqual(Object.keys(ACCEPTED).sort());
    expect(KEY_SPECS).toHaveLength(17);
    expect(CUSTOMER_MASTER_KEY_SPECS).toHaveLength(13);
    expect(CUSTOMER_MASTER_KEY_SPECS).not.toContain('ML_DSA_44');
    expect(KEY_USAGES).toEqual(['ENCRYPT_DECRYPT', 'SIGN_VERIFY', 'GENERATE_VERIFY_MAC', 'KEY_AGREEMENT']);
  });

  it('accepts exactly the combinations AWS accepts and refuses the others with AWS text', () => {
    for (const spec of KEY_SPECS) {
      for (const usage of KEY_USAGES) {
        const outcome = error(() => checkSpecAndUsage(spec, usage));
        if (spec === 'SM2') expect(outcome).toBe('UnsupportedOperationException: KeySpec SM2 is not supported in this Region');
        else if (ACCEPTED[spec].includes(usage)) expect(outcome, `${spec} ${usage}`).toBe('no error');
        else expect(outcome).toBe(`ValidationException: KeyUsage ${usage} is not compatible with KeySpec ${spec}`);
      }
    }
  });

  it('needs a usage for every spec but SYMMETRIC_DEFAULT', () => {
    expect(checkSpecAndUsage('SYMMETRIC_DEFAULT', undefined)).toBe('ENCRYPT_DECRYPT');
    expect(error(() => checkSpecAndUsage('HMAC_256', undefined))).toBe(
      'ValidationException: You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys.',
    );
    expect(error(() => checkSpecAndUsage('ECC_NIST_P256', undefined))).toMatch(/^ValidationException: You must specify a KeyUsage/);
  });

  it('gives each key the one algorithm list DescribeKey shows, in AWS order', () => {
    expect(keyAlgorithms('SYMMETRIC_DEFAULT', 'ENCRYPT_DECRYPT')).toEqual({ EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'] });
    expect(keyAlgorithms('RSA_4096', 'ENCRYPT_DECRYPT')).toEqual({ EncryptionAlgorithms: ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'] });
    expect(keyAlgorithms('RSA_2048', 'SIGN_VERIFY')).toEqual({
      SigningAlgorithms: [
        'RSASSA_PKCS1_V1_5_SHA_256',
        'RSASSA_PKCS1_V1_5_SHA_384',
        'RSASSA_PKCS1_V1_5_SHA_512',
        'RSASSA_PSS_SHA_256',
        'RSASSA_PSS_SHA_384',
        'RSASSA_PSS_SHA_512',
      ],
    });
    expect(keyAlgorithms('ECC_NIST_P521', 'SIGN_VERIFY')).toEqual({ SigningAlgorithms: ['ECDSA_SHA_512'] });
    expect(keyAlgorithms('ECC_SECG_P256K1', 'SIGN_VERIFY')).toEqual({ SigningAlgorithms: ['ECDSA_SHA_256'] });
    expect(keyAlgorithms('ECC_NIST_EDWARDS25519', 'SIGN_VERIFY')).toEqual({ SigningAlgorithms: ['ED25519_SHA_512', 'ED25519_PH_SHA_512'] });
    expect(keyAlgorithms('ML_DSA_65', 'SIGN_VERIFY')).toEqual({ SigningAlgorithms: ['ML_DSA_SHAKE_256'] });
    expect(keyAlgorithms('ECC_NIST_P384', 'KEY_AGREEMENT')).toEqual({ KeyAgreementAlgorithms: ['ECDH'] });
    expect(keyAlgorithms('HMAC_384', 'GENERATE_VERIFY_MAC')).toEqual({ MacAlgorithms: ['HMAC_SHA_384'] });
    expect(keyAlgorithms('HMAC_224', 'GENERATE_VERIFY_MAC')).toEqual({ MacAlgorithms: ['HMAC_SHA_224'] });
  });

  it('offers every signing algorithm of the model on some spec (SM2DSA on SM2 only)', () => {
    const offered = new Set(KEY_SPECS.flatMap(signingAlgorithmsOf));
    expect([...offered].sort()).toEqual([...SIGNING_ALGORITHMS].sort());
  });

  it('limits RSA-OAEP plaintexts as AWS does: modulus - 2 x hash - 2', () => {
    const limits = (['RSA_2048', 'RSA_3072', 'RSA_4096'] as const).map((s) => [
      rsaPlaintextLimit(s, 'RSAES_OAEP_SHA_1'),
      rsaPlaintextLimit(s, 'RSAES_OAEP_SHA_256'),
    ]);
    expect(limits).toEqual([
      [214, 190],
      [342, 318],
      [470, 446],
    ]);
    expect(() => rsaPlaintextLimit('ECC_NIST_P256', 'RSAES_OAEP_SHA_1')).toThrow();
  });
});
