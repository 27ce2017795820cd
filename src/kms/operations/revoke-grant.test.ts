import { RevokeGrantCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { keyArn, utf8 } from '@/core';
import { labKmsClient } from '@/cloud/protocol/testing';
import { buildDefaultPolicy } from '@/kms/model/default-policy';
import { kmsLab } from '@/kms/testing/harness';

const arn = (keyId: string) => keyArn('us-east-1', keyId);

describe('RevokeGrant', () => {
  it("lets a key administrator revoke a grant, which ends the grantee's access at once; key users cannot", async () => {
    const t = kmsLab();
    const admin = await t.user('admin');
    const user = await t.user('user');
    const bob = await t.user('bob');
    const keyId = await t.createKey({ policy: buildDefaultPolicy({ administrators: [admin.arn], users: [user.arn] }) });
    const { GrantId } = await t.kms('CreateGrant', { KeyId: keyId, GranteePrincipal: bob.arn, Operations: ['Encrypt'] });
    await t.kms('Encrypt', { KeyId: keyId, Plaintext: utf8('x') }, { as: bob });
    await t.expectError(
      t.kms('RevokeGrant', { KeyId: keyId, GrantId }, { as: user }),
      'AccessDeniedException',
      `User: ${user.arn} is not authorized to perform: kms:RevokeGrant on resource: ${arn(keyId)} because no identity-based policy allows the kms:RevokeGrant action`,
    );
    await t.expectError(t.kms('RevokeGrant', { KeyId: keyId, GrantId, DryRun: true }, { as: admin }), 'DryRunOperationException');
    await expect(t.kms('RevokeGrant', { KeyId: keyId, GrantId }, { as: admin })).resolves.toEqual({});
    expect((await t.kms('ListGrants', { KeyId: keyId })).Grants).toEqual([]);
    await t.expectError(t.kms('Encrypt', { KeyId: keyId, Plaintext: utf8('x') }, { as: bob }), 'AccessDeniedException');
  });

  it('answers InvalidGrantIdException for a grant the key does not have; takes a key ID or ARN in any key state', async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ alias: 'alias/app' });
    const { GrantId } = await t.kms('CreateGrant', { KeyId: keyId, GranteePrincipal: 'arn:aws:iam::111122223333:role/app', Operations: ['Decrypt'] });
    await t.expectError(
      t.kms('RevokeGrant', { KeyId: keyId, GrantId: '0'.repeat(64) }),
      'InvalidGrantIdException',
      `Grant ID ${'0'.repeat(64)} is not a grant of ${arn(keyId)}.`,
    );
    await t.expectError(t.kms('RevokeGrant', { KeyId: 'alias/app', GrantId }), 'NotFoundException', "Invalid keyId 'alias/app'");
    await t.kms('DisableKey', { KeyId: keyId });
    await t.kms('RevokeGrant', { KeyId: arn(keyId), GrantId });
    expect((await t.kms('ListGrants', { KeyId: keyId })).Grants).toEqual([]);
  });

  it('answers the real AWS SDK', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const { GrantId } = await t.kms('CreateGrant', { KeyId: keyId, GranteePrincipal: 'arn:aws:iam::111122223333:role/app', Operations: ['Decrypt'] });
    await labKmsClient(t.cloud).send(new RevokeGrantCommand({ KeyId: keyId, GrantId }));
    expect(t.cloud.state.trail.at(-1)).toMatchObject({ eventName: 'RevokeGrant', requestParameters: { keyId, grantId: GrantId } });
    expect((await t.kms('ListGrants', { KeyId: keyId })).Grants).toEqual([]);
  });
});
