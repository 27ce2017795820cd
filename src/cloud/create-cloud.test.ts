import { describe, expect, it } from 'vitest';
import { utf8 } from '@/core';
import { kmsLab } from '@/kms/testing/harness';

describe('cloud.call: one pipeline for every caller', () => {
  it('records a successful call like CloudTrail, without plaintext', async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ alias: 'alias/myCMK' });
    await t.kms('Encrypt', { KeyId: 'alias/myCMK', Plaintext: utf8('top secret'), EncryptionContext: { dept: 'hr' } });
    const event = t.cloud.state.trail.at(-1)!;
    expect(event).toMatchObject({
      eventSource: 'kms.amazonaws.com',
      eventName: 'Encrypt',
      awsRegion: 'us-east-1',
      userIdentity: { type: 'Root', arn: 'arn:aws:iam::111122223333:root', accountId: '111122223333' },
      requestParameters: { keyId: 'alias/myCMK', encryptionContext: { dept: 'hr' } },
      responseElements: null,
      readOnly: false,
      eventType: 'AwsApiCall',
      resources: [{ accountId: '111122223333', type: 'AWS::KMS::Key', ARN: `arn:aws:kms:us-east-1:111122223333:key/${keyId}` }],
    });
    expect(JSON.stringify(event)).not.toContain('top secret');
    expect(event.eventTime).toBe('2026-01-01T00:00:00Z');
  });

  it('records failures with the error code and message, and still throws', async () => {
    const t = kmsLab();
    await t.expectError(t.kms('DescribeKey', { KeyId: 'alias/nope' }), 'NotFoundException');
    expect(t.cloud.state.trail.at(-1)).toMatchObject({
      eventName: 'DescribeKey',
      errorCode: 'NotFoundException',
      errorMessage: 'Alias arn:aws:kms:us-east-1:111122223333:alias/nope is not found.',
      readOnly: true,
    });
  });

  it('records the IAM user who called', async () => {
    const t = kmsLab();
    const bob = await t.user('bob');
    await t.expectError(t.kms('ListKeys', {}, { as: bob }), 'AccessDeniedException');
    expect(t.cloud.state.trail.at(-1)!.userIdentity).toMatchObject({ type: 'IAMUser', userName: 'bob', arn: 'arn:aws:iam::111122223333:user/bob' });
  });

  it('validates the input shape before anything else', async () => {
    const t = kmsLab();
    await t.expectError(
      t.kms('GenerateRandom', { NumberOfBytes: 0 }),
      'ValidationException',
      "1 validation error detected: Value '0' at 'numberOfBytes' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
    await t.expectError(t.iam('CreateUser', {}), 'ValidationError');
  });

  it('answers unknown operations and Regions as AWS and the CLI do', async () => {
    const t = kmsLab();
    await t.expectError(t.kms('MakeCoffee'), 'UnknownOperationException');
    await t.expectError(
      t.kms('ListKeys', {}, { region: 'xx-west-9' }),
      'EndpointConnectionError',
      'Could not connect to the endpoint URL: "https://kms.xx-west-9.amazonaws.com/"',
    );
  });

  it('keeps keys regional', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const west = await t.kms('ListKeys', {}, { region: 'eu-west-1' });
    expect(west.Keys).toEqual([]);
    await t.expectError(
      t.kms('DescribeKey', { KeyId: keyId }, { region: 'eu-west-1' }),
      'NotFoundException',
      `Key 'arn:aws:kms:eu-west-1:111122223333:key/${keyId}' does not exist`,
    );
  });

  it('notifies subscribers of calls and of lifecycle events', async () => {
    const t = kmsLab();
    const kinds: string[] = [];
    const off = t.cloud.subscribe((c) => kinds.push(c.kind));
    const keyId = await t.createKey();
    await t.kms('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 });
    await t.days(8);
    off();
    await t.kms('ListKeys');
    expect(kinds).toEqual(['call', 'call', 'lifecycle']);
    expect(t.cloud.state.trail.at(-2)).toMatchObject({
      eventName: 'DeleteKey',
      eventType: 'AwsServiceEvent',
      userIdentity: { invokedBy: 'kms.amazonaws.com' },
    });
  });
});

describe('snapshot and restore', () => {
  it('a snapshot restores the account, and its key material still decrypts', async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ alias: 'alias/app' });
    const blob = await t.encrypt(keyId, 'kept');
    await t.days(3);
    const snap = t.cloud.snapshot();

    const other = kmsLab(99);
    other.cloud.restore(snap);
    expect(other.cloud.clock.now().toISOString()).toBe('2026-01-04T00:00:00.000Z');
    expect(await other.decryptText(blob)).toBe('kept');
    const aliases = await other.kms('ListAliases', {});
    expect(aliases.Aliases.some((a: { AliasName: string }) => a.AliasName === 'alias/app')).toBe(true);
  });

  it('a snapshot is a copy: later changes do not leak into it', async () => {
    const t = kmsLab();
    const snap = t.cloud.snapshot();
    await t.createKey();
    expect(Object.keys(snap.kms['us-east-1']?.keys ?? {})).toHaveLength(0);
  });

  it('refuses a snapshot of another schema version without touching the account', async () => {
    const t = kmsLab();
    await t.createKey();
    const snap = { ...t.cloud.snapshot(), schemaVersion: 99 };
    expect(() => t.cloud.restore(snap)).toThrow(/schema version 99/);
    expect((await t.kms('ListKeys')).Keys).toHaveLength(1);
  });
});
