import { createPublicKey, diffieHellman, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DeriveSharedSecretCommand } from '@aws-sdk/client-kms';
import { keyArn, toHex } from '@/core';
import { labKmsClient } from '@/cloud/protocol/testing';
import { kmsLab } from '@/kms/testing/harness';

const arn = (keyId: string) => keyArn('us-east-1', keyId);
const spki = (k: ReturnType<typeof generateKeyPairSync>['publicKey']) => new Uint8Array(k.export({ format: 'der', type: 'spki' }));

describe('DeriveSharedSecret', () => {
  it.each([
    ['ECC_NIST_P256', 'P-256', 32],
    ['ECC_NIST_P384', 'P-384', 48],
    ['ECC_NIST_P521', 'P-521', 66],
  ])('%s: the secret the peer computes with node:crypto from the public key of GetPublicKey', async (KeySpec, namedCurve, length) => {
    const t = kmsLab();
    const keyId = (await t.kms('CreateKey', { KeySpec, KeyUsage: 'KEY_AGREEMENT' })).KeyMetadata.KeyId;
    const peer = generateKeyPairSync('ec', { namedCurve });
    const out = await t.kms('DeriveSharedSecret', { KeyId: keyId, KeyAgreementAlgorithm: 'ECDH', PublicKey: spki(peer.publicKey) });
    expect([out.KeyId, out.KeyAgreementAlgorithm, out.KeyOrigin, out.SharedSecret.length]).toEqual([arn(keyId), 'ECDH', 'AWS_KMS', length]);
    const kmsPublic = createPublicKey({ key: Buffer.from((await t.kms('GetPublicKey', { KeyId: keyId })).PublicKey), format: 'der', type: 'spki' });
    expect(toHex(out.SharedSecret)).toBe(diffieHellman({ privateKey: peer.privateKey, publicKey: kmsPublic }).toString('hex'));
  });

  it('refuses a peer key of another curve or no key at all, keys of other usages, and callers without permission', async () => {
    const t = kmsLab();
    const keyId = (await t.kms('CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'KEY_AGREEMENT' })).KeyMetadata.KeyId;
    const p384 = spki(generateKeyPairSync('ec', { namedCurve: 'P-384' }).publicKey);
    const refused = 'PublicKey must be a DER-encoded SubjectPublicKeyInfo of a P-256 public key, the curve of ECC_NIST_P256.';
    await t.expectError(t.kms('DeriveSharedSecret', { KeyId: keyId, KeyAgreementAlgorithm: 'ECDH', PublicKey: p384 }), 'ValidationException', refused);
    await t.expectError(
      t.kms('DeriveSharedSecret', { KeyId: keyId, KeyAgreementAlgorithm: 'ECDH', PublicKey: new Uint8Array([1, 2, 3]) }),
      'ValidationException',
      refused,
    );
    const ed = spki(generateKeyPairSync('ed25519').publicKey);
    await t.expectError(t.kms('DeriveSharedSecret', { KeyId: keyId, KeyAgreementAlgorithm: 'ECDH', PublicKey: ed }), 'ValidationException', refused);
    const peer = spki(generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey);
    const signer = (await t.kms('CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata.KeyId;
    await t.expectError(
      t.kms('DeriveSharedSecret', { KeyId: signer, KeyAgreementAlgorithm: 'ECDH', PublicKey: peer }),
      'InvalidKeyUsageException',
      `${arn(signer)} key usage is SIGN_VERIFY which is not valid for DeriveSharedSecret.`,
    );
    await t.expectError(
      t.kms('DeriveSharedSecret', { KeyId: keyId, KeyAgreementAlgorithm: 'ECDH_X', PublicKey: peer }),
      'ValidationException',
      "1 validation error detected: Value 'ECDH_X' at 'keyAgreementAlgorithm' failed to satisfy constraint: Member must satisfy enum value set: [ECDH]",
    );
    const bob = await t.user('bob');
    await t.expectError(
      t.kms('DeriveSharedSecret', { KeyId: keyId, KeyAgreementAlgorithm: 'ECDH', PublicKey: peer }, { as: bob }),
      'AccessDeniedException',
      /kms:DeriveSharedSecret/,
    );
  });

  it('answers the real AWS SDK; the trail is read-only and never holds the secret', async () => {
    const t = kmsLab();
    const keyId = (await t.kms('CreateKey', { KeySpec: 'ECC_NIST_P384', KeyUsage: 'KEY_AGREEMENT' })).KeyMetadata.KeyId;
    const peer = spki(generateKeyPairSync('ec', { namedCurve: 'P-384' }).publicKey);
    const out = await labKmsClient(t.cloud).send(new DeriveSharedSecretCommand({ KeyId: keyId, KeyAgreementAlgorithm: 'ECDH', PublicKey: peer }));
    expect(out.SharedSecret).toHaveLength(48);
    const event = t.cloud.state.trail.at(-1)!;
    expect([event.eventName, event.readOnly]).toEqual(['DeriveSharedSecret', true]);
    expect(JSON.stringify(event)).not.toContain(Buffer.from(out.SharedSecret!).toString('base64'));
  });

  it('key states: a disabled key answers DisabledException, a key pending deletion KMSInvalidStateException; both reach CloudTrail', async () => {
    const t = kmsLab();
    const keyId = (await t.kms('CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'KEY_AGREEMENT' })).KeyMetadata.KeyId;
    const peer = spki(generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey);
    await t.kms('DisableKey', { KeyId: keyId });
    await t.expectError(
      t.kms('DeriveSharedSecret', { KeyId: keyId, KeyAgreementAlgorithm: 'ECDH', PublicKey: peer }),
      'DisabledException',
      `${arn(keyId)} is disabled.`,
    );
    await t.kms('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 });
    await t.expectError(
      t.kms('DeriveSharedSecret', { KeyId: keyId, KeyAgreementAlgorithm: 'ECDH', PublicKey: peer }),
      'KMSInvalidStateException',
      `${arn(keyId)} is pending deletion.`,
    );
    const failed = t.cloud.state.trail.filter((e) => e.eventName === 'DeriveSharedSecret' && e.errorCode);
    expect(failed.map((e) => e.errorCode)).toEqual(['DisabledException', 'KMSInvalidStateException']);
  });
});
