import { describe, expect, it } from 'vitest';
import { AwsError } from '@/core';
import { checkSigningRequest } from './signing-rules';
import { wrongUsage } from './usage-rules';
import type { KeySpec, MessageType, SigningAlgorithm } from './key-specs';

const outcome = (spec: KeySpec, alg: SigningAlgorithm, type: MessageType, length: number) => {
  try {
    return checkSigningRequest(spec, alg, type, new Uint8Array(length));
  } catch (e) {
    if (e instanceof AwsError) return `${e.code}: ${e.message}`;
    throw e;
  }
};

describe('Sign and Verify request rules', () => {
  it('refuses an algorithm the key spec does not offer', () => {
    expect(outcome('ECC_NIST_P256', 'ECDSA_SHA_384', 'RAW', 5)).toBe(
      'InvalidKeyUsageException: Algorithm ECDSA_SHA_384 is incompatible with key spec ECC_NIST_P256.',
    );
    expect(outcome('RSA_2048', 'ECDSA_SHA_256', 'RAW', 5)).toBe('InvalidKeyUsageException: Algorithm ECDSA_SHA_256 is incompatible with key spec RSA_2048.');
    expect(outcome('ECC_SECG_P256K1', 'SM2DSA', 'RAW', 5)).toMatch(/^InvalidKeyUsageException: Algorithm SM2DSA is incompatible/);
    expect(outcome('ECC_SECG_P256K1', 'ECDSA_SHA_256', 'RAW', 5)).toBe('ECDSA_SHA_256');
  });

  it('checks the digest length against the algorithm hash', () => {
    expect(outcome('ECC_NIST_P256', 'ECDSA_SHA_256', 'DIGEST', 32)).toBe('ECDSA_SHA_256');
    expect(outcome('ECC_NIST_P256', 'ECDSA_SHA_256', 'DIGEST', 31)).toBe('ValidationException: Digest is invalid length for algorithm ECDSA_SHA_256.');
    expect(outcome('RSA_3072', 'RSASSA_PSS_SHA_384', 'DIGEST', 48)).toBe('RSASSA_PSS_SHA_384');
    expect(outcome('RSA_3072', 'RSASSA_PSS_SHA_384', 'DIGEST', 64)).toMatch(/Digest is invalid length for algorithm RSASSA_PSS_SHA_384/);
    expect(outcome('ECC_NIST_P521', 'ECDSA_SHA_512', 'DIGEST', 64)).toBe('ECDSA_SHA_512');
  });

  it('takes RAW only for ED25519_SHA_512 and DIGEST only for ED25519_PH_SHA_512', () => {
    expect(outcome('ECC_NIST_EDWARDS25519', 'ED25519_SHA_512', 'RAW', 4096)).toBe('ED25519_SHA_512');
    expect(outcome('ECC_NIST_EDWARDS25519', 'ED25519_SHA_512', 'DIGEST', 64)).toBe(
      'ValidationException: Message type DIGEST is incompatible with algorithm ED25519_SHA_512.',
    );
    expect(outcome('ECC_NIST_EDWARDS25519', 'ED25519_PH_SHA_512', 'RAW', 64)).toBe(
      'ValidationException: Message type RAW is incompatible with algorithm ED25519_PH_SHA_512.',
    );
    expect(outcome('ECC_NIST_EDWARDS25519', 'ED25519_PH_SHA_512', 'DIGEST', 64)).toBe('ED25519_PH_SHA_512');
    expect(outcome('ECC_NIST_EDWARDS25519', 'ED25519_PH_SHA_512', 'DIGEST', 32)).toMatch(/Digest is invalid length/);
  });

  it('takes EXTERNAL_MU (64 bytes) for ML-DSA only, and no DIGEST for ML-DSA', () => {
    expect(outcome('ML_DSA_44', 'ML_DSA_SHAKE_256', 'RAW', 4096)).toBe('ML_DSA_SHAKE_256');
    expect(outcome('ML_DSA_44', 'ML_DSA_SHAKE_256', 'EXTERNAL_MU', 64)).toBe('ML_DSA_SHAKE_256');
    expect(outcome('ML_DSA_44', 'ML_DSA_SHAKE_256', 'EXTERNAL_MU', 32)).toMatch(/Digest is invalid length for algorithm ML_DSA_SHAKE_256/);
    expect(outcome('ML_DSA_87', 'ML_DSA_SHAKE_256', 'DIGEST', 64)).toBe(
      'ValidationException: Message type DIGEST is incompatible with algorithm ML_DSA_SHAKE_256.',
    );
    expect(outcome('ECC_NIST_P256', 'ECDSA_SHA_256', 'EXTERNAL_MU', 64)).toBe(
      'ValidationException: Message type EXTERNAL_MU is incompatible with algorithm ECDSA_SHA_256.',
    );
  });

  it('words a wrong key usage as AWS does', () => {
    const e = wrongUsage('arn:aws:kms:us-east-1:111122223333:key/k', 'ENCRYPT_DECRYPT', 'Sign');
    expect([e.code, e.message]).toEqual([
      'InvalidKeyUsageException',
      'arn:aws:kms:us-east-1:111122223333:key/k key usage is ENCRYPT_DECRYPT which is not valid for Sign.',
    ]);
  });
});
