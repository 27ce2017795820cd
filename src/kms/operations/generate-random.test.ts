import { describe, expect, it } from 'vitest';
import { toBase64 } from '@/core';
import { kmsLab } from '@/kms/testing/harness';

const PEM = '-----BEGIN CERTIFICATE-----\nMIIBtest\n-----END CERTIFICATE-----\n';

describe('GenerateRandom', () => {
  it('returns the number of random bytes asked for, different each time', async () => {
    const t = kmsLab();
    const a = await t.kms('GenerateRandom', { NumberOfBytes: 32 });
    expect(Object.keys(a)).toEqual(['Plaintext']);
    expect(a.Plaintext).toHaveLength(32);
    const b = await t.kms('GenerateRandom', { NumberOfBytes: 32 });
    expect(toBase64(b.Plaintext)).not.toBe(toBase64(a.Plaintext));
    expect((await t.kms('GenerateRandom', { NumberOfBytes: 1024 })).Plaintext).toHaveLength(1024);
    expect(t.cloud.state.trail.at(-1)!.responseElements).toBeNull();
  });

  it('NumberOfBytes is required and 1-1024, in AWS words', async () => {
    const t = kmsLab();
    await t.expectError(t.kms('GenerateRandom', {}), 'ValidationException', 'NumberOfBytes is required.');
    await t.expectError(
      t.kms('GenerateRandom', { NumberOfBytes: 0 }),
      'ValidationException',
      "1 validation error detected: Value '0' at 'numberOfBytes' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
    await t.expectError(
      t.kms('GenerateRandom', { NumberOfBytes: 1025 }),
      'ValidationException',
      "1 validation error detected: Value '1025' at 'numberOfBytes' failed to satisfy constraint: Member must have value less than or equal to 1024",
    );
  });

  it('is allowed by IAM policies alone (no key policy is involved)', async () => {
    const t = kmsLab();
    const nobody = await t.user('nobody');
    await t.expectError(
      t.kms('GenerateRandom', { NumberOfBytes: 8 }, { as: nobody }),
      'AccessDeniedException',
      `User: ${nobody.arn} is not authorized to perform: kms:GenerateRandom on resource: * because no identity-based policy allows the kms:GenerateRandom action`,
    );
    const admin = await t.user('admin', ['AdministratorAccess']);
    expect((await t.kms('GenerateRandom', { NumberOfBytes: 8 }, { as: admin })).Plaintext).toHaveLength(8);
  });

  it('in a CloudHSM key store: the store must exist and be connected', async () => {
    const t = kmsLab();
    await t.expectError(
      t.kms('GenerateRandom', { NumberOfBytes: 8, CustomKeyStoreId: 'cks-0123456789abcdef0' }),
      'CustomKeyStoreNotFoundException',
      'Custom key store cks-0123456789abcdef0 does not exist.',
    );
    const { CustomKeyStoreId } = await t.kms('CreateCustomKeyStore', {
      CustomKeyStoreName: 'hsm',
      CloudHsmClusterId: 'cluster-234abcdefgh',
      TrustAnchorCertificate: PEM,
      KeyStorePassword: 'kmsPswd1',
    });
    await t.expectError(
      t.kms('GenerateRandom', { NumberOfBytes: 8, CustomKeyStoreId }),
      'CustomKeyStoreInvalidStateException',
      `Custom key store ${CustomKeyStoreId} is not connected.`,
    );
    await t.kms('ConnectCustomKeyStore', { CustomKeyStoreId });
    expect((await t.kms('GenerateRandom', { NumberOfBytes: 8, CustomKeyStoreId })).Plaintext).toHaveLength(8);
  });
});
