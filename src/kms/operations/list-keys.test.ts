import { describe, expect, it } from 'vitest';
import { kmsLab } from '@/kms/testing/harness';

describe('ListKeys', () => {
  it('lists every key of the Region, oldest first, AWS managed and pending deletion included', async () => {
    const t = kmsLab();
    const a = await t.createKey();
    const b = await t.createKey();
    await t.kms('ScheduleKeyDeletion', { KeyId: b });
    await t.kms('DescribeKey', { KeyId: 'alias/aws/ebs' });
    const { Keys, Truncated, NextMarker } = await t.kms('ListKeys');
    expect(Keys.map((k: { KeyId: string }) => k.KeyId).slice(0, 2)).toEqual([a, b]);
    expect(Keys).toHaveLength(3);
    expect(Keys[0]).toEqual({ KeyId: a, KeyArn: `arn:aws:kms:us-east-1:111122223333:key/${a}` });
    expect(Truncated).toBe(false);
    expect(NextMarker).toBeUndefined();
  });

  it('pages with Limit and Marker, and refuses a marker it did not issue', async () => {
    const t = kmsLab();
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(await t.createKey());
    const first = await t.kms('ListKeys', { Limit: 2 });
    expect(first.Truncated).toBe(true);
    const second = await t.kms('ListKeys', { Limit: 2, Marker: first.NextMarker });
    const third = await t.kms('ListKeys', { Limit: 2, Marker: second.NextMarker });
    expect(third.Truncated).toBe(false);
    expect([...first.Keys, ...second.Keys, ...third.Keys].map((k: { KeyId: string }) => k.KeyId)).toEqual(ids);
    await t.expectError(t.kms('ListKeys', { Marker: 'bogus' }), 'InvalidMarkerException');
    await t.expectError(
      t.kms('ListKeys', { Limit: 1001 }),
      'ValidationException',
      "1 validation error detected: Value '1001' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 1000",
    );
  });

  it('is an IAM-only permission', async () => {
    const t = kmsLab();
    await t.createKey();
    await t.expectError(t.kms('ListKeys', {}, { as: await t.user('bob') }), 'AccessDeniedException', /no identity-based policy allows the kms:ListKeys action/);
    const power = await t.user('power', ['AWSKeyManagementServicePowerUser']);
    expect((await t.kms('ListKeys', {}, { as: power })).Keys).toHaveLength(1);
  });
});
