/**
 * What a call's record holds is bounded, as CloudTrail bounds it: request parameters and
 * response elements over 100 KB are omitted (`{ "omitted": true }`), an error message keeps its
 * first 1,024 characters, and the history as a whole stays within its bytes however big the
 * requests were (the probe sent 420 failing CreateKey calls with 1 MB descriptions; 40 show it).
 */
import { describe, expect, it } from 'vitest';
import { SimulatedClock, seededRandom } from '@/core';
import { TRAIL_BYTES } from '@/trail';
import { createCloud } from './create-cloud';
import { FIELD_MAX, MESSAGE_MAX } from './record';

const newCloud = () => createCloud({ clock: new SimulatedClock(Date.UTC(2026, 0, 1)), random: seededRandom(2) });

describe('the record of a call', () => {
  it('omits request parameters over 100 KB and shortens the error message; the history stays bounded', { timeout: 60_000 }, async () => {
    const cloud = newCloud();
    const description = 'd'.repeat(1024 * 1024);
    for (let i = 0; i < 40; i++) {
      await expect(cloud.call({ service: 'kms', operation: 'CreateKey', input: { Description: description } })).rejects.toMatchObject({
        code: 'ValidationException',
      });
    }
    const last = cloud.state.trail.at(-1)!;
    expect(last.requestParameters).toEqual({ omitted: true });
    expect(last.errorCode).toBe('ValidationException');
    expect(last.errorMessage!.length).toBe(MESSAGE_MAX + 1);
    expect(last.errorMessage!.startsWith("1 validation error detected: Value 'ddd")).toBe(true);
    // Each record is about 2 KB instead of 2 MB, and the history is bounded whatever the calls.
    for (const e of cloud.state.trail) expect(JSON.stringify(e).length).toBeLessThan(3 * 1024);
    expect(JSON.stringify(cloud.snapshot()).length).toBeLessThan(TRAIL_BYTES);
  });

  it('keeps parameters up to 100 KB as they are (a 32 KB key policy is recorded)', async () => {
    const cloud = newCloud();
    const statement = { Sid: 'x'.repeat(100), Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' };
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: Array.from({ length: 150 }, (_, i) => ({ ...statement, Sid: `s${i}${'x'.repeat(100)}` })),
    });
    expect(policy.length).toBeGreaterThan(20_000);
    await cloud.call({ service: 'kms', operation: 'CreateKey', input: { Policy: policy } });
    expect(cloud.state.trail.at(-1)!.requestParameters).toEqual({ policy });
    expect(JSON.stringify({ policy }).length).toBeLessThan(FIELD_MAX);
  });
});
