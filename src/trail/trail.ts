/**
 * The event history: newest last in storage, bounded both in events and in bytes, so a long class
 * (or a flood of huge failing requests) cannot grow it without bound: whichever bound is passed
 * first drops the oldest events, in batches, so a full trail does not copy itself on every call.
 * Each event's size is its JSON length, measured once when it is appended.
 * Simplified: CloudTrail's Event history keeps 90 days of management events; the lab keeps the
 * newest 5,000 events and about 4 MiB of them.
 */
import type { TrailEvent } from './event';

export const TRAIL_CAP = 5000;
/** About 4 MiB of JSON (UTF-16 code units, which is bytes for the ASCII that events mostly are). */
export const TRAIL_BYTES = 4 * 1024 * 1024;

const sizes = new WeakMap<object, number>();
const totals = new WeakMap<TrailEvent[], number>();

/** The event's size as JSON, measured once. */
export function eventBytes(event: TrailEvent): number {
  let n = sizes.get(event);
  if (n === undefined) {
    n = JSON.stringify(event).length;
    sizes.set(event, n);
  }
  return n;
}

/** Tells the size of an event its maker has just measured (JSON.stringify(event).length), so it is not measured again. */
export function noteEventBytes(event: TrailEvent, bytes: number): void {
  sizes.set(event, bytes);
}

/** The size of the whole history as JSON (measured once per array, then kept up to date by appendEvent). */
export function trailBytes(events: TrailEvent[]): number {
  let total = totals.get(events);
  if (total === undefined) {
    total = 0;
    for (const e of events) total += eventBytes(e);
    totals.set(events, total);
  }
  return total;
}

export function appendEvent(events: TrailEvent[], event: TrailEvent, cap = { events: TRAIL_CAP, bytes: TRAIL_BYTES }): void {
  let total = trailBytes(events) + eventBytes(event);
  events.push(event);
  if (events.length > cap.events + cap.events / 10 || total > cap.bytes) {
    // Down to the count cap and 90% of the byte cap, so the next calls do not trim again at once.
    let drop = Math.max(0, events.length - cap.events);
    for (let i = 0; i < drop; i++) total -= eventBytes(events[i]!);
    while (drop < events.length - 1 && total > cap.bytes * 0.9) total -= eventBytes(events[drop++]!);
    events.splice(0, drop);
  }
  totals.set(events, total);
}
