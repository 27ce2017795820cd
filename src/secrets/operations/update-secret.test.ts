import { describe, expect, it } from 'vitest';
import { secretsLab } from '@/secrets/testing/harness';

describe('UpdateSecret', () => {
  it('changes the key: Decrypt under the old key, GenerateDataKey under the new, for each labelled version', async () => {
    const t = secretsLab();
    const { ARN, VersionId: v1 } = await t.sm('CreateSecret', { Name: 'db', SecretString: 'one' });
    const { VersionId: v2 } = await t.sm('PutSecretValue', { SecretId: 'db', SecretString: 'two' });
    const keyArn = await t.key();
    const before = t.cloud.state.trail.length;
    const out = await t.sm('UpdateSecret', { SecretId: 'db', KmsKeyId: keyArn, Description: 'moved' });
    expect(out).toEqual({ ARN, Name: 'db' });
    const calls = t.cloud.state.trail.slice(before).map((e) => [e.eventName, (e.requestParameters as any)?.encryptionContext?.SecretVersionId]);
    expect(calls).toEqual([
      ['Decrypt', v1],
      ['GenerateDataKey', v1],
      ['Decrypt', v2],
      ['GenerateDataKey', v2],
      ['UpdateSecret', undefined],
    ]);
    expect(await t.sm('DescribeSecret', { SecretId: 'db' })).toMatchObject({ KmsKeyId: keyArn, Description: 'moved' });
    expect((await t.sm('GetSecretValue', { SecretId: 'db' })).SecretString).toBe('two');
    // The versions now need the new key: disabling it stops reads.
    await t.kms('DisableKey', { KeyId: keyArn });
    await t.expectError(t.sm('GetSecretValue', { SecretId: 'db', VersionStage: 'AWSPREVIOUS' }), 'DecryptionFailure');
    await t.kms('EnableKey', { KeyId: keyArn });
    // An empty KmsKeyId goes back to aws/secretsmanager.
    await t.sm('UpdateSecret', { SecretId: 'db', KmsKeyId: '' });
    expect((await t.sm('DescribeSecret', { SecretId: 'db' })).KmsKeyId).toBeUndefined();
    expect((await t.sm('GetSecretValue', { SecretId: 'db' })).SecretString).toBe('two');
  });

  it('stores a new value as AWSCURRENT', async () => {
    const t = secretsLab();
    await t.sm('CreateSecret', { Name: 'db', SecretString: 'one' });
    const out = await t.sm('UpdateSecret', { SecretId: 'db', SecretString: 'two' });
    expect(out.VersionId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await t.sm('GetSecretValue', { SecretId: 'db' })).SecretString).toBe('two');
  });

  it('changes nothing when KMS refuses the new key', async () => {
    const t = secretsLab();
    await t.sm('CreateSecret', { Name: 'db', SecretString: 'one' });
    const keyArn = await t.key();
    await t.kms('DisableKey', { KeyId: keyArn });
    await t.expectError(t.sm('UpdateSecret', { SecretId: 'db', KmsKeyId: keyArn, Description: 'd' }), 'EncryptionFailure');
    expect(await t.sm('DescribeSecret', { SecretId: 'db' })).not.toHaveProperty('KmsKeyId');
    expect(await t.sm('DescribeSecret', { SecretId: 'db' })).not.toHaveProperty('Description');
    expect((await t.sm('GetSecretValue', { SecretId: 'db' })).SecretString).toBe('one');
    await t.expectError(t.sm('UpdateSecret', { SecretId: 'nope', Description: 'd' }), 'ResourceNotFoundException');
  });
});
