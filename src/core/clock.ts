/**
 * The simulated clock. The engine never calls Date.now(): it asks the clock, and the
 * world (tests, demos, the "advance time" control) moves it. Listeners run on every
 * advance, which is how rotation, deletion and expiry happen.
 *
 * Simplified: time is simulated. The browser account's clock starts at the real time of its
 * creation and moves only when the lab moves it (Advance time, a scenario's date), so rotation
 * and scheduled deletion happen when it advances rather than while you wait.
 */
export type AdvanceListener = (from: number, to: number) => void | Promise<void>;

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

export class SimulatedClock {
  private ms: number;
  private readonly listeners = new Set<AdvanceListener>();

  constructor(start: Date | number = Date.UTC(2026, 0, 1)) {
    this.ms = typeof start === 'number' ? start : start.getTime();
  }

  nowMs(): number {
    return this.ms;
  }

  now(): Date {
    return new Date(this.ms);
  }

  onAdvance(listener: AdvanceListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Moves time forward and lets every listener catch up, in order. */
  async advance(ms: number): Promise<void> {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('The clock only moves forward');
    const from = this.ms;
    this.ms += ms;
    for (const l of this.listeners) await l(from, this.ms);
  }

  advanceHours(hours: number): Promise<void> {
    return this.advance(hours * HOUR_MS);
  }

  advanceDays(days: number): Promise<void> {
    return this.advance(days * DAY_MS);
  }

  /** Restores a saved time without running lifecycle (used by snapshot restore). */
  set(ms: number): void {
    this.ms = ms;
  }
}
