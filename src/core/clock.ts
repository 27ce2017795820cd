/**
 * The simulated clock. The engine never calls Date.now(): it asks the clock, and the
 * world (tests, demos, the "advance time" control) moves it. Listeners run whenever time has
 * moved on (`advance`, or `catchUp` after the wall clock moved), which is how rotation,
 * deletion and expiry happen.
 *
 * Two kinds: a fixed clock (`new SimulatedClock(start)`) moves only when told, so tests and the
 * endpoint are deterministic; a following clock (`SimulatedClock.following(wall, offset)`)
 * reads simulated time as the wall clock the app injects plus the offset that Advance time has
 * added, so calls made a minute apart are a minute apart. Either way time never goes backwards.
 *
 * Simplified: time is simulated. The browser account's clock follows the real clock plus the
 * days that Advance time added; rotations and scheduled deletions that fall due while you wait
 * happen at the next call, at the next minute's check, or when the lab is opened again, not at
 * the exact second.
 */
export type AdvanceListener = (from: number, to: number, reason: AdvanceReason) => void | Promise<void>;
/** `advance`: someone moved time on purpose; `elapsed`: the wall clock moved. */
export type AdvanceReason = 'advance' | 'elapsed';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

export class SimulatedClock {
  /** Simulated time = wall() + offset; a fixed clock's wall is always 0. */
  private offset: number;
  private readonly wall: (() => number) | undefined;
  /** Listeners have run up to this time. */
  private processed: number;
  /** The latest time handed out: time never goes backwards, even if the wall clock does. */
  private latest: number;
  private readonly listeners = new Set<AdvanceListener>();

  constructor(start: Date | number = Date.UTC(2026, 0, 1), o: { wall?: () => number; offsetMs?: number } = {}) {
    this.wall = o.wall;
    const startMs = typeof start === 'number' ? start : start.getTime();
    this.offset = o.wall ? (o.offsetMs ?? 0) : startMs;
    this.latest = this.processed = this.raw();
  }

  /** A clock that follows `wall` (the app passes Date.now), `offsetMs` ahead of it. */
  static following(wall: () => number, offsetMs = 0): SimulatedClock {
    return new SimulatedClock(0, { wall, offsetMs });
  }

  private raw(): number {
    return (this.wall ? this.wall() : 0) + this.offset;
  }

  nowMs(): number {
    this.latest = Math.max(this.latest, this.raw());
    return this.latest;
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  /** How far ahead of the wall clock this clock is (undefined for a fixed clock). */
  offsetMs(): number | undefined {
    return this.wall ? this.offset : undefined;
  }

  /** True when time has moved since the listeners last ran (the wall clock moved). */
  due(): boolean {
    return this.nowMs() > this.processed;
  }

  onAdvance(listener: AdvanceListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Moves time forward and lets every listener catch up, in order. */
  async advance(ms: number): Promise<void> {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('The clock only moves forward');
    this.offset += ms;
    await this.run('advance');
  }

  /** Lets the listeners catch up with the time the wall clock has moved on (nothing when none passed). */
  catchUp(): Promise<void> {
    return this.run('elapsed');
  }

  private async run(reason: AdvanceReason): Promise<void> {
    const from = this.processed;
    const to = this.nowMs();
    if (to <= from && reason === 'elapsed') return;
    // Claimed before any listener runs, so overlapping catch-ups never cover the same interval twice.
    this.processed = Math.max(from, to);
    for (const l of this.listeners) await l(from, this.processed, reason);
  }

  advanceHours(hours: number): Promise<void> {
    return this.advance(hours * HOUR_MS);
  }

  advanceDays(days: number): Promise<void> {
    return this.advance(days * DAY_MS);
  }

  /**
   * Restores a saved time without running the listeners (snapshot restore). A fixed clock
   * shows `ms`. A following clock keeps following the wall: `offsetMs` when the save has one
   * (time that passed since the save counts, and the next catch-up runs over it), otherwise
   * the offset that shows `ms` now (a scenario's date, an older save, an imported file).
   */
  restore(ms: number, offsetMs?: number): void {
    this.offset = this.wall ? (offsetMs ?? ms - this.wall()) : ms;
    this.processed = ms;
    this.latest = ms;
    this.nowMs();
  }

  /** Restores a saved time without running lifecycle (fixed clocks; kept for callers that set a date). */
  set(ms: number): void {
    this.restore(ms);
  }
}
