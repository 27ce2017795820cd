import { describe, expect, it } from 'vitest';
import { kmsLab } from '@/kms/testing/harness';

const PEM = '-----BEGIN CERTIFICATE-----\nMIIDhjCCAm6gAwIBAgIJAP9\n-----END CERTIFICATE-----\n';
const connectionState = async (t: ReturnType<typeof kmsLab>, id: string) =>
  (await t.kms('DescribeCustomKeyStores', { CustomKeyStoreId: id })).CustomKeyStores[0].ConnectionState;

describe('ConnectCustomKeyStore', () => {
  it('connects at once; connecting a connected store is accepted', async () => {
    const t = kmsLab();
    const { CustomKeyStoreId } = await t.kms('CreateCustomKeyStore', {
      CustomKeyStoreName: 'hsm',
      CloudHsmClusterId: 'cluster-234abcdefgh',
      TrustAnchorCertificate: PEM,
      KeyStorePassword: 'kmsPswd1',
    });
    expect(await t.kms('ConnectCustomKeyStore', { CustomKeyStoreId })).toEqual({});
    expect(await connectionState(t, CustomKeyStoreId)).toBe('CONNECTED');
    expect(await t.kms('ConnectCustomKeyStore', { CustomKeyStoreId })).toEqual({});
    expect(await connectionState(t, CustomKeyStoreId)).toBe('CONNECTED');
  });

  it('gives keys back the state they had before the disconnection', async () => {
    const t = kmsLab();
    const { CustomKeyStoreId } = await t.kms('CreateCustomKeyStore', {
      CustomKeyStoreName: 'hsm',
      CloudHsmClusterId: 'cluster-234abcdefgh',
      TrustAnchorCertificate: PEM,
      KeyStorePassword: 'kmsPswd1',
    });
    await t.kms('ConnectCustomKeyStore', { CustomKeyStoreId });
    const on = (await t.kms('CreateKey', { Origin: 'AWS_CLOUDHSM', CustomKeyStoreId })).KeyMetadata.KeyId;
    const off = (await t.kms('CreateKey', { Origin: 'AWS_CLOUDHSM', CustomKeyStoreId })).KeyMetadata.KeyId;
    await t.kms('DisableKey', { KeyId: off });
    const blob = await t.encrypt(on, 'in the HSM');
    await t.kms('DisconnectCustomKeyStore', { CustomKeyStoreId });
    await t.kms('ConnectCustomKeyStore', { CustomKeyStoreId });
    const state = async (k: string) => (await t.kms('DescribeKey', { KeyId: k })).KeyMetadata.KeyState;
    expect([await state(on), await state(off)]).toEqual(['Enabled', 'Disabled']);
    expect(await t.decryptText(blob)).toBe('in the HSM');
  });

  it('unknown store; IAM-only permission', async () => {
    const t = kmsLab();
    await t.expectError(
      t.kms('ConnectCustomKeyStore', { CustomKeyStoreId: 'cks-00000000000000000' }),
      'CustomKeyStoreNotFoundException',
      'Custom key store cks-00000000000000000 does not exist.',
    );
    const nobody = await t.user('nobody');
    await t.expectError(
      t.kms('ConnectCustomKeyStore', { CustomKeyStoreId: 'cks-00000000000000000' }, { as: nobody }),
      'AccessDeniedException',
      `User: ${nobody.arn} is not authorized to perform: kms:ConnectCustomKeyStore on resource: * because no identity-based policy allows the kms:ConnectCustomKeyStore action`,
    );
  });
});
