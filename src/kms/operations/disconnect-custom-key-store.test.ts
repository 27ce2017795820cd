import { describe, expect, it } from 'vitest';
import { keyArn } from '@/core';
import { kmsLab } from '@/kms/testing/harness';

const PEM = '-----BEGIN CERTIFICATE-----\nMIIDhjCCAm6gAwIBAgIJAP9\n-----END CERTIFICATE-----\n';
const arn = (keyId: string) => keyArn('us-east-1', keyId);

async function connectedStore(t: ReturnType<typeof kmsLab>) {
  const { CustomKeyStoreId } = await t.kms('CreateCustomKeyStore', {
    CustomKeyStoreName: 'hsm',
    CloudHsmClusterId: 'cluster-234abcdefgh',
    TrustAnchorCertificate: PEM,
    KeyStorePassword: 'kmsPswd1',
  });
  await t.kms('ConnectCustomKeyStore', { CustomKeyStoreId });
  return CustomKeyStoreId as string;
}

describe('DisconnectCustomKeyStore', () => {
  it('makes the store keys Unavailable: every cryptographic operation fails until reconnection', async () => {
    const t = kmsLab();
    const storeId = await connectedStore(t);
    const keyId = (await t.kms('CreateKey', { Origin: 'AWS_CLOUDHSM', CustomKeyStoreId: storeId })).KeyMetadata.KeyId;
    const blob = await t.encrypt(keyId, 'x');
    expect(await t.kms('DisconnectCustomKeyStore', { CustomKeyStoreId: storeId })).toEqual({});
    expect((await t.kms('DescribeCustomKeyStores', { CustomKeyStoreId: storeId })).CustomKeyStores[0].ConnectionState).toBe('DISCONNECTED');
    const meta = (await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata;
    expect([meta.KeyState, meta.Enabled]).toEqual(['Unavailable', false]);
    const unavailable = `${arn(keyId)} is unavailable.`;
    await t.expectError(t.encrypt(keyId, 'x'), 'KMSInvalidStateException', unavailable);
    await t.expectError(t.decryptText(blob), 'KMSInvalidStateException', unavailable);
    await t.expectError(t.kms('GenerateDataKey', { KeyId: keyId, KeySpec: 'AES_256' }), 'KMSInvalidStateException', unavailable);
    await t.expectError(
      t.kms('CreateKey', { Origin: 'AWS_CLOUDHSM', CustomKeyStoreId: storeId }),
      'CustomKeyStoreInvalidStateException',
      `Custom key store ${storeId} is not connected.`,
    );
  });

  it('leaves keys of other stores and regular keys alone; a key pending deletion stays so', async () => {
    const t = kmsLab();
    const storeId = await connectedStore(t);
    const regular = await t.createKey();
    const doomed = (await t.kms('CreateKey', { Origin: 'AWS_CLOUDHSM', CustomKeyStoreId: storeId })).KeyMetadata.KeyId;
    await t.kms('ScheduleKeyDeletion', { KeyId: doomed, PendingWindowInDays: 7 });
    await t.kms('DisconnectCustomKeyStore', { CustomKeyStoreId: storeId });
    const state = async (k: string) => (await t.kms('DescribeKey', { KeyId: k })).KeyMetadata.KeyState;
    expect([await state(regular), await state(doomed)]).toEqual(['Enabled', 'PendingDeletion']);
  });

  it('a store that is not connected cannot be disconnected', async () => {
    const t = kmsLab();
    const storeId = await connectedStore(t);
    await t.kms('DisconnectCustomKeyStore', { CustomKeyStoreId: storeId });
    await t.expectError(
      t.kms('DisconnectCustomKeyStore', { CustomKeyStoreId: storeId }),
      'CustomKeyStoreInvalidStateException',
      `Custom key store ${storeId} is not connected.`,
    );
    await t.expectError(
      t.kms('DisconnectCustomKeyStore', { CustomKeyStoreId: 'cks-00000000000000000' }),
      'CustomKeyStoreNotFoundException',
      'Custom key store cks-00000000000000000 does not exist.',
    );
  });
});
