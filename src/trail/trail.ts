/** The event history: newest last in storage, capped so a long class does not grow without bound. */
import type { TrailEvent } from './event';

export const TRAIL_CAP = 5000;

export function appendEvent(events: TrailEvent[], event: TrailEvent): void {
  events.push(event);
  if (events.length > TRAIL_CAP) events.splice(0, events.length - TRAIL_CAP);
}
