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
      "1 validation error detected: Value 'HMAC_random' at 'keySpec' failed to satisfy constraint: Member must satisfy enum value set: [RSA_2048, ECC_NIST_P384, ECC_NIST_P256, ECC_NIST_P521, HMAC_384, RSA_3072, ECC_SECG_P256K1, RSA_4096, SYMMETRIC_DEFAULT, HMAC_256, HMAC_224, HMAC_512]",
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
    await t.expectError(t.kms('CreateKey', { KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' }), 'UnsupportedOperationException');
    await t.expectError(
      t.kms('CreateKey', { KeySpec: 'SYMMETRIC_DEFAULT', CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT' }),
      'ValidationException',
      'You cannot specify KeySpec and CustomerMasterKeySpec in the same request. CustomerMasterKeySpec is deprecated.',
    );
    await t.expectError(t.kms('CreateKey', { MultiRegion: true }), 'UnsupportedOperationException');
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
