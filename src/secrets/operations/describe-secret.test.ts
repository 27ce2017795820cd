import { describe, expect, it } from 'vitest';
import { secretsLab } from '@/secrets/testing/harness';

describe('DescribeSecret', () => {
  it('shows the metadata without the value, also while the secret is scheduled for deletion', async () => {
    const t = secretsLab();
    const { ARN, VersionId } = await t.sm('CreateSecret', { Name: 'db', SecretString: 'x', Description: 'd', Tags: [{ Key: 'team', Value: 'blue' }] });
    const out = await t.sm('DescribeSecret', { SecretId: ARN });
    expect(out).toEqual({
      ARN,
      Name: 'db',
      Description: 'd',
      Tags: [{ Key: 'team', Value: 'blue' }],
      VersionIdsToStages: { [VersionId]: ['AWSCURRENT'] },
      CreatedDate: new Date(Date.UTC(2026, 0, 1)),
      LastChangedDate: new Date(Date.UTC(2026, 0, 1)),
    });
    await t.sm('DeleteSecret', { SecretId: 'db', RecoveryWindowInDays: 7 });
    expect((await t.sm('DescribeSecret', { SecretId: 'db' })).DeletedDate).toEqual(new Date(Date.UTC(2026, 0, 8)));
  });

  it('is ResourceNotFoundException for an unknown secret and AccessDeniedException without the permission', async () => {
    const t = secretsLab();
    await t.expectError(t.sm('DescribeSecret', { SecretId: 'nope' }), 'ResourceNotFoundException', "Secrets Manager can't find the specified secret.");
    const { ARN } = await t.sm('CreateSecret', { Name: 'db' });
    await t.cloud.call({ service: 'iam', operation: 'CreateUser', input: { UserName: 'eve' } });
    const eve = t.cloud.access.principalForUser(t.cloud.state.iam, 'eve')!;
    await t.expectError(
      t.sm('DescribeSecret', { SecretId: 'db' }, { as: eve }),
      'AccessDeniedException',
      `User: arn:aws:iam::111122223333:user/eve is not authorized to perform: secretsmanager:DescribeSecret on resource: ${ARN} because no identity-based policy allows the secretsmanager:DescribeSecret action`,
    );
  });
});
