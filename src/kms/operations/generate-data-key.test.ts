import { describe, expect, it } from 'vitest';
import { keyArn, toBase64 } from '@/core';
import { kmsLab } from '@/kms/testing/harness';

const arn = (keyId: string) => keyArn('us-east-1', keyId);

describe('GenerateDataKey', () => {
  it('returns the data key in plaintext and encrypted; Decrypt gives the same key back', async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ alias: 'alias/envelope' });
    const out = await t.kms('GenerateDataKey', { KeyId: 'alias/envelope', KeySpec: 'AES_256', EncryptionContext: { file: 'a.txt' } });
    expect(Object.keys(out)).toEqual(['CiphertextBlob', 'Plaintext', 'KeyId', 'KeyMaterialId']);
    expect(out.Plaintext).toHaveLength(32);
    expect(out.KeyId).toBe(arn(keyId));
    expect(out.KeyMaterialId).toBe((await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata.CurrentKeyMaterialId);
    expect(toBase64(out.CiphertextBlob)).toMatch(/^AQICAH/);
    const back = await t.kms('Decrypt', { CiphertextBlob: out.CiphertextBlob, EncryptionContext: { file: 'a.txt' } });
    expect(back.Plaintext).toEqual(out.Plaintext);
    await t.expectError(t.kms('Decrypt', { CiphertextBlob: out.CiphertextBlob }), 'InvalidCiphertextException', '');
  });

  it('AES_128 gives 16 bytes; NumberOfBytes gives 1 to 1024; every key is fresh', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    expect((await t.kms('GenerateDataKey', { KeyId: keyId, KeySpec: 'AES_128' })).Plaintext).toHaveLength(16);
    expect((await t.kms('GenerateDataKey', { KeyId: keyId, NumberOfBytes: 1 })).Plaintext).toHaveLength(1);
    expect((await t.kms('GenerateDataKey', { KeyId: keyId, NumberOfBytes: 1024 })).Plaintext).toHaveLength(1024);
    const a = await t.kms('GenerateDataKey', { KeyId: keyId, KeySpec: 'AES_256' });
    const b = await t.kms('GenerateDataKey', { KeyId: keyId, KeySpec: 'AES_256' });
    expect(toBase64(a.Plaintext)).not.toBe(toBase64(b.Plaintext));
  });

  it('validates KeySpec and NumberOfBytes with AWS texts, before looking at the key', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.expectError(
      t.kms('GenerateDataKey', { KeyId: keyId, KeySpec: 'AES_257' }),
      'ValidationException',
      "1 validation error detected: Value 'AES_257' at 'keySpec' failed to satisfy constraint: Member must satisfy enum value set: [AES_256, AES_128]",
    );
    await t.expectError(
      t.kms('GenerateDataKey', { KeyId: keyId, NumberOfBytes: 2048 }),
      'ValidationException',
      "1 validation error detected: Value '2048' at 'numberOfBytes' failed to satisfy constraint: Member must have value less than or equal to 1024",
    );
    await t.expectError(
      t.kms('GenerateDataKey', { KeyId: keyId, NumberOfBytes: 0 }),
      'ValidationException',
      "1 validation error detected: Value '0' at 'numberOfBytes' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
    await t.kms('DisableKey', { KeyId: keyId });
    for (const input of [{ KeyId: keyId }, { KeyId: keyId, KeySpec: 'AES_256', NumberOfBytes: 32 }]) {
      await t.expectError(t.kms('GenerateDataKey', input), 'ValidationException', 'Please specify either number of bytes or key spec.');
    }
    await t.expectError(t.kms('GenerateDataKey', { KeyId: keyId, KeySpec: 'AES_256' }), 'DisabledException', `${arn(keyId)} is disabled.`);
  });

  it('refuses keys pending deletion or import, and unknown keys', async () => {
    const t = kmsLab();
    const doomed = await t.createKey();
    await t.kms('ScheduleKeyDeletion', { KeyId: doomed, PendingWindowInDays: 7 });
    await t.expectError(t.kms('GenerateDataKey', { KeyId: doomed, KeySpec: 'AES_256' }), 'KMSInvalidStateException', `${arn(doomed)} is pending deletion.`);
    const external = await t.createKey({ origin: 'EXTERNAL' });
    await t.expectError(t.kms('GenerateDataKey', { KeyId: external, KeySpec: 'AES_256' }), 'KMSInvalidStateException', `${arn(external)} is pending import.`);
    await t.expectError(
      t.kms('GenerateDataKey', { KeyId: 'alias/none', KeySpec: 'AES_256' }),
      'NotFoundException',
      'Alias arn:aws:kms:us-east-1:111122223333:alias/none is not found.',
    );
  });

  it('DryRun and permissions: kms:GenerateDataKey on the key', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.expectError(
      t.kms('GenerateDataKey', { KeyId: keyId, KeySpec: 'AES_256', DryRun: true }),
      'DryRunOperationException',
      'The request would have succeeded, but the DryRun option is set.',
    );
    const nobody = await t.user('nobody');
    await t.expectError(
      t.kms('GenerateDataKey', { KeyId: keyId, KeySpec: 'AES_256' }, { as: nobody }),
      'AccessDeniedException',
      `User: ${nobody.arn} is not authorized to perform: kms:GenerateDataKey on resource: ${arn(keyId)} because no identity-based policy allows the kms:GenerateDataKey action`,
    );
  });

  it('keeps the plaintext data key out of the trail', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.kms('GenerateDataKey', { KeyId: keyId, KeySpec: 'AES_256' });
    const event = t.cloud.state.trail.at(-1)!;
    expect(event.eventName).toBe('GenerateDataKey');
    expect(event.requestParameters).toEqual({ keyId, keySpec: 'AES_256' });
    expect(event.responseElements).toBeNull();
  });

  it('needs a symmetric encryption key: other usages and RSA keys are refused with AWS texts', async () => {
    const t = kmsLab();
    const signer = (await t.kms('CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata;
    await t.expectError(
      t.kms('GenerateDataKey', { KeyId: signer.KeyId, KeySpec: 'AES_256' }),
      'InvalidKeyUsageException',
      `${signer.Arn} key usage is SIGN_VERIFY which is not valid for GenerateDataKey.`,
    );
    const rsa = (await t.kms('CreateKey', { KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' })).KeyMetadata;
    await t.expectError(
      t.kms('GenerateDataKeyWithoutPlaintext', { KeyId: rsa.KeyId, KeySpec: 'AES_256' }),
      'InvalidKeyUsageException',
      'Algorithm SYMMETRIC_DEFAULT is incompatible with key spec RSA_2048.',
    );
  });
});
