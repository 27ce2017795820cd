import { describe, expect, it } from 'vitest';
import { secretsLab } from '@/secrets/testing/harness';

describe('RestoreSecret', () => {
  it('cancels a scheduled deletion within the recovery window, and the value reads again', async () => {
    const t = secretsLab();
    const { ARN } = await t.sm('CreateSecret', { Name: 'db', SecretString: 'x' });
    await t.sm('DeleteSecret', { SecretId: 'db', RecoveryWindowInDays: 7 });
    await t.days(6);
    expect(await t.sm('RestoreSecret', { SecretId: 'db' })).toEqual({ ARN, Name: 'db' });
    expect((await t.sm('DescribeSecret', { SecretId: 'db' })).DeletedDate).toBeUndefined();
    await t.days(10);
    expect((await t.sm('GetSecretValue', { SecretId: 'db' })).SecretString).toBe('x');
  });

  it('is ResourceNotFoundException once the window has passed', async () => {
    const t = secretsLab();
    await t.sm('CreateSecret', { Name: 'db' });
    await t.sm('DeleteSecret', { SecretId: 'db', RecoveryWindowInDays: 7 });
    await t.days(7);
    await t.expectError(t.sm('RestoreSecret', { SecretId: 'db' }), 'ResourceNotFoundException', "Secrets Manager can't find the specified secret.");
  });
});
