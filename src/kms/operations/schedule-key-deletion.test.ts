import { describe, expect, it } from 'vitest';
import { aliasArn, keyArn, rootArn } from '@/core';
import { kmsLab } from '@/kms/testing/harness';

const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 1);
type Lab = ReturnType<typeof kmsLab>;
const stored = (t: Lab, keyId: string) => t.cloud.state.kms['us-east-1']!.keys[keyId]!;

describe('ScheduleKeyDeletion', () => {
  it('schedules deletion 30 days out by default and answers with the key ARN', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const out = await t.kms('ScheduleKeyDeletion', { KeyId: keyId });
    expect(out).toEqual({ KeyId: keyArn('us-east-1', keyId), DeletionDate: new Date(START + 30 * DAY), KeyState: 'PendingDeletion', PendingWindowInDays: 30 });
    const m = (await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata;
    expect([m.KeyState, m.Enabled, m.DeletionDate]).toEqual(['PendingDeletion', false, new Date(START + 30 * DAY)]);
    await t.expectError(t.encrypt(keyId, 'x'), 'KMSInvalidStateException', `${keyArn('us-east-1', keyId)} is pending deletion.`);
  });

  it('accepts windows of 7 to 30 days (key ARN too)', async () => {
    const t = kmsLab();
    for (const days of [7, 30]) {
      const keyId = await t.createKey();
      const out = await t.kms('ScheduleKeyDeletion', { KeyId: keyArn('us-east-1', keyId), PendingWindowInDays: days });
      expect([out.PendingWindowInDays, out.DeletionDate]).toEqual([days, new Date(START + days * DAY)]);
    }
  });

  it('refuses other windows in Coral wording, before looking at the key', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.expectError(
      t.kms('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 6 }),
      'ValidationException',
      "1 validation error detected: Value '6' at 'pendingWindowInDays' failed to satisfy constraint: Member must have value greater than or equal to 7",
    );
    await t.expectError(
      t.kms('ScheduleKeyDeletion', { KeyId: '00000000-0000-4000-8000-000000000000', PendingWindowInDays: 31 }),
      'ValidationException',
      "1 validation error detected: Value '31' at 'pendingWindowInDays' failed to satisfy constraint: Member must have value less than or equal to 30",
    );
    // The model's own range (1-365) is checked first, as the schema is.
    await t.expectError(
      t.kms('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 366 }),
      'ValidationException',
      "1 validation error detected: Value '366' at 'pendingWindowInDays' failed to satisfy constraint: Member must have value less than or equal to 365",
    );
    expect((await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata.KeyState).toBe('Enabled');
  });

  it('schedules Disabled and PendingImport keys; a key already pending deletion is refused', async () => {
    const t = kmsLab();
    const disabled = await t.createKey();
    await t.kms('DisableKey', { KeyId: disabled });
    await t.kms('ScheduleKeyDeletion', { KeyId: disabled, PendingWindowInDays: 7 });
    const external = await t.createKey({ origin: 'EXTERNAL' });
    expect((await t.kms('ScheduleKeyDeletion', { KeyId: external })).KeyState).toBe('PendingDeletion');
    await t.expectError(t.kms('ScheduleKeyDeletion', { KeyId: disabled }), 'KMSInvalidStateException', `${keyArn('us-east-1', disabled)} is pending deletion.`);
    expect((await t.kms('DescribeKey', { KeyId: disabled })).KeyMetadata.DeletionDate).toEqual(new Date(START + 7 * DAY));
  });

  it('accepts a key ID or key ARN only', async () => {
    const t = kmsLab();
    await t.createKey({ alias: 'alias/app' });
    await t.expectError(t.kms('ScheduleKeyDeletion', { KeyId: 'alias/app' }), 'NotFoundException', "Invalid keyId 'alias/app'");
  });

  it('turns automatic rotation off while pending and remembers the setting', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    // Rotation is another operation's business; set it in the state to see it kept.
    stored(t, keyId).rotation.enabled = true;
    await t.kms('ScheduleKeyDeletion', { KeyId: keyId });
    expect(stored(t, keyId).rotation.enabled).toBe(false);
    expect(stored(t, keyId).rotationBeforeDeletion).toBe(true);
  });

  it('deletes the key and its aliases when the waiting period ends; its ciphertexts are lost', async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ alias: 'alias/doomed' });
    await t.kms('CreateAlias', { AliasName: 'alias/doomed-too', TargetKeyId: keyId });
    const keep = await t.createKey({ alias: 'alias/keep' });
    const blob = await t.encrypt(keyId, 'gone soon');
    await t.kms('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 });
    await t.days(6);
    expect((await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata.KeyState).toBe('PendingDeletion');
    await t.days(1);
    const arn = keyArn('us-east-1', keyId);
    await t.expectError(t.kms('DescribeKey', { KeyId: keyId }), 'NotFoundException', `Key '${arn}' does not exist`);
    await t.expectError(t.kms('CancelKeyDeletion', { KeyId: keyId }), 'NotFoundException', `Key '${arn}' does not exist`);
    await t.expectError(t.kms('DescribeKey', { KeyId: 'alias/doomed' }), 'NotFoundException', `Alias ${aliasArn('us-east-1', 'alias/doomed')} is not found.`);
    await t.expectError(
      t.decryptText(blob),
      'AccessDeniedException',
      'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.',
    );
    const names = (await t.kms('ListAliases')).Aliases.map((a: { AliasName: string }) => a.AliasName).filter((n: string) => !n.startsWith('alias/aws/'));
    expect(names).toEqual(['alias/keep']);
    expect((await t.kms('ListKeys')).Keys).toEqual([{ KeyId: keep, KeyArn: keyArn('us-east-1', keep) }]);
  });

  it('cannot delete an AWS managed key', async () => {
    const t = kmsLab();
    const managed = (await t.kms('DescribeKey', { KeyId: 'alias/aws/s3' })).KeyMetadata;
    await t.expectError(
      t.kms('ScheduleKeyDeletion', { KeyId: managed.KeyId, PendingWindowInDays: 7 }),
      'AccessDeniedException',
      `User: ${rootArn()} is not authorized to perform: kms:ScheduleKeyDeletion on resource: ${managed.Arn} because no resource-based policy allows the kms:ScheduleKeyDeletion action`,
    );
  });

  it('needs kms:ScheduleKeyDeletion: IAM through the account statement, or the key policy naming the user', async () => {
    const t = kmsLab();
    const nobody = await t.user('nobody');
    const keyId = await t.createKey();
    await t.expectError(
      t.kms('ScheduleKeyDeletion', { KeyId: keyId }, { as: nobody }),
      'AccessDeniedException',
      `User: ${nobody.arn} is not authorized to perform: kms:ScheduleKeyDeletion on resource: ${keyArn('us-east-1', keyId)} because no identity-based policy allows the kms:ScheduleKeyDeletion action`,
    );
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: rootArn() }, Action: 'kms:*', Resource: '*' },
        { Effect: 'Allow', Principal: { AWS: nobody.arn }, Action: 'kms:ScheduleKeyDeletion', Resource: '*' },
      ],
    });
    const named = await t.createKey({ policy });
    expect((await t.kms('ScheduleKeyDeletion', { KeyId: named }, { as: nobody })).KeyState).toBe('PendingDeletion');
  });

  it('lets a key policy limit the window with kms:ScheduleKeyDeletionPendingWindowInDays', async () => {
    const t = kmsLab();
    const admin = await t.user('admin', ['AdministratorAccess']);
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: rootArn() }, Action: 'kms:*', Resource: '*' },
        {
          Effect: 'Deny',
          Principal: { AWS: admin.arn },
          Action: 'kms:ScheduleKeyDeletion',
          Resource: '*',
          Condition: { NumericLessThan: { 'kms:ScheduleKeyDeletionPendingWindowInDays': '30' } },
        },
      ],
    });
    const keyId = await t.createKey({ policy });
    await t.expectError(
      t.kms('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 }, { as: admin }),
      'AccessDeniedException',
      `User: ${admin.arn} is not authorized to perform: kms:ScheduleKeyDeletion on resource: ${keyArn('us-east-1', keyId)} with an explicit deny in a resource-based policy`,
    );
    await t.kms('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 30 }, { as: admin });
  });
});
