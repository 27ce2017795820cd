import { describe, expect, it } from 'vitest';
import { secretsLab } from '@/secrets/testing/harness';

describe('CreateSecret', () => {
  it('encrypts the first value under aws/secretsmanager, which KMS creates on this first use, as the caller via Secrets Manager', async () => {
    const t = secretsLab();
    const out = await t.sm('CreateSecret', { Name: 'prod/db', SecretString: '{"password":"p4ss"}', Description: 'The database' });
    expect(out.ARN).toMatch(/^arn:aws:secretsmanager:us-east-1:111122223333:secret:prod\/db-[A-Za-z0-9]{6}$/);
    expect(out).toMatchObject({ Name: 'prod/db', VersionId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    const [gdk, create] = t.events(2);
    const { KeyMetadata } = await t.kms('DescribeKey', { KeyId: 'alias/aws/secretsmanager' });
    expect(KeyMetadata.KeyManager).toBe('AWS');

    expect(gdk).toMatchObject({
      eventSource: 'kms.amazonaws.com',
      eventName: 'GenerateDataKey',
      userIdentity: { type: 'Root', invokedBy: 'secretsmanager.amazonaws.com' },
      requestParameters: { keyId: 'alias/aws/secretsmanager', keySpec: 'AES_256', encryptionContext: { SecretARN: out.ARN, SecretVersionId: out.VersionId } },
    });
    expect(create).toMatchObject({
      eventSource: 'secretsmanager.amazonaws.com',
      eventName: 'CreateSecret',
      resources: [{ ARN: out.ARN, type: 'AWS::SecretsManager::Secret' }],
    });
    // The value is a secret: never in the trail, and not stored in clear.
    expect(JSON.stringify(t.cloud.state.trail)).not.toContain('p4ss');
    const stored = t.cloud.state.secretsmanager!.regions['us-east-1']!.secrets[out.ARN]!;
    expect(stored.kmsKeyId).toBeUndefined();
    expect(new TextDecoder().decode(Object.values(stored.versions)[0]!.sealed.ciphertext)).not.toContain('p4ss');
  });

  it('uses a customer managed key named by alias, and the ClientRequestToken as the version id', async () => {
    const t = secretsLab();
    const keyArn = await t.key();
    await t.kms('CreateAlias', { AliasName: 'alias/app', TargetKeyId: keyArn });
    const token = 'EXAMPLE1-90ab-cdef-fedc-ba987EXAMPLE';
    const out = await t.sm('CreateSecret', { Name: 'app', SecretBinary: new Uint8Array([1, 2, 3]), KmsKeyId: 'alias/app', ClientRequestToken: token });
    expect(out.VersionId).toBe(token);
    expect((await t.sm('DescribeSecret', { SecretId: 'app' })).KmsKeyId).toBe(keyArn);
  });

  it('creates a secret without a value and without any KMS call', async () => {
    const t = secretsLab();
    const before = t.cloud.state.trail.length;
    const out = await t.sm('CreateSecret', { Name: 'empty' });
    expect(out.VersionId).toBeUndefined();
    expect(t.cloud.state.trail.slice(before).map((e) => e.eventName)).toEqual(['CreateSecret']);
  });

  it('answers AWS errors: name in use, name pending deletion, both values', async () => {
    const t = secretsLab();
    await t.sm('CreateSecret', { Name: 'a', SecretString: 'x' });
    await t.expectError(
      t.sm('CreateSecret', { Name: 'a', SecretString: 'y' }),
      'ResourceExistsException',
      'The operation failed because the secret a already exists.',
    );
    await t.sm('DeleteSecret', { SecretId: 'a' });
    await t.expectError(
      t.sm('CreateSecret', { Name: 'a' }),
      'InvalidRequestException',
      "You can't create this secret because a secret with this name is already scheduled for deletion.",
    );
    await t.expectError(
      t.sm('CreateSecret', { Name: 'b', SecretString: 'x', SecretBinary: new Uint8Array([1]) }),
      'InvalidParameterException',
      "You can't specify both a binary secret value and a string secret value in the same secret.",
    );
    await t.expectError(t.sm('CreateSecret', { Name: '' }), 'ValidationException', /Member must have length greater than or equal to 1/);
  });

  it('creates nothing when KMS refuses: a disabled key is EncryptionFailure, a key policy without the caller is AccessDeniedException', async () => {
    const t = secretsLab();
    const keyArn = await t.key();
    await t.kms('DisableKey', { KeyId: keyArn });
    await t.expectError(
      t.sm('CreateSecret', { Name: 'c', SecretString: 'x', KmsKeyId: keyArn }),
      'EncryptionFailure',
      "Secrets Manager can't encrypt the protected secret text using the provided KMS key. Check that the KMS key is available, enabled, and not in an invalid state.",
    );
    expect(t.events(2).map((e) => [e.eventName, e.errorCode])).toEqual([
      ['GenerateDataKey', 'DisabledException'],
      ['CreateSecret', 'EncryptionFailure'],
    ]);
    const other = await t.key();
    const bob = await t.user('bob'); // Secrets Manager only: the default key policy lets IAM decide, and IAM allows no kms:*.
    await t.expectError(
      t.sm('CreateSecret', { Name: 'c', SecretString: 'x', KmsKeyId: other }, { as: bob }),
      'AccessDeniedException',
      'Access to KMS is not allowed',
    );
    expect((await t.sm('ListSecrets', { IncludePlannedDeletion: true })).SecretList).toEqual([]);
  });

  it('is authorized on the ARN the secret will have', async () => {
    const t = secretsLab();
    const carol = await t.user('carol');
    await t.cloud.call({
      service: 'iam',
      operation: 'PutUserPolicy',
      input: {
        UserName: 'carol',
        PolicyName: 'secrets',
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'secretsmanager:CreateSecret', Resource: 'arn:aws:secretsmanager:*:*:secret:team/*' }],
        }),
      },
    });
    await expect(t.sm('CreateSecret', { Name: 'team/one' }, { as: carol })).resolves.toMatchObject({ Name: 'team/one' });
    await t.expectError(
      t.sm('CreateSecret', { Name: 'other' }, { as: carol }),
      'AccessDeniedException',
      /^User: arn:aws:iam::111122223333:user\/carol is not authorized to perform: secretsmanager:CreateSecret on resource: arn:aws:secretsmanager:us-east-1:111122223333:secret:other-/,
    );
  });
});
