import { describe, expect, it } from 'vitest';
import { keyArn } from '@/core';
import { kmsLab } from '@/kms/testing/harness';

const PEM = '-----BEGIN CERTIFICATE-----\nMIIDhjCCAm6gAwIBAgIJAP9\n-----END CERTIFICATE-----\n';
const arn = (keyId: string) => keyArn('us-east-1', keyId);

async function store(t: ReturnType<typeof kmsLab>, connect: boolean) {
  const { CustomKeyStoreId } = await t.kms('CreateCustomKeyStore', {
    CustomKeyStoreName: 'hsm',
    CloudHsmClusterId: 'cluster-234abcdefgh',
    TrustAnchorCertificate: PEM,
    KeyStorePassword: 'kmsPswd1',
  });
  if (connect) await t.kms('ConnectCustomKeyStore', { CustomKeyStoreId });
  return CustomKeyStoreId as string;
}

describe('CreateKey with Origin AWS_CLOUDHSM', () => {
  it('creates an Enabled key in a connected CloudHSM key store', async () => {
    const t = kmsLab();
    const storeId = await store(t, true);
    const meta = (await t.kms('CreateKey', { Origin: 'AWS_CLOUDHSM', CustomKeyStoreId: storeId, Description: 'in my HSMs' })).KeyMetadata;
    expect(meta).toMatchObject({
      Origin: 'AWS_CLOUDHSM',
      CustomKeyStoreId: storeId,
      CloudHsmClusterId: 'cluster-234abcdefgh',
      KeyState: 'Enabled',
      KeySpec: 'SYMMETRIC_DEFAULT',
    });
    expect(await t.decryptText(await t.encrypt(meta.KeyId, 'hsm'))).toBe('hsm');
  });

  it('CustomKeyStoreId alone implies AWS_CLOUDHSM', async () => {
    const t = kmsLab();
    const storeId = await store(t, true);
    expect((await t.kms('CreateKey', { CustomKeyStoreId: storeId })).KeyMetadata.Origin).toBe('AWS_CLOUDHSM');
  });

  it('makes symmetric encryption keys only, as CloudHSM key stores do', async () => {
    const t = kmsLab();
    const storeId = await store(t, true);
    await t.expectError(
      t.kms('CreateKey', { CustomKeyStoreId: storeId, KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' }),
      'UnsupportedOperationException',
      'KeySpec ECC_NIST_P256 is not supported for a KMS key in a custom key store.',
    );
  });

  it('needs an existing, connected store', async () => {
    const t = kmsLab();
    await t.expectError(
      t.kms('CreateKey', { Origin: 'AWS_CLOUDHSM' }),
      'ValidationException',
      'A CustomKeyStoreId is required when the Origin is AWS_CLOUDHSM.',
    );
    await t.expectError(
      t.kms('CreateKey', { Origin: 'AWS_CLOUDHSM', CustomKeyStoreId: 'cks-00000000000000000' }),
      'CustomKeyStoreNotFoundException',
      'Custom key store cks-00000000000000000 does not exist.',
    );
    const storeId = await store(t, false);
    await t.expectError(
      t.kms('CreateKey', { Origin: 'AWS_CLOUDHSM', CustomKeyStoreId: storeId }),
      'CustomKeyStoreInvalidStateException',
      `Custom key store ${storeId} is not connected.`,
    );
    await t.expectError(
      t.kms('CreateKey', { Origin: 'EXTERNAL', CustomKeyStoreId: storeId }),
      'UnsupportedOperationException',
      'Origin EXTERNAL is not valid with a CustomKeyStoreId.',
    );
  });

  it('custom key store keys cannot rotate', async () => {
    const t = kmsLab();
    const storeId = await store(t, true);
    const keyId = (await t.kms('CreateKey', { Origin: 'AWS_CLOUDHSM', CustomKeyStoreId: storeId })).KeyMetadata.KeyId;
    const unsupported = `${arn(keyId)} origin is AWS_CLOUDHSM which is not valid for this operation.`;
    for (const op of ['EnableKeyRotation', 'GetKeyRotationStatus', 'RotateKeyOnDemand', 'ListKeyRotations']) {
      await t.expectError(t.kms(op, { KeyId: keyId }), 'UnsupportedOperationException', unsupported);
    }
  });
});
