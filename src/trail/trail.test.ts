import { describe, expect, it } from 'vitest';
import type { TrailEvent } from './event';
import { appendEvent, eventBytes, TRAIL_BYTES, TRAIL_CAP, trailBytes } from './trail';
import { trailView } from './event';

describe('the trail', () => {
  it('keeps the newest events, at most 10% above its cap', () => {
    const events: TrailEvent[] = [];
    for (let i = 0; i < TRAIL_CAP * 2; i++) appendEvent(events, { eventID: String(i) } as TrailEvent);
    expect(events.length).toBeGreaterThanOrEqual(TRAIL_CAP);
    expect(events.length).toBeLessThanOrEqual(TRAIL_CAP * 1.1);
    expect(events.at(-1)!.eventID).toBe(String(TRAIL_CAP * 2 - 1));
  });

  it('is bounded in bytes as well: big events push the oldest out, and its size is kept without re-measuring', () => {
    const events: TrailEvent[] = [];
    const big = (i: number) => ({ eventID: String(i), requestParameters: { description: 'x'.repeat(90 * 1024) } }) as unknown as TrailEvent;
    for (let i = 0; i < 500; i++) appendEvent(events, big(i));
    const bytes = JSON.stringify(events).length;
    expect(bytes).toBeLessThanOrEqual(TRAIL_BYTES + 1024);
    expect(events.length).toBeLessThan(50);
    expect(events.at(-1)!.eventID).toBe('499');
    expect(trailBytes(events)).toBe(events.reduce((n, e) => n + eventBytes(e), 0));
    // An event larger than the whole bound is kept alone rather than lost before it is seen.
    appendEvent(events, { eventID: 'huge', requestParameters: { d: 'y'.repeat(TRAIL_BYTES) } } as unknown as TrailEvent);
    expect(events.map((e) => e.eventID)).toEqual(['huge']);
  });

  it('shows members as CloudTrail does: camelCase, ISO dates, no blobs, no secrets', () => {
    const view = trailView({ KeyId: 'k', Plaintext: new Uint8Array([1]), CreationDate: new Date(0), Nested: [{ TagKey: 'a' }], Secret: 's' }, ['Secret']);
    expect(view).toEqual({ keyId: 'k', creationDate: '1970-01-01T00:00:00.000Z', nested: [{ tagKey: 'a' }] });
  });
});

describe('service events', () => {
  it('are recorded as the service acting on its own, on the named resource', async () => {
    const { awsServiceEvent } = await import('./service-event');
    const { seededRandom } = await import('@/core');
    const e = awsServiceEvent({
      service: 'acm',
      eventName: 'RenewCertificate',
      region: 'us-east-1',
      timeMs: Date.UTC(2026, 0, 1, 0, 0, 0, 500),
      resource: { type: 'AWS::ACM::Certificate', arn: 'arn:aws:acm:us-east-1:111122223333:certificate/x' },
      random: seededRandom(1),
    });
    expect(e).toMatchObject({
      userIdentity: { type: 'AWSService', invokedBy: 'acm.amazonaws.com' },
      eventSource: 'acm.amazonaws.com',
      eventTime: '2026-01-01T00:00:00Z',
      eventType: 'AwsServiceEvent',
      responseElements: null,
      resources: [{ accountId: '111122223333', type: 'AWS::ACM::Certificate', ARN: 'arn:aws:acm:us-east-1:111122223333:certificate/x' }],
    });
  });
});
