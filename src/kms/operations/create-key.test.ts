import { describe, expect, it } from 'vitest';
import { kmsLab } from '@/kms/testing/harness';

const arnRe = /^arn:aws:kms:us-east-1:111122223333:key\/[0-9a-f-]{36}$/;

describe('CreateKey', () => {
  it('creates an enabled symmetric customer managed key with AWS default metadata', async () => {
    const t = kmsLab();
    const { KeyMetadata: m } = await t.kms('CreateKey', { Description: 'payroll' });
    expect(m).toMatchObject({
      AWSAccountId: '111122223333',
      Description: 'payroll',
      Enabled: true,
      KeyState: 'Enabled',
      KeyUsage: 'ENCRYPT_DECRYPT',
      KeySpec: 'SYMMETRIC_DEFAULT',
      CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT',
      EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
      KeyManager: 'CUSTOMER',
      Origin: 'AWS_KMS',
      MultiRegion: false,
    });
    expect(m.Arn).toMatch(arnRe);
    expect(m.CurrentKeyMaterialId).toMatch(/^[0-9a-f]{64}$/);
    expect(m.CreationDate).toEqual(new Date(Date.UTC(2026, 0, 1)));
    expect(m).not.toHaveProperty('DeletionDate');
  });

  it('gives the key the API default policy key-default-1, in KMS pretty form', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const { Policy } = await t.kms('GetKeyPolicy', { KeyId: keyId, PolicyName: 'default' });
    expect(Policy).toBe(
      '{\n  "Version" : "2012-10-17",\n  "Id" : "key-default-1",\n  "Statement" : [ {\n    "Sid" : "Enable IAM User Permissions",\n' +
        '    "Effect" : "Allow",\n    "Principal" : {\n      "AWS" : "arn:aws:iam::111122223333:root"\n    },\n    "Action" : "kms:*",\n    "Resource" : "*"\n  } ]\n}',
    );
  });

  it('creates an EXTERNAL key in PendingImport with no material', async () => {
    const t = kmsLab();
    const { KeyMetadata: m } = await t.kms('CreateKey', { Origin: 'EXTERNAL' });
    expect(m).toMatchObject({ KeyState: 'PendingImport', Enabled: false, Origin: 'EXTERNAL' });
    expect(m.CurrentKeyMaterialId).toBeUndefined();
  });

  it('stores tags and refuses reserved, duplicate or too many tags', async () => {
    const t = kmsLab();
    const { KeyMetadata } = await t.kms('CreateKey', { Tags: [{ TagKey: 'team', TagValue: 'blue' }] });
    expect((await t.kms('ListResourceTags', { KeyId: KeyMetadata.KeyId })).Tags).toEqual([{ TagKey: 'team', TagValue: 'blue' }]);
    await t.expectError(t.kms('CreateKey', { Tags: [{ TagKey: 'aws:x', TagValue: '' }] }), 'TagException', 'Tags beginning with aws: are reserved');
    await t.expectError(
      t.kms('CreateKey', {
        Tags: [
          { TagKey: 'a', TagValue: '1' },
          { TagKey: 'a', TagValue: '2' },
        ],
      }),
      'TagException',
      'Duplicate tag keys',
    );
    const many = Array.from({ length: 51 }, (_, i) => ({ TagKey: `k${i}`, TagValue: 'v' }));
    await t.expectError(t.kms('CreateKey', { Tags: many }), 'TagException', 'Too many tags');
    await t.expectError(
      t.kms('CreateKey', { Tags: [{ TagKey: 'x'.repeat(129), TagValue: 'v' }] }),
      'ValidationException',
      `1 validation error detected: Value '${'x'.repeat(129)}' at 'tags.1.member.tagKey' failed to satisfy constraint: Member must have length less than or equal to 128`,
    );
  });

  it('validates key spec, usage and their combination with AWS texts', async () => {
    const t = kmsLab();
    await t.expectError(
      t.kms('CreateKey', { KeySpec: 'HMAC_random' }),
      'ValidationException',
      "1 validation error detected: Value 'HMAC_random' at 'keySpec' failed to satisfy constraint: Member must satisfy enum value set: [RSA_2048, ECC_NIST_P384, ECC_NIST_P256, ECC_NIST_P521, HMAC_384, RSA_3072, ECC_SECG_P256K1, RSA_4096, SYMMETRIC_DEFAULT, HMAC_256, HMAC_224, HMAC_512, SM2, ML_DSA_44, ML_DSA_65, ML_DSA_87, ECC_NIST_EDWARDS25519]",
    );
    await t.expectError(
      t.kms('CreateKey', { KeyUsage: 'SIGN_VERIFY' }),
      'ValidationException',
      'KeyUsage SIGN_VERIFY is not compatible with KeySpec SYMMETRIC_DEFAULT',
    );
    await t.expectError(
      t.kms('CreateKey', { KeySpec: 'RSA_2048' }),
      'ValidationException',
      'You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys.',
    );
    await t.expectError(
      t.kms('CreateKey', { KeySpec: 'RSA_2048', KeyUsage: 'KEY_AGREEMENT' }),
      'ValidationException',
      'KeyUsage KEY_AGREEMENT is not compatible with KeySpec RSA_2048',
    );
    await t.expectError(
      t.kms('CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'ENCRYPT_DECRYPT' }),
      'ValidationException',
      'KeyUsage ENCRYPT_DECRYPT is not compatible with KeySpec ECC_NIST_P256',
    );
    await t.expectError(
      t.kms('CreateKey', { KeySpec: 'SM2', KeyUsage: 'SIGN_VERIFY' }),
      'UnsupportedOperationException',
      'KeySpec SM2 is not supported in this Region',
    );
    await t.expectError(
      t.kms('CreateKey', { KeyUsage: 'RANDOM' }),
      'ValidationException',
      "1 validation error detected: Value 'RANDOM' at 'keyUsage' failed to satisfy constraint: Member must satisfy enum value set: [ENCRYPT_DECRYPT, SIGN_VERIFY, GENERATE_VERIFY_MAC, KEY_AGREEMENT]",
    );
    await t.expectError(
      t.kms('CreateKey', { KeySpec: 'SYMMETRIC_DEFAULT', CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT' }),
      'ValidationException',
      'You cannot specify KeySpec and CustomerMasterKeySpec in the same request. CustomerMasterKeySpec is deprecated.',
    );
    await t.expectError(t.kms('CreateKey', { MultiRegion: true }), 'UnsupportedOperationException');
  });

  it.each([
    ['RSA_2048', 'ENCRYPT_DECRYPT', { EncryptionAlgorithms: ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'] }],
    ['RSA_3072', 'SIGN_VERIFY', { SigningAlgorithms: expect.arrayContaining(['RSASSA_PSS_SHA_256', 'RSASSA_PKCS1_V1_5_SHA_512']) }],
    ['ECC_NIST_P256', 'SIGN_VERIFY', { SigningAlgorithms: ['ECDSA_SHA_256'] }],
    ['ECC_NIST_P384', 'KEY_AGREEMENT', { KeyAgreementAlgorithms: ['ECDH'] }],
    ['ECC_NIST_P521', 'SIGN_VERIFY', { SigningAlgorithms: ['ECDSA_SHA_512'] }],
    ['ECC_NIST_P521', 'KEY_AGREEMENT', { KeyAgreementAlgorithms: ['ECDH'] }],
    ['ECC_SECG_P256K1', 'SIGN_VERIFY', { SigningAlgorithms: ['ECDSA_SHA_256'] }],
    ['ECC_NIST_EDWARDS25519', 'SIGN_VERIFY', { SigningAlgorithms: ['ED25519_SHA_512', 'ED25519_PH_SHA_512'] }],
    ['ML_DSA_44', 'SIGN_VERIFY', { SigningAlgorithms: ['ML_DSA_SHAKE_256'] }],
    ['ML_DSA_87', 'SIGN_VERIFY', { SigningAlgorithms: ['ML_DSA_SHAKE_256'] }],
    ['HMAC_224', 'GENERATE_VERIFY_MAC', { MacAlgorithms: ['HMAC_SHA_224'] }],
    ['HMAC_512', 'GENERATE_VERIFY_MAC', { MacAlgorithms: ['HMAC_SHA_512'] }],
  ] as const)('creates a %s key for %s, with its algorithms and no CurrentKeyMaterialId', async (KeySpec, KeyUsage, algorithms) => {
    const t = kmsLab();
    const { KeyMetadata: m } = await t.kms('CreateKey', { KeySpec, KeyUsage });
    expect(m).toMatchObject({ KeySpec, CustomerMasterKeySpec: KeySpec, KeyUsage, KeyState: 'Enabled', Origin: 'AWS_KMS', ...algorithms });
    expect(m.CurrentKeyMaterialId).toBeUndefined();
    for (const list of ['EncryptionAlgorithms', 'SigningAlgorithms', 'MacAlgorithms', 'KeyAgreementAlgorithms']) {
      if (!(list in algorithms)) expect(m[list], list).toBeUndefined();
    }
    // The deprecated CustomerMasterKeySpec says the same, for the specs it lists.
    if (!KeySpec.startsWith('ML_DSA') && KeySpec !== 'ECC_NIST_EDWARDS25519') {
      expect((await t.kms('CreateKey', { CustomerMasterKeySpec: KeySpec, KeyUsage })).KeyMetadata.KeySpec).toBe(KeySpec);
    }
  });

  it('creates asymmetric and HMAC keys for imported material too', async () => {
    const t = kmsLab();
    const { KeyMetadata: m } = await t.kms('CreateKey', { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC', Origin: 'EXTERNAL' });
    expect([m.KeyState, m.MacAlgorithms]).toEqual(['PendingImport', ['HMAC_SHA_256']]);
  });

  it('checks a given policy: syntax, principals and the lockout safety check', async () => {
    const t = kmsLab();
    await t.expectError(t.kms('CreateKey', { Policy: '{"Version": "2012-10-17", "Statement": [' }), 'MalformedPolicyDocumentException');
    const policy = (principal: string) =>
      JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: principal }, Action: 'kms:*', Resource: '*' }] });
    await t.expectError(
      t.kms('CreateKey', { Policy: policy('arn:aws:iam::111122223333:user/ghost') }),
      'MalformedPolicyDocumentException',
      'Policy contains a statement with one or more invalid principals.',
    );
    const alice = await t.user('alice', ['AdministratorAccess']);
    await t.expectError(
      t.kms(
        'CreateKey',
        { Policy: policy('arn:aws:iam::111122223333:user/bob-not-alice'.replace('bob-not-alice', 'alice')) },
        { as: await t.user('carol', ['AdministratorAccess']) },
      ),
      'MalformedPolicyDocumentException',
      'The new key policy will not allow you to update the key policy in the future.',
    );
    const ok = await t.kms('CreateKey', { Policy: policy(alice.arn) }, { as: alice });
    expect(ok.KeyMetadata.KeyState).toBe('Enabled');
    const bypass = await t.kms('CreateKey', { Policy: policy(alice.arn), BypassPolicyLockoutSafetyCheck: true });
    expect(bypass.KeyMetadata.KeyState).toBe('Enabled');
  });

  it('needs kms:CreateKey from IAM', async () => {
    const t = kmsLab();
    const bob = await t.user('bob');
    await t.expectError(
      t.kms('CreateKey', {}, { as: bob }),
      'AccessDeniedException',
      'User: arn:aws:iam::111122223333:user/bob is not authorized to perform: kms:CreateKey on resource: * because no identity-based policy allows the kms:CreateKey action',
    );
    const power = await t.user('power', ['AWSKeyManagementServicePowerUser']);
    expect((await t.kms('CreateKey', {}, { as: power })).KeyMetadata.KeyManager).toBe('CUSTOMER');
  });
});
