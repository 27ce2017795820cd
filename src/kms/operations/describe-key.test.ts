import { describe, expect, it } from 'vitest';
import { kmsLab } from '@/kms/testing/harness';

describe('DescribeKey', () => {
  it('finds a key by id, ARN, alias name and alias ARN', async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ alias: 'alias/myCMK' });
    const arn = `arn:aws:kms:us-east-1:111122223333:key/${keyId}`;
    for (const id of [keyId, arn, 'alias/myCMK', 'arn:aws:kms:us-east-1:111122223333:alias/myCMK']) {
      expect((await t.kms('DescribeKey', { KeyId: id })).KeyMetadata.Arn).toBe(arn);
    }
  });

  it('answers malformed, unknown and foreign-Region identifiers as AWS does', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.expectError(t.kms('DescribeKey', { KeyId: 'fake-key-id' }), 'NotFoundException', "Invalid keyId 'fake-key-id'");
    await t.expectError(
      t.kms('DescribeKey', { KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab' }),
      'NotFoundException',
      "Key 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' does not exist",
    );
    await t.expectError(t.kms('DescribeKey', { KeyId: `arn:aws:kms:eu-west-1:111122223333:key/${keyId}` }), 'NotFoundException', 'Invalid arn eu-west-1');
    await t.expectError(
      t.kms('DescribeKey', { KeyId: 'alias/nope' }),
      'NotFoundException',
      'Alias arn:aws:kms:us-east-1:111122223333:alias/nope is not found.',
    );
    await t.expectError(t.kms('DescribeKey', { KeyId: 'arn:aws:s3:::bucket' }), 'InvalidArnException');
    await t.expectError(
      t.kms('DescribeKey', {}),
      'ValidationException',
      "1 validation error detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null",
    );
  });

  it('works in every key state and shows the deletion date while pending deletion', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.kms('DisableKey', { KeyId: keyId });
    expect((await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata).toMatchObject({ KeyState: 'Disabled', Enabled: false });
    await t.kms('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 });
    const m = (await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata;
    expect(m).toMatchObject({ KeyState: 'PendingDeletion', Enabled: false });
    expect(m.DeletionDate).toEqual(new Date(Date.UTC(2026, 0, 8)));
  });

  it('creates the AWS managed key of a predefined alias on first use', async () => {
    const t = kmsLab();
    const { KeyMetadata: m } = await t.kms('DescribeKey', { KeyId: 'alias/aws/s3' });
    expect(m).toMatchObject({ KeyManager: 'AWS', Description: 'Default key that protects my S3 objects when no other key is defined' });
    expect((await t.kms('DescribeKey', { KeyId: 'alias/aws/s3' })).KeyMetadata.KeyId).toBe(m.KeyId);
    expect((await t.kms('ListKeys')).Keys).toHaveLength(1);
  });

  it('is denied to a user without kms:DescribeKey', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const bob = await t.user('bob');
    await t.expectError(
      t.kms('DescribeKey', { KeyId: keyId }, { as: bob }),
      'AccessDeniedException',
      /because no identity-based policy allows the kms:DescribeKey action$/,
    );
    const reader = await t.user('reader', ['ReadOnlyAccess']);
    expect((await t.kms('DescribeKey', { KeyId: keyId }, { as: reader })).KeyMetadata.KeyId).toBe(keyId);
  });
});
