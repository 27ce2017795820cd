import { describe, expect, it } from 'vitest';
import { DAY_MS, keyArn } from '@/core';
import { importMaterial, keyMaterial } from '@/kms/testing/byok';
import { kmsLab } from '@/kms/testing/harness';

const START = Date.UTC(2026, 0, 1);
const arn = (keyId: string) => keyArn('us-east-1', keyId);

describe('expiry of imported key material (lifecycle)', () => {
  it('when ValidTo passes the material is deleted and the key waits for an import again', async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ origin: 'EXTERNAL' });
    const material = keyMaterial(11);
    const validTo = new Date(START + 30 * DAY_MS);
    await importMaterial(t, keyId, material, { validTo });
    const meta = (await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata;
    expect([meta.KeyState, meta.ExpirationModel, meta.ValidTo]).toEqual(['Enabled', 'KEY_MATERIAL_EXPIRES', validTo]);
    const blob = await t.encrypt(keyId, 'short-lived');
    await t.days(29);
    expect(await t.decryptText(blob)).toBe('short-lived');
    await t.days(1);
    expect((await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata.KeyState).toBe('PendingImport');
    await t.expectError(t.encrypt(keyId, 'x'), 'KMSInvalidStateException', `${arn(keyId)} is pending import.`);
    const event = t.cloud.state.trail.find((e) => e.eventName === 'DeleteExpiredKeyMaterial')!;
    expect([event.eventTime, event.eventType, event.resources?.[0]?.ARN]).toEqual(['2026-01-31T00:00:00Z', 'AwsServiceEvent', arn(keyId)]);
    await importMaterial(t, keyId, material);
    expect(await t.decryptText(blob)).toBe('short-lived');
  });

  it('material that does not expire stays; a disabled key also loses expired material', async () => {
    const t = kmsLab();
    const forever = await t.createKey({ origin: 'EXTERNAL' });
    await importMaterial(t, forever, keyMaterial(1));
    const expiring = await t.createKey({ origin: 'EXTERNAL' });
    await importMaterial(t, expiring, keyMaterial(2), { validTo: new Date(START + 10 * DAY_MS) });
    await t.kms('DisableKey', { KeyId: expiring });
    await t.days(400);
    expect((await t.kms('DescribeKey', { KeyId: forever })).KeyMetadata.KeyState).toBe('Enabled');
    expect((await t.kms('DescribeKey', { KeyId: expiring })).KeyMetadata.KeyState).toBe('PendingImport');
  });

  it('a key pending deletion stays pending deletion when its material expires', async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ origin: 'EXTERNAL' });
    await importMaterial(t, keyId, keyMaterial(4), { validTo: new Date(START + 3 * DAY_MS) });
    await t.kms('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 });
    await t.days(5);
    const meta = (await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata;
    expect([meta.KeyState, meta.CurrentKeyMaterialId]).toEqual(['PendingDeletion', undefined]);
    await t.kms('CancelKeyDeletion', { KeyId: keyId });
    expect((await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata.KeyState).toBe('PendingImport');
  });
});
