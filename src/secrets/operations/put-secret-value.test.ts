import { describe, expect, it } from 'vitest';
import { secretsLab } from '@/secrets/testing/harness';

describe('PutSecretValue', () => {
  it('stores a new AWSCURRENT version under a new data key; the old one becomes AWSPREVIOUS, the one before loses its label', async () => {
    const t = secretsLab();
    const { ARN, VersionId: v1 } = await t.sm('CreateSecret', { Name: 'db', SecretString: 'one' });
    const put2 = await t.sm('PutSecretValue', { SecretId: 'db', SecretString: 'two' });
    expect(put2).toMatchObject({ ARN, Name: 'db', VersionStages: ['AWSCURRENT'] });
    expect(t.events(2)[0]).toMatchObject({
      eventName: 'GenerateDataKey',
      requestParameters: { encryptionContext: { SecretARN: ARN, SecretVersionId: put2.VersionId } },
    });
    const put3 = await t.sm('PutSecretValue', { SecretId: 'db', SecretBinary: new Uint8Array([3]) });
    expect((await t.sm('DescribeSecret', { SecretId: 'db' })).VersionIdsToStages).toEqual({
      [put2.VersionId]: ['AWSPREVIOUS'],
      [put3.VersionId]: ['AWSCURRENT'],
    });
    expect(v1).not.toBe(put2.VersionId);
    expect((await t.sm('GetSecretValue', { SecretId: 'db', VersionId: v1 })).SecretString).toBe('one');
  });

  it('puts a version under a label of its own without moving AWSCURRENT', async () => {
    const t = secretsLab();
    await t.sm('CreateSecret', { Name: 'db', SecretString: 'one' });
    await t.sm('PutSecretValue', { SecretId: 'db', SecretString: 'next', VersionStages: ['AWSPENDING'] });
    expect((await t.sm('GetSecretValue', { SecretId: 'db' })).SecretString).toBe('one');
    expect((await t.sm('GetSecretValue', { SecretId: 'db', VersionStage: 'AWSPENDING' })).SecretString).toBe('next');
  });

  it('answers AWS errors: no value, a used version id, a secret scheduled for deletion, KMS refusing', async () => {
    const t = secretsLab();
    const token = 'EXAMPLE1-90ab-cdef-fedc-ba987EXAMPLE';
    const keyArn = await t.key();
    await t.sm('CreateSecret', { Name: 'db', SecretString: 'one', ClientRequestToken: token, KmsKeyId: keyArn });
    await t.expectError(t.sm('PutSecretValue', { SecretId: 'db' }), 'InvalidParameterException', 'You must provide either SecretString or SecretBinary.');
    await t.expectError(
      t.sm('PutSecretValue', { SecretId: 'db', SecretString: 'x', ClientRequestToken: token }),
      'ResourceExistsException',
      "You can't modify an existing version, you can only create a new version.",
    );
    await t.kms('DisableKey', { KeyId: keyArn });
    await t.expectError(t.sm('PutSecretValue', { SecretId: 'db', SecretString: 'x' }), 'EncryptionFailure');
    expect(
      Object.keys(
        t.cloud.state.secretsmanager!.regions['us-east-1']!.secrets[Object.keys(t.cloud.state.secretsmanager!.regions['us-east-1']!.secrets)[0]!]!.versions,
      ),
    ).toEqual([token]);
    await t.sm('DeleteSecret', { SecretId: 'db' });
    await t.expectError(t.sm('PutSecretValue', { SecretId: 'db', SecretString: 'x' }), 'InvalidRequestException');
  });
});
