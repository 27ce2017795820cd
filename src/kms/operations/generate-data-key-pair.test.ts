import { createPrivateKey, createPublicKey, sign as nodeSign, verify as nodeVerify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GenerateDataKeyPairCommand } from '@aws-sdk/client-kms';
import { keyArn, toBase64, utf8 } from '@/core';
import { labKmsClient } from '@/cloud/protocol/testing';
import { kmsLab } from '@/kms/testing/harness';

const arn = (keyId: string) => keyArn('us-east-1', keyId);
const t = kmsLab(); // one account for the file: RSA key generation is slow
const data = utf8('release-1.2.3.tar.gz');

describe('GenerateDataKeyPair', () => {
  it.each([
    ['RSA_2048', { modulusLength: 2048 }],
    ['ECC_NIST_P256', { namedCurve: 'prime256v1' }],
    ['ECC_NIST_P521', { namedCurve: 'secp521r1' }],
    ['ECC_SECG_P256K1', { namedCurve: 'secp256k1' }],
    ['ECC_NIST_EDWARDS25519', undefined],
  ])('%s: a PKCS#8 private key, its SPKI public key, and the private key encrypted under the KMS key', async (KeyPairSpec, details) => {
    const keyId = await t.createKey();
    const out = await t.kms('GenerateDataKeyPair', { KeyId: keyId, KeyPairSpec, EncryptionContext: { purpose: 'signing' } });
    expect(Object.keys(out)).toEqual(['PrivateKeyCiphertextBlob', 'PrivateKeyPlaintext', 'PublicKey', 'KeyId', 'KeyPairSpec', 'KeyMaterialId']);
    expect([out.KeyId, out.KeyPairSpec]).toEqual([arn(keyId), KeyPairSpec]);
    const privateKey = createPrivateKey({ key: Buffer.from(out.PrivateKeyPlaintext), format: 'der', type: 'pkcs8' });
    const publicKey = createPublicKey({ key: Buffer.from(out.PublicKey), format: 'der', type: 'spki' });
    if (details) expect(publicKey.asymmetricKeyDetails).toMatchObject(details);
    // The pair matches: what the private key signs, the public key verifies.
    const hash = KeyPairSpec === 'ECC_NIST_EDWARDS25519' ? null : 'sha256';
    expect(nodeVerify(hash, data, publicKey, nodeSign(hash, data, privateKey))).toBe(true);
    // Decrypt, with the same context, gives the private key back.
    const back = await t.kms('Decrypt', { CiphertextBlob: out.PrivateKeyCiphertextBlob, EncryptionContext: { purpose: 'signing' } });
    expect(toBase64(back.Plaintext)).toBe(toBase64(out.PrivateKeyPlaintext));
    await t.expectError(t.kms('Decrypt', { CiphertextBlob: out.PrivateKeyCiphertextBlob }), 'InvalidCiphertextException', '');
  });

  it('needs a symmetric encryption key; refuses SM2 outside China and unknown specs', async () => {
    const signer = (await t.kms('CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata.KeyId;
    await t.expectError(
      t.kms('GenerateDataKeyPair', { KeyId: signer, KeyPairSpec: 'ECC_NIST_P256' }),
      'InvalidKeyUsageException',
      `${arn(signer)} key usage is SIGN_VERIFY which is not valid for GenerateDataKeyPair.`,
    );
    const keyId = await t.createKey();
    await t.expectError(
      t.kms('GenerateDataKeyPair', { KeyId: keyId, KeyPairSpec: 'SM2' }),
      'UnsupportedOperationException',
      'KeyPairSpec SM2 is not supported in this Region',
    );
    await t.expectError(
      t.kms('GenerateDataKeyPair', { KeyId: keyId, KeyPairSpec: 'ML_DSA_44' }),
      'ValidationException',
      "1 validation error detected: Value 'ML_DSA_44' at 'keyPairSpec' failed to satisfy constraint: Member must satisfy enum value set: [RSA_2048, RSA_3072, RSA_4096, ECC_NIST_P256, ECC_NIST_P384, ECC_NIST_P521, ECC_SECG_P256K1, SM2, ECC_NIST_EDWARDS25519]",
    );
    await t.expectError(
      t.kms('GenerateDataKeyPair', { KeyId: keyId, KeyPairSpec: 'ECC_NIST_P256', DryRun: true }),
      'DryRunOperationException',
      'The request would have succeeded, but the DryRun option is set.',
    );
    const bob = await t.user('bob');
    await t.expectError(
      t.kms('GenerateDataKeyPair', { KeyId: keyId, KeyPairSpec: 'ECC_NIST_P256' }, { as: bob }),
      'AccessDeniedException',
      /kms:GenerateDataKeyPair/,
    );
  });

  it('answers the real AWS SDK; the trail never holds the private key', async () => {
    const keyId = await t.createKey();
    const out = await labKmsClient(t.cloud).send(new GenerateDataKeyPairCommand({ KeyId: keyId, KeyPairSpec: 'ECC_NIST_P384' }));
    expect(createPublicKey({ key: Buffer.from(out.PublicKey!), format: 'der', type: 'spki' }).asymmetricKeyDetails).toEqual({ namedCurve: 'secp384r1' });
    const event = t.cloud.state.trail.at(-1)!;
    expect(event.eventName).toBe('GenerateDataKeyPair');
    expect(JSON.stringify(event)).not.toContain(toBase64(out.PrivateKeyPlaintext!));
    expect(event.requestParameters).toMatchObject({ keyPairSpec: 'ECC_NIST_P384' });
  });

  it('key states: a disabled key answers DisabledException, a key pending deletion KMSInvalidStateException; both reach CloudTrail', async () => {
    const t = kmsLab(); // its own account: the file's is shared by the other tests
    const keyId = await t.createKey();
    await t.kms('DisableKey', { KeyId: keyId });
    await t.expectError(t.kms('GenerateDataKeyPair', { KeyId: keyId, KeyPairSpec: 'ECC_NIST_P256' }), 'DisabledException', `${arn(keyId)} is disabled.`);
    await t.kms('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 });
    await t.expectError(
      t.kms('GenerateDataKeyPair', { KeyId: keyId, KeyPairSpec: 'ECC_NIST_P256' }),
      'KMSInvalidStateException',
      `${arn(keyId)} is pending deletion.`,
    );
    const failed = t.cloud.state.trail.filter((e) => e.eventName === 'GenerateDataKeyPair' && e.errorCode);
    expect(failed.map((e) => e.errorCode)).toEqual(['DisabledException', 'KMSInvalidStateException']);
  });
});
