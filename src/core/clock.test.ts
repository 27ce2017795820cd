import { describe, expect, it } from 'vitest';
import { DAY_MS, SimulatedClock } from './clock';

describe('SimulatedClock', () => {
  it('moves only when told, and runs listeners with the interval', async () => {
    const clock = new SimulatedClock(Date.UTC(2026, 0, 1));
    const seen: [number, number][] = [];
    clock.onAdvance((from, to) => {
      seen.push([from, to]);
    });
    expect(clock.now().toISOString()).toBe('2026-01-01T00:00:00.000Z');
    await clock.advanceDays(365);
    await clock.advanceHours(2);
    expect(clock.now().toISOString()).toBe('2027-01-01T02:00:00.000Z');
    expect(seen).toEqual([
      [Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 1) + 365 * DAY_MS],
      [Date.UTC(2027, 0, 1), Date.UTC(2027, 0, 1, 2)],
    ]);
  });

  it('refuses to go backwards or by a non-number', async () => {
    const clock = new SimulatedClock(0);
    await expect(clock.advance(-1)).rejects.toThrow(RangeError);
    await expect(clock.advance(Number.NaN)).rejects.toThrow(RangeError);
    expect(clock.nowMs()).toBe(0);
  });

  it('stops calling a listener once unsubscribed', async () => {
    const clock = new SimulatedClock(0);
    let calls = 0;
    const off = clock.onAdvance(() => {
      calls++;
    });
    await clock.advanceDays(1);
    off();
    await clock.advanceDays(1);
    expect(calls).toBe(1);
  });
});

describe('a clock that follows the wall clock', () => {
  it('reads the wall clock plus the offset Advance time added', async () => {
    let wall = Date.UTC(2026, 5, 1, 12);
    const clock = SimulatedClock.following(() => wall);
    expect(clock.nowMs()).toBe(wall);
    wall += 60_000;
    expect(clock.now().toISOString()).toBe('2026-06-01T12:01:00.000Z');
    await clock.advanceDays(30);
    expect(clock.offsetMs()).toBe(30 * DAY_MS);
    wall += 60_000;
    expect(clock.now().toISOString()).toBe('2026-07-01T12:02:00.000Z');
  });

  it('runs listeners over the time that elapsed, once, only when asked to catch up', async () => {
    let wall = 1_000_000;
    const clock = SimulatedClock.following(() => wall);
    const seen: [number, number, string][] = [];
    clock.onAdvance((from, to, reason) => void seen.push([from, to, reason]));
    expect(clock.due()).toBe(false);
    await clock.catchUp();
    expect(seen).toEqual([]);
    wall += 5_000;
    expect(clock.due()).toBe(true);
    await Promise.all([clock.catchUp(), clock.catchUp()]);
    expect(seen).toEqual([[1_000_000, 1_005_000, 'elapsed']]);
    wall += 1_000;
    await clock.advance(DAY_MS);
    expect(seen[1]).toEqual([1_005_000, 1_006_000 + DAY_MS, 'advance']);
    expect(clock.due()).toBe(false);
  });

  it('never goes backwards when the wall clock does', () => {
    let wall = 50_000;
    const clock = SimulatedClock.following(() => wall);
    expect(clock.nowMs()).toBe(50_000);
    wall = 10_000;
    expect(clock.nowMs()).toBe(50_000);
    wall = 60_000;
    expect(clock.nowMs()).toBe(60_000);
  });

  it('restores a saved offset (time away counts), or a saved date when there is no offset', () => {
    let wall = Date.UTC(2026, 0, 10);
    const clock = SimulatedClock.following(() => wall);
    // Saved on January 1st, 3 days ahead; reopened on the 10th: 3 days ahead of the 10th, due since the save.
    clock.restore(Date.UTC(2026, 0, 4), 3 * DAY_MS);
    expect(clock.now().toISOString()).toBe('2026-01-13T00:00:00.000Z');
    expect(clock.due()).toBe(true);
    // A scenario's date (no offset): shown as is, then following the wall clock.
    clock.restore(Date.UTC(2025, 11, 25));
    expect(clock.now().toISOString()).toBe('2025-12-25T00:00:00.000Z');
    wall += 60_000;
    expect(clock.now().toISOString()).toBe('2025-12-25T00:01:00.000Z');
    expect(clock.offsetMs()).toBe(Date.UTC(2025, 11, 25) - Date.UTC(2026, 0, 10));
  });

  it('a fixed clock has no offset and ignores a saved one', () => {
    const clock = new SimulatedClock(0);
    expect(clock.offsetMs()).toBeUndefined();
    clock.restore(5_000, 99);
    expect(clock.nowMs()).toBe(5_000);
    expect(clock.due()).toBe(false);
  });
});
