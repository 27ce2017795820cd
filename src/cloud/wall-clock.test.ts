/**
 * The browser's account follows the wall clock (the app injects it): calls a minute apart are
 * a minute apart in the event history and on resources, what falls due while the learner waits
 * happens at the next call, and a save keeps the offset Advance time added.
 */
import { describe, expect, it } from 'vitest';
import { DAY_MS, SimulatedClock } from '@/core';
import { createCloud } from './create-cloud';

const START = Date.UTC(2026, 5, 1, 9);

function wallCloud() {
  const wall = { ms: START };
  const cloud = createCloud({ clock: SimulatedClock.following(() => wall.ms) });
  return { wall, cloud, kms: (operation: string, input: Record<string, unknown> = {}) => cloud.call({ service: 'kms', operation, input }) };
}

describe('an account whose clock follows the wall clock', () => {
  it('dates calls and resources with the time they happen', async () => {
    const { wall, cloud, kms } = wallCloud();
    const a = await kms('CreateKey');
    wall.ms += 60_000;
    const b = await kms('CreateKey');
    expect(b.KeyMetadata.CreationDate.getTime() - a.KeyMetadata.CreationDate.getTime()).toBe(60_000);
    expect(cloud.state.trail.map((e) => e.eventTime)).toEqual(['2026-06-01T09:00:00Z', '2026-06-01T09:01:00Z']);
  });

  it('deletes a key whose waiting period ended while the learner waited, at the next call', async () => {
    const { wall, cloud, kms } = wallCloud();
    const { KeyMetadata } = await kms('CreateKey');
    await kms('ScheduleKeyDeletion', { KeyId: KeyMetadata.KeyId, PendingWindowInDays: 7 });
    wall.ms += 6 * DAY_MS;
    expect((await kms('DescribeKey', { KeyId: KeyMetadata.KeyId })).KeyMetadata.KeyState).toBe('PendingDeletion');
    wall.ms += DAY_MS + 1;
    await expect(kms('DescribeKey', { KeyId: KeyMetadata.KeyId })).rejects.toMatchObject({ code: 'NotFoundException' });
    const names = cloud.state.trail.map((e) => e.eventName);
    expect(names.slice(-2)).toEqual(['DeleteKey', 'DescribeKey']);
  });

  it('saves the offset Advance time added, so a reopened account keeps it and counts the time away', async () => {
    const { wall, cloud } = wallCloud();
    await cloud.clock.advanceDays(30);
    const saved = cloud.snapshot();
    expect(saved.clockOffsetMs).toBe(30 * DAY_MS);
    wall.ms += 2 * DAY_MS;
    const reopened = createCloud({ state: saved, clock: SimulatedClock.following(() => wall.ms) });
    expect(reopened.clock.nowMs()).toBe(START + 32 * DAY_MS);
  });

  it('a fixed clock (tests, the endpoint) writes no offset and stays where it is', async () => {
    const cloud = createCloud({ clock: new SimulatedClock(START) });
    await cloud.call({ service: 'kms', operation: 'CreateKey', input: {} });
    expect(cloud.snapshot().clockOffsetMs).toBeUndefined();
    expect(cloud.clock.nowMs()).toBe(START);
  });
});
