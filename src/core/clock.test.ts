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
