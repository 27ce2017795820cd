import { createPrivateKey, createPublicKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GenerateDataKeyPairWithoutPlaintextCommand } from '@aws-sdk/client-kms';
import { keyArn } from '@/core';
import { labKmsClient } from '@/cloud/protocol/testing';
import { kmsLab } from '@/kms/testing/harness';

const arn = (keyId: string) => keyArn('us-east-1', keyId);

describe('GenerateDataKeyPairWithoutPlaintext', () => {
  it('returns the public key and only the encrypted private key; Decrypt gives the matching private key', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const out = await t.kms('GenerateDataKeyPairWithoutPlaintext', { KeyId: keyId, KeyPairSpec: 'ECC_NIST_P256' });
    expect(Object.keys(out)).toEqual(['PrivateKeyCiphertextBlob', 'PublicKey', 'KeyId', 'KeyPairSpec', 'KeyMaterialId']);
    expect(out.KeyId).toBe(keyArn('us-east-1', keyId));
    const { Plaintext } = await t.kms('Decrypt', { CiphertextBlob: out.PrivateKeyCiphertextBlob });
    const derived = createPublicKey(createPrivateKey({ key: Buffer.from(Plaintext), format: 'der', type: 'pkcs8' }));
    expect(derived.export({ format: 'der', type: 'spki' }).equals(Buffer.from(out.PublicKey))).toBe(true);
  });

  it('same rules as GenerateDataKeyPair; answers the real AWS SDK', async () => {
    const t = kmsLab();
    const hmac = (await t.kms('CreateKey', { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' })).KeyMetadata;
    await t.expectError(
      t.kms('GenerateDataKeyPairWithoutPlaintext', { KeyId: hmac.KeyId, KeyPairSpec: 'ECC_NIST_P256' }),
      'InvalidKeyUsageException',
      `${hmac.Arn} key usage is GENERATE_VERIFY_MAC which is not valid for GenerateDataKeyPairWithoutPlaintext.`,
    );
    const keyId = await t.createKey();
    const bob = await t.user('bob');
    await t.expectError(
      t.kms('GenerateDataKeyPairWithoutPlaintext', { KeyId: keyId, KeyPairSpec: 'ECC_NIST_P256' }, { as: bob }),
      'AccessDeniedException',
      /kms:GenerateDataKeyPairWithoutPlaintext/,
    );
    const out = await labKmsClient(t.cloud).send(new GenerateDataKeyPairWithoutPlaintextCommand({ KeyId: keyId, KeyPairSpec: 'ECC_NIST_EDWARDS25519' }));
    expect(createPublicKey({ key: Buffer.from(out.PublicKey!), format: 'der', type: 'spki' }).asymmetricKeyType).toBe('ed25519');
    expect(out).not.toHaveProperty('PrivateKeyPlaintext');
  });

  it('key states: a disabled key answers DisabledException, a key pending deletion KMSInvalidStateException; both reach CloudTrail', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.kms('DisableKey', { KeyId: keyId });
    await t.expectError(
      t.kms('GenerateDataKeyPairWithoutPlaintext', { KeyId: keyId, KeyPairSpec: 'ECC_NIST_P256' }),
      'DisabledException',
      `${arn(keyId)} is disabled.`,
    );
    await t.kms('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 });
    await t.expectError(
      t.kms('GenerateDataKeyPairWithoutPlaintext', { KeyId: keyId, KeyPairSpec: 'ECC_NIST_P256' }),
      'KMSInvalidStateException',
      `${arn(keyId)} is pending deletion.`,
    );
    const failed = t.cloud.state.trail.filter((e) => e.eventName === 'GenerateDataKeyPairWithoutPlaintext' && e.errorCode);
    expect(failed.map((e) => e.errorCode)).toEqual(['DisabledException', 'KMSInvalidStateException']);
  });
});
