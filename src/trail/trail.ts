/** The event history: newest last in storage, capped so a long class does not grow without bound. */
import type { TrailEvent } from './event';

export const TRAIL_CAP = 5000;

/** Drops the oldest events in batches, so a full trail does not copy itself on every call. */
export function appendEvent(events: TrailEvent[], event: TrailEvent): void {
  events.push(event);
  if (events.length > TRAIL_CAP + TRAIL_CAP / 10) events.splice(0, events.length - TRAIL_CAP);
}
