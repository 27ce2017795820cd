import { describe, expect, it } from 'vitest';
import { createCloud } from '@/cloud/create-cloud';
import { SimulatedClock } from '@/core';
import { callerFor, listAll, recordCalls } from './console-client';
import { attachCloud, setRegion, useConsole } from './console-store';

function account() {
  const cloud = createCloud({ clock: new SimulatedClock(Date.UTC(2026, 0, 1)) });
  attachCloud(cloud);
  setRegion('eu-west-1');
  return cloud;
}

describe('the console client layer', () => {
  it("calls the screen's service as the signed-in identity, in the selected Region", async () => {
    const cloud = account();
    const call = callerFor('kms');
    const { KeyMetadata } = await call('CreateKey', { Description: 'console' });
    expect(KeyMetadata.Arn).toContain(':eu-west-1:');
    expect((await call('ListUsers', {}, 'iam')).Users.length).toBeGreaterThan(0);
    expect(cloud.state.trail.at(-2)).toMatchObject({ eventName: 'CreateKey', awsRegion: 'eu-west-1' });
  });

  it('records every call of an action, a failed one too, with how it was authorized', async () => {
    account();
    const outcome = await recordCalls(async (call) => {
      await call('CreateKey', { Description: 'a' });
      await call('DescribeKey', { KeyId: 'alias/none' });
    }, 'kms');
    expect(outcome.ok).toBe(false);
    expect(outcome.calls.map((c) => [c.service, c.operation, c.region, c.failed])).toEqual([
      ['kms', 'CreateKey', 'eu-west-1', false],
      ['kms', 'DescribeKey', 'eu-west-1', true],
    ]);
    expect(outcome.calls[0]!.trace?.checks.length).toBeGreaterThan(0);
    expect(!outcome.ok && (outcome.error as { code: string }).code).toBe('NotFoundException');
  });

  it('follows NextMarker (KMS) and Marker (IAM) to the end of a list', async () => {
    const pages: Record<string, Record<string, unknown>> = {
      '': { Keys: [1, 2], Truncated: true, NextMarker: 'm1' },
      m1: { Keys: [3], Truncated: false },
    };
    expect(await listAll((m) => Promise.resolve(pages[m ?? '']!), 'Keys')).toEqual([1, 2, 3]);
    const iamPages: Record<string, Record<string, unknown>> = { '': { Users: ['a'], IsTruncated: true, Marker: 'x' }, x: { Users: ['b'], IsTruncated: false } };
    expect(await listAll((m) => Promise.resolve(iamPages[m ?? '']!), 'Users')).toEqual(['a', 'b']);
    expect(useConsole.getState().region).toBe('eu-west-1');
  });
});
