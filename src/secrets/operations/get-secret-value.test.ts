import { describe, expect, it } from 'vitest';
import { secretsLab } from '@/secrets/testing/harness';

describe('GetSecretValue', () => {
  it('decrypts through KMS as the caller, with the secret’s encryption context, and returns AWSCURRENT', async () => {
    const t = secretsLab();
    const { ARN, VersionId } = await t.sm('CreateSecret', { Name: 'db', SecretString: 's3cret' });
    const out = await t.sm('GetSecretValue', { SecretId: 'db' });
    expect(out).toMatchObject({ ARN, Name: 'db', VersionId, SecretString: 's3cret', VersionStages: ['AWSCURRENT'] });
    const [decrypt, get] = t.events(2);
    expect(decrypt).toMatchObject({
      eventName: 'Decrypt',
      userIdentity: { invokedBy: 'secretsmanager.amazonaws.com' },
      requestParameters: { encryptionContext: { SecretARN: ARN, SecretVersionId: VersionId } },
    });
    expect(get).toMatchObject({ eventName: 'GetSecretValue', readOnly: true });
    expect(JSON.stringify(get)).not.toContain('s3cret');
    // By ARN, by version id, by label; a binary secret comes back as bytes.
    await t.sm('PutSecretValue', { SecretId: ARN, SecretString: 'n3w' });
    expect((await t.sm('GetSecretValue', { SecretId: ARN })).SecretString).toBe('n3w');
    expect((await t.sm('GetSecretValue', { SecretId: 'db', VersionStage: 'AWSPREVIOUS' })).SecretString).toBe('s3cret');
    expect((await t.sm('GetSecretValue', { SecretId: 'db', VersionId })).VersionStages).toEqual(['AWSPREVIOUS']);
    await t.sm('CreateSecret', { Name: 'bin', SecretBinary: new Uint8Array([0, 255]) });
    expect((await t.sm('GetSecretValue', { SecretId: 'bin' })).SecretBinary).toEqual(new Uint8Array([0, 255]));
    expect((await t.sm('DescribeSecret', { SecretId: 'db' })).LastAccessedDate).toEqual(new Date(Date.UTC(2026, 0, 1)));
  });

  it('works for a user allowed Secrets Manager alone with aws/secretsmanager (its key policy allows use via the service)', async () => {
    const t = secretsLab();
    const bob = await t.user('bob');
    await t.sm('CreateSecret', { Name: 'db', SecretString: 'x' }, { as: bob });
    expect((await t.sm('GetSecretValue', { SecretId: 'db' }, { as: bob })).SecretString).toBe('x');
    // The same user may not use the key directly: its policy needs kms:ViaService.
    const direct = await t.kms('DescribeKey', { KeyId: 'alias/aws/secretsmanager' }, { as: bob }).catch((e: Error) => e);
    expect((direct as { code?: string }).code).toBe('AccessDeniedException');
  });

  it('is AccessDeniedException "Access to KMS is not allowed" when the key policy does not allow kms:Decrypt', async () => {
    const t = secretsLab();
    const keyArn = await t.key();
    const alice = await t.user('alice', ['kms:GenerateDataKey', 'kms:Decrypt']);
    await t.sm('CreateSecret', { Name: 'db', SecretString: 'x', KmsKeyId: keyArn }, { as: alice });
    expect((await t.sm('GetSecretValue', { SecretId: 'db' }, { as: alice })).SecretString).toBe('x');
    // A key policy that lets only the root use the key, and denies alice kms:Decrypt.
    const policy = {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'root', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' },
        { Sid: 'no decrypt', Effect: 'Deny', Principal: { AWS: 'arn:aws:iam::111122223333:user/alice' }, Action: 'kms:Decrypt', Resource: '*' },
      ],
    };
    await t.kms('PutKeyPolicy', { KeyId: keyArn, PolicyName: 'default', Policy: JSON.stringify(policy) });
    const e = await t.expectError(t.sm('GetSecretValue', { SecretId: 'db' }, { as: alice }), 'AccessDeniedException', 'Access to KMS is not allowed');
    expect((e.cause as { code: string }).code).toBe('AccessDeniedException');
    // KMS's decision comes along for the console's Why?: the key policy's explicit deny.
    expect((e as unknown as { decision: { reason: string } }).decision.reason).toBe('explicit-deny-resource');
    expect(t.events(2).map((x) => [x.eventSource, x.eventName, x.errorCode])).toEqual([
      ['kms.amazonaws.com', 'Decrypt', 'AccessDeniedException'],
      ['secretsmanager.amazonaws.com', 'GetSecretValue', 'AccessDeniedException'],
    ]);
    // The root still reads it.
    expect((await t.sm('GetSecretValue', { SecretId: 'db' })).SecretString).toBe('x');
  });

  it('is DecryptionFailure while the key is disabled, and reads again once it is enabled', async () => {
    const t = secretsLab();
    const keyArn = await t.key();
    await t.sm('CreateSecret', { Name: 'db', SecretString: 'x', KmsKeyId: keyArn });
    await t.kms('DisableKey', { KeyId: keyArn });
    await t.expectError(
      t.sm('GetSecretValue', { SecretId: 'db' }),
      'DecryptionFailure',
      "Secrets Manager can't decrypt the protected secret text using the provided KMS key.",
    );
    expect(t.events(2)[0]).toMatchObject({ eventName: 'Decrypt', errorCode: 'DisabledException' });
    await t.kms('EnableKey', { KeyId: keyArn });
    expect((await t.sm('GetSecretValue', { SecretId: 'db' })).SecretString).toBe('x');
  });

  it('answers AWS errors for a missing secret, version or label, and a secret scheduled for deletion', async () => {
    const t = secretsLab();
    await t.expectError(t.sm('GetSecretValue', { SecretId: 'nope' }), 'ResourceNotFoundException', "Secrets Manager can't find the specified secret.");
    await t.sm('CreateSecret', { Name: 'empty' });
    await t.expectError(
      t.sm('GetSecretValue', { SecretId: 'empty' }),
      'ResourceNotFoundException',
      "Secrets Manager can't find the specified secret value for staging label: AWSCURRENT",
    );
    const id = 'EXAMPLE1-90ab-cdef-fedc-ba987EXAMPLE';
    await t.expectError(
      t.sm('GetSecretValue', { SecretId: 'empty', VersionId: id }),
      'ResourceNotFoundException',
      `Secrets Manager can't find the specified secret value for VersionId: ${id}`,
    );
    await t.sm('DeleteSecret', { SecretId: 'empty' });
    await t.expectError(
      t.sm('GetSecretValue', { SecretId: 'empty' }),
      'InvalidRequestException',
      "You can't perform this operation on the secret because it was marked for deletion.",
    );
  });
});
