/**
 * Your data with grants: a key's grants are part of its configuration, so the file carries them
 * (grantee, retiring principal, operations, constraints, name, date) and the rebuilt account's key
 * allows the grantee as before; a file whose grant CreateGrant would refuse is refused with its path.
 */
import { describe, expect, it } from 'vitest';
import { SimulatedClock, seededRandom, utf8 } from '@/core';
import { principalForUser } from '@/iam/state';
import { accountConfiguration, rebuildAccount } from './account-config';
import { checkAccountConfiguration } from './account-config-check';
import { createCloud } from './create-cloud';

async function accountWithGrant() {
  const cloud = createCloud({ clock: new SimulatedClock(Date.UTC(2026, 0, 1)), random: seededRandom(81) });
  await cloud.call({ service: 'iam', operation: 'CreateUser', input: { UserName: 'bob' } });
  const { KeyMetadata } = await cloud.call({ service: 'kms', operation: 'CreateKey', input: {} });
  const { GrantId } = await cloud.call({
    service: 'kms',
    operation: 'CreateGrant',
    input: {
      KeyId: KeyMetadata.KeyId,
      GranteePrincipal: principalForUser(cloud.state.iam, 'bob')!.arn,
      Operations: ['Encrypt'],
      Constraints: { EncryptionContextSubset: { app: 'web' } },
      Name: 'web',
    },
  });
  return { cloud, keyId: KeyMetadata.KeyId as string, grantId: GrantId as string };
}

describe('Your data with grants', () => {
  it('carries a key’s grants, and the rebuilt key allows the grantee as before', async () => {
    const { cloud, keyId, grantId } = await accountWithGrant();
    const config = JSON.parse(JSON.stringify(accountConfiguration(cloud.snapshot())));
    expect(checkAccountConfiguration(config)).toBeUndefined();
    const { state } = await rebuildAccount(config, { random: seededRandom(9) });
    const rebuilt = createCloud({ clock: new SimulatedClock(Date.UTC(2026, 0, 2)), random: seededRandom(10), state });
    const listed = await rebuilt.call({ service: 'kms', operation: 'ListGrants', input: { KeyId: keyId } });
    expect(listed.Grants).toEqual((await cloud.call({ service: 'kms', operation: 'ListGrants', input: { KeyId: keyId } })).Grants);
    expect(listed.Grants[0]?.GrantId).toBe(grantId);
    const bob = principalForUser(rebuilt.state.iam, 'bob')!;
    const input = { KeyId: keyId, Plaintext: utf8('x'), EncryptionContext: { app: 'web' } };
    await expect(rebuilt.call({ service: 'kms', operation: 'Encrypt', input, caller: bob })).resolves.toBeTruthy();
  });

  it('refuses a grant that CreateGrant would refuse, naming where it is', async () => {
    const { cloud, keyId } = await accountWithGrant();
    const config = JSON.parse(JSON.stringify(accountConfiguration(cloud.snapshot())));
    const grant = config.kms['us-east-1'].keys[keyId].grants[0];
    grant.operations = ['Fly'];
    expect(checkAccountConfiguration(config)).toMatch(new RegExp(`^account\\.kms\\["us-east-1"\\]\\.keys\\["${keyId}"\\]\\.grants\\[0\\] is not valid: .*Fly`));
    grant.operations = ['Encrypt'];
    grant.grantId = 'nope';
    expect(checkAccountConfiguration(config)).toContain('.grants[0].grantId must be 64 hexadecimal characters, once per key');
  });
});
