import { describe, expect, it } from 'vitest';
import { keyArn } from '@/core';
import { kmsLab } from '@/kms/testing/harness';

const arn = (keyId: string) => keyArn('us-east-1', keyId);

describe('GenerateDataKeyWithoutPlaintext', () => {
  it('returns only the encrypted data key, which Decrypt opens later', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const out = await t.kms('GenerateDataKeyWithoutPlaintext', { KeyId: keyId, KeySpec: 'AES_128', EncryptionContext: { tenant: '7' } });
    expect(Object.keys(out)).toEqual(['CiphertextBlob', 'KeyId', 'KeyMaterialId']);
    expect(out.KeyId).toBe(arn(keyId));
    const back = await t.kms('Decrypt', { CiphertextBlob: out.CiphertextBlob, EncryptionContext: { tenant: '7' } });
    expect(back.Plaintext).toHaveLength(16);
    expect(back.KeyMaterialId).toBe(out.KeyMaterialId);
  });

  it('same rules as GenerateDataKey: KeySpec xor NumberOfBytes, key state, DryRun, its own IAM action', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.expectError(
      t.kms('GenerateDataKeyWithoutPlaintext', { KeyId: keyId }),
      'ValidationException',
      'Please specify either number of bytes or key spec.',
    );
    expect((await t.kms('GenerateDataKeyWithoutPlaintext', { KeyId: keyId, NumberOfBytes: 64 })).CiphertextBlob.length).toBeGreaterThan(64);
    await t.expectError(
      t.kms('GenerateDataKeyWithoutPlaintext', { KeyId: keyId, KeySpec: 'AES_256', DryRun: true }),
      'DryRunOperationException',
      'The request would have succeeded, but the DryRun option is set.',
    );
    const nobody = await t.user('nobody');
    await t.expectError(
      t.kms('GenerateDataKeyWithoutPlaintext', { KeyId: keyId, KeySpec: 'AES_256' }, { as: nobody }),
      'AccessDeniedException',
      `User: ${nobody.arn} is not authorized to perform: kms:GenerateDataKeyWithoutPlaintext on resource: ${arn(keyId)} because no identity-based policy allows the kms:GenerateDataKeyWithoutPlaintext action`,
    );
    await t.kms('DisableKey', { KeyId: keyId });
    await t.expectError(t.kms('GenerateDataKeyWithoutPlaintext', { KeyId: keyId, KeySpec: 'AES_256' }), 'DisabledException', `${arn(keyId)} is disabled.`);
  });
});
