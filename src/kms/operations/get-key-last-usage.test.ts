import { describe, expect, it } from 'vitest';
import { GetKeyLastUsageCommand } from '@aws-sdk/client-kms';
import { keyArn, utf8 } from '@/core';
import { labKmsClient } from '@/cloud/protocol/testing';
import { kmsLab } from '@/kms/testing/harness';

const START = Date.UTC(2026, 0, 1);

describe('GetKeyLastUsage', () => {
  it('a key never used has an empty KeyLastUsage, tracked since its creation', async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ alias: 'alias/unused' });
    await t.kms('DescribeKey', { KeyId: keyId });
    expect(await t.kms('GetKeyLastUsage', { KeyId: keyId })).toEqual({
      KeyId: keyId,
      KeyLastUsage: {},
      TrackingStartDate: new Date(START),
      KeyCreationDate: new Date(START),
    });
    expect(t.cloud.state.trail.at(-1)).toMatchObject({ eventName: 'GetKeyLastUsage', readOnly: true });
  });

  it('names the last successful cryptographic operation with its time, CloudTrail event ID and request ID; failures and reads do not count', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.days(2);
    const blob = await t.encrypt(keyId, 'hi');
    const encryptEvent = t.cloud.state.trail.at(-1)!;
    await t.days(1);
    await t.decryptText(blob, { wrong: 'context' }).catch(() => undefined); // InvalidCiphertextException: not a use
    await t.kms('DisableKey', { KeyId: keyId });
    await t.expectError(t.kms('Encrypt', { KeyId: keyId, Plaintext: utf8('x') }), 'DisabledException');
    const outsider = await t.user('outsider');
    await t.expectError(t.kms('Decrypt', { CiphertextBlob: blob }, { as: outsider }), 'AccessDeniedException');
    const { KeyLastUsage } = await t.kms('GetKeyLastUsage', { KeyId: keyArn('us-east-1', keyId) });
    expect(KeyLastUsage).toEqual({
      Operation: 'Encrypt',
      Timestamp: new Date(START + 2 * 86_400_000),
      CloudTrailEventId: encryptEvent.eventID,
      KmsRequestId: encryptEvent.requestID,
    });
  });

  it('ReEncrypt counts as a use of both keys; Decrypt of the key found in the ciphertext', async () => {
    const t = kmsLab();
    const [a, b] = [await t.createKey(), await t.createKey()];
    const blob = await t.encrypt(a, 'hi');
    await t.days(1);
    const { CiphertextBlob } = await t.kms('ReEncrypt', { CiphertextBlob: blob, DestinationKeyId: b });
    const reEncrypt = t.cloud.state.trail.at(-1)!.eventID;
    for (const k of [a, b])
      expect((await t.kms('GetKeyLastUsage', { KeyId: k })).KeyLastUsage).toMatchObject({ Operation: 'ReEncrypt', CloudTrailEventId: reEncrypt });
    await t.kms('Decrypt', { CiphertextBlob });
    expect((await t.kms('GetKeyLastUsage', { KeyId: b })).KeyLastUsage.Operation).toBe('Decrypt');
    expect((await t.kms('GetKeyLastUsage', { KeyId: a })).KeyLastUsage.Operation).toBe('ReEncrypt');
  });

  it('answers for a key in any state, names the key by ID or ARN only, and needs kms:GetKeyLastUsage', async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ alias: 'alias/old' });
    await t.kms('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 });
    expect((await t.kms('GetKeyLastUsage', { KeyId: keyId })).KeyId).toBe(keyId);
    await t.expectError(t.kms('GetKeyLastUsage', { KeyId: 'alias/old' }), 'NotFoundException', "Invalid keyId 'alias/old'");
    await t.expectError(
      t.kms('GetKeyLastUsage', { KeyId: '0d1f2e3c-aaaa-bbbb-cccc-000000000000' }),
      'NotFoundException',
      "Key 'arn:aws:kms:us-east-1:111122223333:key/0d1f2e3c-aaaa-bbbb-cccc-000000000000' does not exist",
    );
    await t.expectError(t.kms('GetKeyLastUsage', {}), 'ValidationException');
    const outsider = await t.user('outsider');
    await t.expectError(
      t.kms('GetKeyLastUsage', { KeyId: keyId }, { as: outsider }),
      'AccessDeniedException',
      `User: arn:aws:iam::111122223333:user/outsider is not authorized to perform: kms:GetKeyLastUsage on resource: ${keyArn('us-east-1', keyId)} because no identity-based policy allows the kms:GetKeyLastUsage action`,
    );
  });

  it('answers the real AWS SDK over the wire', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.kms('GenerateDataKey', { KeyId: keyId, KeySpec: 'AES_256' });
    const out = await labKmsClient(t.cloud).send(new GetKeyLastUsageCommand({ KeyId: keyId }));
    expect([out.KeyId, out.KeyLastUsage?.Operation, out.KeyLastUsage?.Timestamp, out.KeyCreationDate]).toEqual([
      keyId,
      'GenerateDataKey',
      new Date(START),
      new Date(START),
    ]);
  });
});
