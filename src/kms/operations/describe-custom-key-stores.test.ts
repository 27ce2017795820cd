import { describe, expect, it } from 'vitest';
import { kmsLab } from '@/kms/testing/harness';

const PEM = '-----BEGIN CERTIFICATE-----\nMIIDhjCCAm6gAwIBAgIJAP9\n-----END CERTIFICATE-----\n';
const START = Date.UTC(2026, 0, 1);

async function twoStores(t: ReturnType<typeof kmsLab>) {
  const a = (
    await t.kms('CreateCustomKeyStore', {
      CustomKeyStoreName: 'alpha',
      CloudHsmClusterId: 'cluster-aaaaaaaaaaa',
      TrustAnchorCertificate: PEM,
      KeyStorePassword: 'password1',
    })
  ).CustomKeyStoreId;
  await t.days(1);
  const b = (
    await t.kms('CreateCustomKeyStore', {
      CustomKeyStoreName: 'beta',
      CloudHsmClusterId: 'cluster-bbbbbbbbbbb',
      TrustAnchorCertificate: PEM,
      KeyStorePassword: 'password2',
    })
  ).CustomKeyStoreId;
  return [a, b] as const;
}

describe('DescribeCustomKeyStores', () => {
  it('lists every store, oldest first, with the fields AWS returns and never the password', async () => {
    const t = kmsLab();
    const [a, b] = await twoStores(t);
    const out = await t.kms('DescribeCustomKeyStores', {});
    expect(out.Truncated).toBe(false);
    expect(out.CustomKeyStores).toEqual([
      {
        CustomKeyStoreId: a,
        CustomKeyStoreName: 'alpha',
        CloudHsmClusterId: 'cluster-aaaaaaaaaaa',
        TrustAnchorCertificate: PEM,
        ConnectionState: 'DISCONNECTED',
        CreationDate: new Date(START),
        CustomKeyStoreType: 'AWS_CLOUDHSM',
      },
      {
        CustomKeyStoreId: b,
        CustomKeyStoreName: 'beta',
        CloudHsmClusterId: 'cluster-bbbbbbbbbbb',
        TrustAnchorCertificate: PEM,
        ConnectionState: 'DISCONNECTED',
        CreationDate: new Date(START + 86_400_000),
        CustomKeyStoreType: 'AWS_CLOUDHSM',
      },
    ]);
    expect(JSON.stringify(out)).not.toContain('password');
  });

  it('by id or by name; an unknown one is CustomKeyStoreNotFoundException', async () => {
    const t = kmsLab();
    const [a, b] = await twoStores(t);
    expect((await t.kms('DescribeCustomKeyStores', { CustomKeyStoreId: b })).CustomKeyStores.map((s: any) => s.CustomKeyStoreName)).toEqual(['beta']);
    expect((await t.kms('DescribeCustomKeyStores', { CustomKeyStoreName: 'alpha' })).CustomKeyStores.map((s: any) => s.CustomKeyStoreId)).toEqual([a]);
    await t.expectError(
      t.kms('DescribeCustomKeyStores', { CustomKeyStoreId: 'cks-00000000000000000' }),
      'CustomKeyStoreNotFoundException',
      'Custom key store cks-00000000000000000 does not exist.',
    );
    await t.expectError(
      t.kms('DescribeCustomKeyStores', { CustomKeyStoreName: 'gamma' }),
      'CustomKeyStoreNotFoundException',
      'Custom key store with name gamma does not exist.',
    );
    await t.expectError(
      t.kms('DescribeCustomKeyStores', { CustomKeyStoreId: a, CustomKeyStoreName: 'alpha' }),
      'ValidationException',
      'Specify either CustomKeyStoreId or CustomKeyStoreName, not both.',
    );
  });

  it('an empty Region has none; pages with Limit', async () => {
    const t = kmsLab();
    expect(await t.kms('DescribeCustomKeyStores', {})).toEqual({ CustomKeyStores: [], Truncated: false });
    await twoStores(t);
    const page = await t.kms('DescribeCustomKeyStores', { Limit: 1 });
    expect([page.CustomKeyStores.length, page.Truncated]).toEqual([1, true]);
    const rest = await t.kms('DescribeCustomKeyStores', { Limit: 1, Marker: page.NextMarker });
    expect([rest.CustomKeyStores[0].CustomKeyStoreName, rest.Truncated]).toEqual(['beta', false]);
    expect((await t.kms('DescribeCustomKeyStores', {}, { region: 'eu-west-1' })).CustomKeyStores).toEqual([]);
  });
});
