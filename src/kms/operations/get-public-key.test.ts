import { createPublicKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GetPublicKeyCommand } from '@aws-sdk/client-kms';
import { keyArn } from '@/core';
import { labKmsClient } from '@/cloud/protocol/testing';
import { kmsLab } from '@/kms/testing/harness';

const arn = (keyId: string) => keyArn('us-east-1', keyId);

describe('GetPublicKey', () => {
  it('returns the DER SubjectPublicKeyInfo of a signing key with its spec, usage and algorithms', async () => {
    const t = kmsLab();
    const { KeyMetadata } = await t.kms('CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' });
    const out = await t.kms('GetPublicKey', { KeyId: KeyMetadata.KeyId });
    expect(Object.keys(out)).toEqual(['KeyId', 'PublicKey', 'CustomerMasterKeySpec', 'KeySpec', 'KeyUsage', 'SigningAlgorithms']);
    expect(out).toMatchObject({ KeyId: arn(KeyMetadata.KeyId), KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY', SigningAlgorithms: ['ECDSA_SHA_256'] });
    // node:crypto reads it as a P-256 public key, the public half of the key's material.
    const pub = createPublicKey({ key: Buffer.from(out.PublicKey), format: 'der', type: 'spki' });
    expect(pub.asymmetricKeyDetails).toEqual({ namedCurve: 'prime256v1' });
    const material = t.cloud.state.kms['us-east-1']!.keys[KeyMetadata.KeyId]!.materials[0]!;
    expect(Buffer.from(out.PublicKey).equals(Buffer.from(material.publicKey!))).toBe(true);
  });

  it('lists the algorithms of each usage: encryption, key agreement; an RSA key reads as RSA of its size', async () => {
    const t = kmsLab();
    const rsa = (await t.kms('CreateKey', { KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' })).KeyMetadata.KeyId;
    const out = await t.kms('GetPublicKey', { KeyId: rsa });
    expect(out.EncryptionAlgorithms).toEqual(['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256']);
    expect(out.SigningAlgorithms).toBeUndefined();
    expect(createPublicKey({ key: Buffer.from(out.PublicKey), format: 'der', type: 'spki' }).asymmetricKeyDetails?.modulusLength).toBe(2048);
    const ecdh = (await t.kms('CreateKey', { KeySpec: 'ECC_NIST_P384', KeyUsage: 'KEY_AGREEMENT' })).KeyMetadata.KeyId;
    expect((await t.kms('GetPublicKey', { KeyId: ecdh })).KeyAgreementAlgorithms).toEqual(['ECDH']);
  });

  it('refuses symmetric and HMAC keys, disabled keys and callers the policy does not allow', async () => {
    const t = kmsLab();
    const sym = await t.createKey();
    await t.expectError(t.kms('GetPublicKey', { KeyId: sym }), 'UnsupportedOperationException', /key spec SYMMETRIC_DEFAULT has no public key/);
    const hmac = (await t.kms('CreateKey', { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' })).KeyMetadata.KeyId;
    await t.expectError(t.kms('GetPublicKey', { KeyId: hmac }), 'UnsupportedOperationException', /key spec HMAC_256 has no public key/);
    const ed = (await t.kms('CreateKey', { KeySpec: 'ECC_NIST_EDWARDS25519', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata.KeyId;
    await t.kms('DisableKey', { KeyId: ed });
    await t.expectError(t.kms('GetPublicKey', { KeyId: ed }), 'DisabledException', `${arn(ed)} is disabled.`);
    const bob = await t.user('bob');
    await t.expectError(t.kms('GetPublicKey', { KeyId: ed }, { as: bob }), 'AccessDeniedException', /kms:GetPublicKey/);
  });

  it('answers the real AWS SDK, and the trail marks it read-only', async () => {
    const t = kmsLab();
    const keyId = (await t.kms('CreateKey', { KeySpec: 'ECC_SECG_P256K1', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata.KeyId;
    const out = await labKmsClient(t.cloud).send(new GetPublicKeyCommand({ KeyId: keyId }));
    expect(out.KeySpec).toBe('ECC_SECG_P256K1');
    expect(createPublicKey({ key: Buffer.from(out.PublicKey!), format: 'der', type: 'spki' }).asymmetricKeyDetails).toEqual({ namedCurve: 'secp256k1' });
    const event = t.cloud.state.trail.at(-1)!;
    expect([event.eventName, event.readOnly]).toEqual(['GetPublicKey', true]);
  });
});
