import { ListGrantsCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { keyArn, rootArn } from '@/core';
import { labKmsClient } from '@/cloud/protocol/testing';
import { kmsLab } from '@/kms/testing/harness';

const arn = (keyId: string) => keyArn('us-east-1', keyId);

describe('ListGrants', () => {
  it("lists a key's grants oldest first, as AWS shows them, with filters and pages", async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const other = await t.createKey();
    const bob = await t.user('bob');
    const a = await t.kms('CreateGrant', {
      KeyId: keyId,
      GranteePrincipal: bob.arn,
      RetiringPrincipal: rootArn(),
      Operations: ['Decrypt', 'RetireGrant'],
      Constraints: { EncryptionContextEquals: { app: 'web' } },
      Name: 'web',
    });
    await t.days(1);
    const b = await t.kms('CreateGrant', { KeyId: keyId, GranteePrincipal: rootArn(), Operations: ['Encrypt'] });
    await t.kms('CreateGrant', { KeyId: other, GranteePrincipal: bob.arn, Operations: ['Encrypt'] });
    const all = await t.kms('ListGrants', { KeyId: keyId });
    expect(all).toEqual({
      Grants: [
        {
          KeyId: arn(keyId),
          GrantId: a.GrantId,
          Name: 'web',
          CreationDate: new Date(Date.UTC(2026, 0, 1)),
          GranteePrincipal: bob.arn,
          RetiringPrincipal: rootArn(),
          IssuingAccount: rootArn(),
          Operations: ['Decrypt', 'RetireGrant'],
          Constraints: { EncryptionContextEquals: { app: 'web' } },
        },
        {
          KeyId: arn(keyId),
          GrantId: b.GrantId,
          CreationDate: new Date(Date.UTC(2026, 0, 2)),
          GranteePrincipal: rootArn(),
          IssuingAccount: rootArn(),
          Operations: ['Encrypt'],
        },
      ],
      Truncated: false,
    });
    const ids = (o: Record<string, unknown>) => t.kms('ListGrants', { KeyId: keyId, ...o }).then((r) => r.Grants.map((g: { GrantId: string }) => g.GrantId));
    expect(await ids({ GranteePrincipal: bob.arn })).toEqual([a.GrantId]);
    expect(await ids({ GrantId: b.GrantId })).toEqual([b.GrantId]);
    const first = await t.kms('ListGrants', { KeyId: arn(keyId), Limit: 1 });
    expect([first.Grants[0].GrantId, first.Truncated]).toEqual([a.GrantId, true]);
    const second = await t.kms('ListGrants', { KeyId: keyId, Limit: 1, Marker: first.NextMarker });
    expect([second.Grants[0].GrantId, second.Truncated, second.NextMarker]).toEqual([b.GrantId, false, undefined]);
  });

  it('answers InvalidGrantIdException for a grant the key does not have, and works in every key state', async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ alias: 'alias/app' });
    const other = await t.createKey();
    const { GrantId } = await t.kms('CreateGrant', { KeyId: other, GranteePrincipal: rootArn(), Operations: ['Encrypt'] });
    await t.expectError(t.kms('ListGrants', { KeyId: keyId, GrantId }), 'InvalidGrantIdException', `Grant ID ${GrantId} is not a grant of ${arn(keyId)}.`);
    await t.expectError(t.kms('ListGrants', { KeyId: 'alias/app' }), 'NotFoundException', "Invalid keyId 'alias/app'");
    await t.kms('DisableKey', { KeyId: other });
    await t.kms('ScheduleKeyDeletion', { KeyId: other, PendingWindowInDays: 7 });
    expect((await t.kms('ListGrants', { KeyId: other })).Grants).toHaveLength(1);
  });

  it('goes with the key: once the key is deleted, its grants are gone', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.kms('CreateGrant', { KeyId: keyId, GranteePrincipal: rootArn(), RetiringPrincipal: rootArn(), Operations: ['Encrypt'] });
    await t.kms('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 });
    await t.days(8);
    await t.expectError(t.kms('ListGrants', { KeyId: keyId }), 'NotFoundException');
    expect((await t.kms('ListRetirableGrants', { RetiringPrincipal: rootArn() })).Grants).toEqual([]);
  });

  it('needs kms:ListGrants; answers the real AWS SDK, read-only in the trail', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const bob = await t.user('bob');
    await t.expectError(
      t.kms('ListGrants', { KeyId: keyId }, { as: bob }),
      'AccessDeniedException',
      `User: ${bob.arn} is not authorized to perform: kms:ListGrants on resource: ${arn(keyId)} because no identity-based policy allows the kms:ListGrants action`,
    );
    const { GrantId } = await t.kms('CreateGrant', { KeyId: keyId, GranteePrincipal: bob.arn, Operations: ['Encrypt'] });
    const out = await labKmsClient(t.cloud).send(new ListGrantsCommand({ KeyId: keyId }));
    expect(out.Grants?.map((g) => [g.GrantId, g.CreationDate?.toISOString()])).toEqual([[GrantId, '2026-01-01T00:00:00.000Z']]);
    expect(t.cloud.state.trail.at(-1)).toMatchObject({ eventName: 'ListGrants', readOnly: true });
  });
});
