import { describe, expect, it } from 'vitest';
import { secretsLab } from '@/secrets/testing/harness';

describe('DeleteSecret', () => {
  it('schedules deletion after the recovery window (default 30 days); when it ends, Secrets Manager deletes the secret (EndSecretDeletion)', async () => {
    const t = secretsLab();
    const { ARN } = await t.sm('CreateSecret', { Name: 'db', SecretString: 'x' });
    const out = await t.sm('DeleteSecret', { SecretId: 'db' });
    expect(out).toEqual({ ARN, Name: 'db', DeletionDate: new Date(Date.UTC(2026, 0, 31)) });
    await t.expectError(
      t.sm('DeleteSecret', { SecretId: 'db' }),
      'InvalidRequestException',
      "You can't perform this operation on the secret because it was already scheduled for deletion.",
    );
    await t.days(29);
    expect((await t.sm('DescribeSecret', { SecretId: ARN })).Name).toBe('db');
    await t.days(1);
    await t.expectError(t.sm('DescribeSecret', { SecretId: ARN }), 'ResourceNotFoundException');
    expect(t.cloud.state.trail.at(-2)).toMatchObject({
      eventSource: 'secretsmanager.amazonaws.com',
      eventName: 'EndSecretDeletion',
      eventType: 'AwsServiceEvent',
      resources: [{ ARN, type: 'AWS::SecretsManager::Secret' }],
    });
    // The name is free again.
    await expect(t.sm('CreateSecret', { Name: 'db' })).resolves.toMatchObject({ Name: 'db' });
  });

  it('deletes at once with ForceDeleteWithoutRecovery, even a secret that does not exist', async () => {
    const t = secretsLab();
    await t.sm('CreateSecret', { Name: 'db' });
    const out = await t.sm('DeleteSecret', { SecretId: 'db', ForceDeleteWithoutRecovery: true });
    expect(out.DeletionDate).toEqual(new Date(Date.UTC(2026, 0, 1)));
    await t.expectError(t.sm('DescribeSecret', { SecretId: 'db' }), 'ResourceNotFoundException');
    await expect(t.sm('DeleteSecret', { SecretId: 'ghost', ForceDeleteWithoutRecovery: true })).resolves.toMatchObject({ Name: 'ghost' });
  });

  it('refuses a window outside 7-30 days, both options together, and an unknown secret', async () => {
    const t = secretsLab();
    await t.sm('CreateSecret', { Name: 'db' });
    await t.expectError(
      t.sm('DeleteSecret', { SecretId: 'db', RecoveryWindowInDays: 6 }),
      'InvalidParameterException',
      'The RecoveryWindowInDays value must be between 7 and 30 days (inclusive).',
    );
    await t.expectError(
      t.sm('DeleteSecret', { SecretId: 'db', RecoveryWindowInDays: 7, ForceDeleteWithoutRecovery: true }),
      'InvalidParameterException',
      "You can't use ForceDeleteWithoutRecovery in conjunction with RecoveryWindowInDays.",
    );
    await t.expectError(t.sm('DeleteSecret', { SecretId: 'nope' }), 'ResourceNotFoundException', "Secrets Manager can't find the specified secret.");
    expect((await t.sm('DescribeSecret', { SecretId: 'db' })).DeletedDate).toBeUndefined();
  });
});
