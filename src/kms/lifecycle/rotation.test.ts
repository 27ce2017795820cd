import { describe, expect, it } from 'vitest';
import { DAY_MS, keyArn } from '@/core';
import { kmsEnvOf, kmsLab, kmsRegionOf } from '@/kms/testing/harness';
import { runRotations } from './rotation';

const START = Date.UTC(2026, 0, 1);
const rotations = async (t: ReturnType<typeof kmsLab>, keyId: string) =>
  ((await t.kms('ListKeyRotations', { KeyId: keyId })).Rotations as { RotationDate: Date; RotationType: string }[]).map((r) => [
    (r.RotationDate.getTime() - START) / DAY_MS,
    r.RotationType,
  ]);

describe('automatic rotation (lifecycle)', () => {
  it('rotates when the clock passes NextRotationDate, keeps old material, schedules the next', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const blob = await t.encrypt(keyId, 'year one');
    const first = (await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata.CurrentKeyMaterialId;
    await t.kms('EnableKeyRotation', { KeyId: keyId });
    await t.days(364);
    expect(await rotations(t, keyId)).toEqual([]);
    await t.days(1);
    expect(await rotations(t, keyId)).toEqual([[365, 'AUTOMATIC']]);
    expect((await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata.CurrentKeyMaterialId).not.toBe(first);
    expect((await t.kms('GetKeyRotationStatus', { KeyId: keyId })).NextRotationDate).toEqual(new Date(START + 730 * DAY_MS));
    const out = await t.kms('Decrypt', { CiphertextBlob: blob });
    expect([out.KeyMaterialId, new TextDecoder().decode(out.Plaintext)]).toEqual([first, 'year one']);
  });

  it('a long advance rotates once per period, each at its own date', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.kms('EnableKeyRotation', { KeyId: keyId, RotationPeriodInDays: 90 });
    await t.days(365);
    expect(await rotations(t, keyId)).toEqual([
      [90, 'AUTOMATIC'],
      [180, 'AUTOMATIC'],
      [270, 'AUTOMATIC'],
      [360, 'AUTOMATIC'],
    ]);
    expect((await t.kms('GetKeyRotationStatus', { KeyId: keyId })).NextRotationDate).toEqual(new Date(START + 450 * DAY_MS));
  });

  it('records a RotateKey service event per rotation in the trail', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.kms('EnableKeyRotation', { KeyId: keyId, RotationPeriodInDays: 90 });
    await t.days(200);
    const events = t.cloud.state.trail.filter((e) => e.eventName === 'RotateKey');
    expect(events.map((e) => [e.eventTime, e.eventType, e.userIdentity.invokedBy, e.resources?.[0]?.ARN])).toEqual([
      ['2026-04-01T00:00:00Z', 'AwsServiceEvent', 'kms.amazonaws.com', keyArn('us-east-1', keyId)],
      ['2026-06-30T00:00:00Z', 'AwsServiceEvent', 'kms.amazonaws.com', keyArn('us-east-1', keyId)],
    ]);
  });

  it('does not rotate a disabled key; re-enabled after its date, it rotates at once and resumes', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.kms('EnableKeyRotation', { KeyId: keyId, RotationPeriodInDays: 90 });
    await t.days(30);
    await t.kms('DisableKey', { KeyId: keyId });
    await t.days(170); // day 200: two dates passed while disabled
    expect(await rotations(t, keyId)).toEqual([]);
    await t.kms('EnableKey', { KeyId: keyId });
    expect(await rotations(t, keyId)).toEqual([[200, 'AUTOMATIC']]);
    expect((await t.kms('GetKeyRotationStatus', { KeyId: keyId })).NextRotationDate).toEqual(new Date(START + 290 * DAY_MS));
    await t.days(90);
    expect(await rotations(t, keyId)).toEqual([
      [200, 'AUTOMATIC'],
      [290, 'AUTOMATIC'],
    ]);
  });

  it('an Enabled key found overdue at the start of an advance rotates once, then every period', async () => {
    // EnableKey catches up at once; this covers a state that skipped it (e.g. restored from a snapshot).
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.kms('EnableKeyRotation', { KeyId: keyId, RotationPeriodInDays: 90 });
    const state = kmsRegionOf(t.cloud, 'us-east-1');
    state.keys[keyId]!.rotation.nextRotationMs = START - 10 * DAY_MS;
    const events = await runRotations(kmsEnvOf(t.cloud), state, START, START + 95 * DAY_MS);
    expect(events.map((e) => [(e.timeMs - START) / DAY_MS, e.eventName])).toEqual([
      [0, 'RotateKey'],
      [90, 'RotateKey'],
    ]);
    expect(state.keys[keyId]!.rotation.nextRotationMs).toBe(START + 180 * DAY_MS);
  });

  it('a key re-enabled before its date simply resumes the schedule', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.kms('EnableKeyRotation', { KeyId: keyId, RotationPeriodInDays: 90 });
    await t.kms('DisableKey', { KeyId: keyId });
    await t.days(10);
    await t.kms('EnableKey', { KeyId: keyId });
    await t.days(80);
    expect(await rotations(t, keyId)).toEqual([[90, 'AUTOMATIC']]);
  });

  it('no rotation while pending deletion', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.kms('EnableKeyRotation', { KeyId: keyId, RotationPeriodInDays: 90 });
    await t.days(85);
    await t.kms('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 30 });
    await t.days(10);
    await t.kms('CancelKeyDeletion', { KeyId: keyId });
    expect(await rotations(t, keyId)).toEqual([]);
  });

  it('AWS managed keys rotate every year', async () => {
    const t = kmsLab();
    const managed = (await t.kms('DescribeKey', { KeyId: 'alias/aws/s3' })).KeyMetadata;
    await t.days(365 * 2);
    expect(await rotations(t, managed.KeyId)).toEqual([
      [365, 'AUTOMATIC'],
      [730, 'AUTOMATIC'],
    ]);
  });
});
