import { describe, expect, it } from 'vitest';
import { kmsLab } from '@/kms/testing/harness';

const PEM = '-----BEGIN CERTIFICATE-----\nMIIDhjCCAm6gAwIBAgIJAP9\n-----END CERTIFICATE-----\n';
const store = (name: string, cluster = 'cluster-234abcdefgh') => ({
  CustomKeyStoreName: name,
  CloudHsmClusterId: cluster,
  TrustAnchorCertificate: PEM,
  KeyStorePassword: 'kmsPswd1',
});

describe('CreateCustomKeyStore', () => {
  it('creates a CloudHSM key store that starts disconnected', async () => {
    const t = kmsLab();
    const out = await t.kms('CreateCustomKeyStore', store('ExampleKeyStore'));
    expect(Object.keys(out)).toEqual(['CustomKeyStoreId']);
    expect(out.CustomKeyStoreId).toMatch(/^cks-[0-9a-f]{17}$/);
    const [described] = (await t.kms('DescribeCustomKeyStores', { CustomKeyStoreId: out.CustomKeyStoreId })).CustomKeyStores;
    expect(described).toMatchObject({ CustomKeyStoreName: 'ExampleKeyStore', ConnectionState: 'DISCONNECTED', CustomKeyStoreType: 'AWS_CLOUDHSM' });
    // The kmsuser password never leaves KMS, not even into the trail.
    expect(JSON.stringify(described)).not.toContain('kmsPswd1');
  });

  it('names are unique; a cluster backs one store', async () => {
    const t = kmsLab();
    await t.kms('CreateCustomKeyStore', store('one'));
    await t.expectError(
      t.kms('CreateCustomKeyStore', store('one', 'cluster-765zyxwvuts')),
      'CustomKeyStoreNameInUseException',
      'The custom key store name one is already assigned to another custom key store in the account.',
    );
    await t.expectError(
      t.kms('CreateCustomKeyStore', store('two')),
      'CloudHsmClusterInUseException',
      'The CloudHSM cluster cluster-234abcdefgh is already associated with a custom key store in the account.',
    );
  });

  it('CloudHsmClusterId, TrustAnchorCertificate and KeyStorePassword are required for AWS_CLOUDHSM', async () => {
    const t = kmsLab();
    for (const member of ['CloudHsmClusterId', 'TrustAnchorCertificate', 'KeyStorePassword'] as const) {
      const input: Record<string, unknown> = { ...store('s'), CustomKeyStoreType: 'AWS_CLOUDHSM' };
      delete input[member];
      await t.expectError(t.kms('CreateCustomKeyStore', input), 'ValidationException', `${member} is required when CustomKeyStoreType is AWS_CLOUDHSM.`);
    }
    await t.expectError(
      t.kms('CreateCustomKeyStore', {}),
      'ValidationException',
      "1 validation error detected: Value null at 'customKeyStoreName' failed to satisfy constraint: Member must not be null",
    );
  });

  it('validates the password without echoing it, and the trust anchor', async () => {
    const t = kmsLab();
    await t.expectError(
      t.kms('CreateCustomKeyStore', { ...store('s'), KeyStorePassword: 'short' }),
      'ValidationException',
      "1 validation error detected: Value at 'keyStorePassword' failed to satisfy constraint: Member must have length greater than or equal to 7",
    );
    await t.expectError(
      t.kms('CreateCustomKeyStore', { ...store('s'), TrustAnchorCertificate: 'hello' }),
      'IncorrectTrustAnchorException',
      'The trust anchor certificate does not match the trust anchor certificate of the CloudHSM cluster cluster-234abcdefgh.',
    );
    await t.expectError(
      t.kms('CreateCustomKeyStore', { ...store('s'), CloudHsmClusterId: 'cluster-1' }),
      'ValidationException',
      "1 validation error detected: Value 'cluster-1' at 'cloudHsmClusterId' failed to satisfy constraint: Member must have length greater than or equal to 19",
    );
    await t.expectError(
      t.kms('CreateCustomKeyStore', { CustomKeyStoreName: 'x', CustomKeyStoreType: 'EXTERNAL_KEY_STORE' }),
      'UnsupportedOperationException',
      'External key stores are not supported by KMS Lab.',
    );
  });

  it('at most 10 custom key stores per Region', async () => {
    const t = kmsLab();
    for (let i = 0; i < 10; i++) await t.kms('CreateCustomKeyStore', store(`s${i}`, `cluster-${String(i).padStart(11, 'a')}`));
    await t.expectError(
      t.kms('CreateCustomKeyStore', store('s10', 'cluster-bbbbbbbbbbb')),
      'LimitExceededException',
      'The request would exceed the quota of 10 custom key stores in this Region.',
    );
  });

  it('is an IAM-only permission: kms:CreateCustomKeyStore', async () => {
    const t = kmsLab();
    const nobody = await t.user('nobody');
    await t.expectError(
      t.kms('CreateCustomKeyStore', store('s'), { as: nobody }),
      'AccessDeniedException',
      `User: ${nobody.arn} is not authorized to perform: kms:CreateCustomKeyStore on resource: * because no identity-based policy allows the kms:CreateCustomKeyStore action`,
    );
  });
});
