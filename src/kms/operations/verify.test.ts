import { createHash, generateKeyPairSync, sign as nodeSign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { VerifyCommand } from '@aws-sdk/client-kms';
import { keyArn, utf8 } from '@/core';
import { labKmsClient } from '@/cloud/protocol/testing';
import { importMaterial } from '@/kms/testing/byok';
import { kmsLab } from '@/kms/testing/harness';

const arn = (keyId: string) => keyArn('us-east-1', keyId);
const message = utf8('ship it');

describe('Verify', () => {
  it('accepts a valid signature, also against the digest of the message; refuses every flipped byte', async () => {
    const t = kmsLab();
    const keyId = (await t.kms('CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata.KeyId;
    const { Signature } = await t.kms('Sign', { KeyId: keyId, Message: message, SigningAlgorithm: 'ECDSA_SHA_256' });
    const base = { KeyId: keyId, Message: message, Signature, SigningAlgorithm: 'ECDSA_SHA_256' };
    expect(await t.kms('Verify', base)).toEqual({ KeyId: arn(keyId), SignatureValid: true, SigningAlgorithm: 'ECDSA_SHA_256' });
    const digest = new Uint8Array(createHash('sha256').update(message).digest());
    expect((await t.kms('Verify', { ...base, Message: digest, MessageType: 'DIGEST' })).SignatureValid).toBe(true);
    for (let i = 0; i < Signature.length; i++) {
      const bad = Signature.slice();
      bad[i] ^= 0x01;
      await t.expectError(t.kms('Verify', { ...base, Signature: bad }), 'KMSInvalidSignatureException', '');
    }
    await t.expectError(t.kms('Verify', { ...base, Message: utf8('ship it!') }), 'KMSInvalidSignatureException', '');
    await t.expectError(t.kms('Verify', { ...base, Signature: Signature.slice(0, 10) }), 'KMSInvalidSignatureException', '');
  });

  it('a signature of another algorithm or key does not verify', async () => {
    const t = kmsLab();
    const keyId = (await t.kms('CreateKey', { KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata.KeyId;
    const { Signature } = await t.kms('Sign', { KeyId: keyId, Message: message, SigningAlgorithm: 'RSASSA_PSS_SHA_256' });
    await t.expectError(
      t.kms('Verify', { KeyId: keyId, Message: message, Signature, SigningAlgorithm: 'RSASSA_PKCS1_V1_5_SHA_256' }),
      'KMSInvalidSignatureException',
      '',
    );
    const other = (await t.kms('CreateKey', { KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata.KeyId;
    await t.expectError(
      t.kms('Verify', { KeyId: other, Message: message, Signature, SigningAlgorithm: 'RSASSA_PSS_SHA_256' }),
      'KMSInvalidSignatureException',
      '',
    );
    const enc = (await t.kms('CreateKey', { KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' })).KeyMetadata.KeyId;
    await t.expectError(
      t.kms('Verify', { KeyId: enc, Message: message, Signature, SigningAlgorithm: 'RSASSA_PSS_SHA_256' }),
      'InvalidKeyUsageException',
      `${arn(enc)} key usage is ENCRYPT_DECRYPT which is not valid for Verify.`,
    );
  });

  it('verifies what node:crypto signed with imported key material', async () => {
    const t = kmsLab();
    const keyId = (await t.kms('CreateKey', { KeySpec: 'ECC_SECG_P256K1', KeyUsage: 'SIGN_VERIFY', Origin: 'EXTERNAL' })).KeyMetadata.KeyId;
    const pair = generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
    await importMaterial(t, keyId, new Uint8Array(pair.privateKey.export({ format: 'der', type: 'pkcs8' })));
    const signature = new Uint8Array(nodeSign('sha256', message, pair.privateKey));
    const out = await labKmsClient(t.cloud).send(
      new VerifyCommand({ KeyId: keyId, Message: message, Signature: signature, SigningAlgorithm: 'ECDSA_SHA_256' }),
    );
    expect(out.SignatureValid).toBe(true);
    const error = await labKmsClient(t.cloud)
      .send(new VerifyCommand({ KeyId: keyId, Message: utf8('no'), Signature: signature, SigningAlgorithm: 'ECDSA_SHA_256' }))
      .catch((e: Error) => e);
    expect((error as Error).name).toBe('KMSInvalidSignatureException');
    const bob = await t.user('bob');
    await t.expectError(
      t.kms('Verify', { KeyId: keyId, Message: message, Signature: signature, SigningAlgorithm: 'ECDSA_SHA_256' }, { as: bob }),
      'AccessDeniedException',
    );
    expect(t.cloud.state.trail.findLast((e) => e.eventName === 'Verify' && !e.errorCode)!.readOnly).toBe(true);
  });

  it('key states: a disabled key answers DisabledException, a key pending deletion KMSInvalidStateException; both reach CloudTrail', async () => {
    const t = kmsLab();
    const keyId = (await t.kms('CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata.KeyId;
    const { Signature } = await t.kms('Sign', { KeyId: keyId, Message: message, SigningAlgorithm: 'ECDSA_SHA_256' });
    await t.kms('DisableKey', { KeyId: keyId });
    await t.expectError(
      t.kms('Verify', { KeyId: keyId, Message: message, Signature, SigningAlgorithm: 'ECDSA_SHA_256' }),
      'DisabledException',
      `${arn(keyId)} is disabled.`,
    );
    await t.kms('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 });
    await t.expectError(
      t.kms('Verify', { KeyId: keyId, Message: message, Signature, SigningAlgorithm: 'ECDSA_SHA_256' }),
      'KMSInvalidStateException',
      `${arn(keyId)} is pending deletion.`,
    );
    const failed = t.cloud.state.trail.filter((e) => e.eventName === 'Verify' && e.errorCode);
    expect(failed.map((e) => e.errorCode)).toEqual(['DisabledException', 'KMSInvalidStateException']);
  });
});
