import { describe, expect, it } from 'vitest';
import type { TrailEvent } from './event';
import { appendEvent, TRAIL_CAP } from './trail';
import { trailView } from './event';

describe('the trail', () => {
  it('keeps the newest events, at most 10% above its cap', () => {
    const events: TrailEvent[] = [];
    for (let i = 0; i < TRAIL_CAP * 2; i++) appendEvent(events, { eventID: String(i) } as TrailEvent);
    expect(events.length).toBeGreaterThanOrEqual(TRAIL_CAP);
    expect(events.length).toBeLessThanOrEqual(TRAIL_CAP * 1.1);
    expect(events.at(-1)!.eventID).toBe(String(TRAIL_CAP * 2 - 1));
  });

  it('shows members as CloudTrail does: camelCase, ISO dates, no blobs, no secrets', () => {
    const view = trailView({ KeyId: 'k', Plaintext: new Uint8Array([1]), CreationDate: new Date(0), Nested: [{ TagKey: 'a' }], Secret: 's' }, ['Secret']);
    expect(view).toEqual({ keyId: 'k', creationDate: '1970-01-01T00:00:00.000Z', nested: [{ tagKey: 'a' }] });
  });
});
