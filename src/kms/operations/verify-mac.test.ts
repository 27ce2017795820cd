import { describe, expect, it } from 'vitest';
import { VerifyMacCommand } from '@aws-sdk/client-kms';
import { keyArn, utf8 } from '@/core';
import { labKmsClient } from '@/cloud/protocol/testing';
import { kmsLab } from '@/kms/testing/harness';

const arn = (keyId: string) => keyArn('us-east-1', keyId);
const message = utf8('token payload');

describe('VerifyMac', () => {
  it('accepts the MAC GenerateMac made; refuses every flipped byte, a cut MAC and another message', async () => {
    const t = kmsLab();
    const keyId = (await t.kms('CreateKey', { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' })).KeyMetadata.KeyId;
    const { Mac } = await t.kms('GenerateMac', { KeyId: keyId, Message: message, MacAlgorithm: 'HMAC_SHA_256' });
    const base = { KeyId: keyId, Message: message, Mac, MacAlgorithm: 'HMAC_SHA_256' };
    expect(await t.kms('VerifyMac', base)).toEqual({ KeyId: arn(keyId), MacValid: true, MacAlgorithm: 'HMAC_SHA_256' });
    for (let i = 0; i < Mac.length; i++) {
      const bad = Mac.slice();
      bad[i] ^= 0x80;
      await t.expectError(t.kms('VerifyMac', { ...base, Mac: bad }), 'KMSInvalidMacException', '');
    }
    await t.expectError(t.kms('VerifyMac', { ...base, Mac: Mac.slice(0, 31) }), 'KMSInvalidMacException', '');
    await t.expectError(t.kms('VerifyMac', { ...base, Message: utf8('token payload!') }), 'KMSInvalidMacException', '');
    const other = (await t.kms('CreateKey', { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' })).KeyMetadata.KeyId;
    await t.expectError(t.kms('VerifyMac', { ...base, KeyId: other }), 'KMSInvalidMacException', '');
  });

  it('HMAC_224 (computed outside WebCrypto) verifies too; wrong algorithm or usage gets AWS texts', async () => {
    const t = kmsLab();
    const keyId = (await t.kms('CreateKey', { KeySpec: 'HMAC_224', KeyUsage: 'GENERATE_VERIFY_MAC' })).KeyMetadata.KeyId;
    const { Mac } = await t.kms('GenerateMac', { KeyId: keyId, Message: message, MacAlgorithm: 'HMAC_SHA_224' });
    expect(Mac).toHaveLength(28);
    expect((await t.kms('VerifyMac', { KeyId: keyId, Message: message, Mac, MacAlgorithm: 'HMAC_SHA_224' })).MacValid).toBe(true);
    await t.expectError(
      t.kms('VerifyMac', { KeyId: keyId, Message: message, Mac, MacAlgorithm: 'HMAC_SHA_512' }),
      'InvalidKeyUsageException',
      'Algorithm HMAC_SHA_512 is incompatible with key spec HMAC_224.',
    );
    const signer = (await t.kms('CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata.KeyId;
    await t.expectError(
      t.kms('VerifyMac', { KeyId: signer, Message: message, Mac, MacAlgorithm: 'HMAC_SHA_224' }),
      'InvalidKeyUsageException',
      `${arn(signer)} key usage is SIGN_VERIFY which is not valid for VerifyMac.`,
    );
  });

  it('answers the real AWS SDK: KMSInvalidMacException for a bad MAC; needs kms:VerifyMac', async () => {
    const t = kmsLab();
    const keyId = (await t.kms('CreateKey', { KeySpec: 'HMAC_384', KeyUsage: 'GENERATE_VERIFY_MAC' })).KeyMetadata.KeyId;
    const { Mac } = await t.kms('GenerateMac', { KeyId: keyId, Message: message, MacAlgorithm: 'HMAC_SHA_384' });
    const sdk = labKmsClient(t.cloud);
    expect((await sdk.send(new VerifyMacCommand({ KeyId: keyId, Message: message, Mac, MacAlgorithm: 'HMAC_SHA_384' }))).MacValid).toBe(true);
    const error = await sdk.send(new VerifyMacCommand({ KeyId: keyId, Message: utf8('x'), Mac, MacAlgorithm: 'HMAC_SHA_384' })).catch((e: Error) => e);
    expect((error as Error).name).toBe('KMSInvalidMacException');
    const bob = await t.user('bob');
    await t.expectError(
      t.kms('VerifyMac', { KeyId: keyId, Message: message, Mac, MacAlgorithm: 'HMAC_SHA_384' }, { as: bob }),
      'AccessDeniedException',
      /kms:VerifyMac/,
    );
  });

  it('key states: a disabled key answers DisabledException, a key pending deletion KMSInvalidStateException; both reach CloudTrail', async () => {
    const t = kmsLab();
    const keyId = (await t.kms('CreateKey', { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' })).KeyMetadata.KeyId;
    const { Mac } = await t.kms('GenerateMac', { KeyId: keyId, Message: message, MacAlgorithm: 'HMAC_SHA_256' });
    await t.kms('DisableKey', { KeyId: keyId });
    await t.expectError(
      t.kms('VerifyMac', { KeyId: keyId, Message: message, Mac, MacAlgorithm: 'HMAC_SHA_256' }),
      'DisabledException',
      `${arn(keyId)} is disabled.`,
    );
    await t.kms('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 });
    await t.expectError(
      t.kms('VerifyMac', { KeyId: keyId, Message: message, Mac, MacAlgorithm: 'HMAC_SHA_256' }),
      'KMSInvalidStateException',
      `${arn(keyId)} is pending deletion.`,
    );
    const failed = t.cloud.state.trail.filter((e) => e.eventName === 'VerifyMac' && e.errorCode);
    expect(failed.map((e) => e.errorCode)).toEqual(['DisabledException', 'KMSInvalidStateException']);
  });
});
