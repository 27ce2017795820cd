import { ListRetirableGrantsCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { keyArn, rootArn } from '@/core';
import { labKmsClient } from '@/cloud/protocol/testing';
import { kmsLab } from '@/kms/testing/harness';

describe('ListRetirableGrants', () => {
  it('lists the grants of every key whose retiring principal is the one named', async () => {
    const t = kmsLab();
    const k1 = await t.createKey();
    const k2 = await t.createKey();
    const bob = await t.user('bob');
    const a = await t.kms('CreateGrant', { KeyId: k1, GranteePrincipal: rootArn(), RetiringPrincipal: bob.arn, Operations: ['Encrypt'] });
    await t.kms('CreateGrant', { KeyId: k1, GranteePrincipal: bob.arn, Operations: ['Encrypt'] });
    const c = await t.kms('CreateGrant', { KeyId: k2, GranteePrincipal: rootArn(), RetiringPrincipal: bob.arn, Operations: ['Decrypt'] });
    const out = await t.kms('ListRetirableGrants', { RetiringPrincipal: bob.arn });
    expect(out.Grants.map((g: { KeyId: string; GrantId: string }) => [g.KeyId, g.GrantId])).toEqual([
      [keyArn('us-east-1', k1), a.GrantId],
      [keyArn('us-east-1', k2), c.GrantId],
    ]);
    expect(out.Truncated).toBe(false);
    const page = await t.kms('ListRetirableGrants', { RetiringPrincipal: bob.arn, Limit: 1 });
    expect([page.Grants.length, page.Truncated]).toEqual([1, true]);
    expect((await t.kms('ListRetirableGrants', { RetiringPrincipal: rootArn() })).Grants).toEqual([]);
  });

  it('needs exactly one of RetiringPrincipal and RetiringServicePrincipal', async () => {
    const t = kmsLab();
    const message = 'Specify either RetiringPrincipal or RetiringServicePrincipal, but not both.';
    await t.expectError(t.kms('ListRetirableGrants', {}), 'ValidationException', message);
    await t.expectError(
      t.kms('ListRetirableGrants', { RetiringPrincipal: rootArn(), RetiringServicePrincipal: 'logs.amazonaws.com' }),
      'ValidationException',
      message,
    );
  });

  it('is an IAM-only permission; answers the real AWS SDK', async () => {
    const t = kmsLab();
    const bob = await t.user('bob');
    await t.expectError(
      t.kms('ListRetirableGrants', { RetiringPrincipal: bob.arn }, { as: bob }),
      'AccessDeniedException',
      `User: ${bob.arn} is not authorized to perform: kms:ListRetirableGrants on resource: * because no identity-based policy allows the kms:ListRetirableGrants action`,
    );
    const reader = await t.user('reader', ['AWSKeyManagementServicePowerUser']);
    await expect(t.kms('ListRetirableGrants', { RetiringPrincipal: bob.arn }, { as: reader })).resolves.toMatchObject({ Grants: [] });
    const keyId = await t.createKey();
    const { GrantId } = await t.kms('CreateGrant', { KeyId: keyId, GranteePrincipal: rootArn(), RetiringPrincipal: bob.arn, Operations: ['Encrypt'] });
    const out = await labKmsClient(t.cloud).send(new ListRetirableGrantsCommand({ RetiringPrincipal: bob.arn }));
    expect(out.Grants?.map((g) => g.GrantId)).toEqual([GrantId]);
  });
});
