/**
 * The read-only facade (rules.ts) answers with the engine's own rules: the default key policy is
 * the one CreateKey writes, keyAccess decides as a call is authorized, and the limits are the
 * operations' own.
 */
import { describe, expect, it } from 'vitest';
import { AwsError, SimulatedClock, seededRandom } from '@/core';
import { principalForUser } from '@/iam/state';
import { createCloud } from './create-cloud';
import { ALIAS_NAME_MAX_LENGTH, customerKeys, defaultKeyPolicy, keyAccess, keyByAlias, keyPolicyAllows, ROTATION_PERIOD_DAYS } from './rules';

const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const arnOf = (name: string) => `arn:aws:iam::111122223333:user/${name}`;

async function account() {
  const cloud = createCloud({ clock: new SimulatedClock(Date.UTC(2026, 0, 1)), random: seededRandom(5) });
  for (const name of ['admin', 'named', 'nobody']) await cloud.call({ service: 'iam', operation: 'CreateUser', input: { UserName: name } });
  await cloud.call({ service: 'iam', operation: 'AttachUserPolicy', input: { UserName: 'admin', PolicyArn: ADMIN } });
  const policy = defaultKeyPolicy({ administrators: [arnOf('named')], users: [arnOf('named')] });
  const { KeyMetadata } = await cloud.call({ service: 'kms', operation: 'CreateKey', input: { Policy: policy } });
  await cloud.call({ service: 'kms', operation: 'CreateAlias', input: { AliasName: 'alias/k', TargetKeyId: KeyMetadata.KeyId } });
  return { cloud, key: keyByAlias(cloud, 'alias/k', 'us-east-1')! };
}

describe('the engine rules facade', () => {
  it('gives the default key policy CreateKey writes, and the console policy with RotateKeyOnDemand for administrators', async () => {
    const cloud = createCloud({ clock: new SimulatedClock(0), random: seededRandom(1) });
    const { KeyMetadata } = await cloud.call({ service: 'kms', operation: 'CreateKey' });
    const written = await cloud.call({ service: 'kms', operation: 'GetKeyPolicy', input: { KeyId: KeyMetadata.KeyId, PolicyName: 'default' } });
    expect(written.Policy).toBe(defaultKeyPolicy());
    const console = JSON.parse(defaultKeyPolicy({ administrators: [arnOf('a')], users: [arnOf('u')] }));
    expect(console.Id).toBe('key-consolepolicy-3');
    expect(console.Statement[1].Action).toContain('kms:RotateKeyOnDemand');
  });

  it('finds keys by alias and lists the customer managed keys', async () => {
    const { cloud, key } = await account();
    expect(customerKeys(cloud, 'us-east-1').map((k) => k.keyId)).toEqual([key.keyId]);
    expect(keyByAlias(cloud, 'alias/k', 'eu-west-1')).toBeUndefined();
    expect(keyByAlias(cloud, 'alias/none', 'us-east-1')).toBeUndefined();
  });

  it('decides as a call is authorized: the key policy naming a user, or IAM through the account statement', async () => {
    const { cloud, key } = await account();
    expect(keyAccess(cloud, key, arnOf('named'), 'kms:Encrypt')).toMatchObject({ allowed: true, reason: 'allowed-by-resource-policy' });
    expect(keyPolicyAllows(cloud, key, arnOf('named'), 'kms:Encrypt')).toBe(true);
    // AdministratorAccess lets admin in through "Enable IAM User Permissions", but the key policy does not name admin.
    expect(keyAccess(cloud, key, arnOf('admin'), 'kms:Encrypt')).toMatchObject({ allowed: true, reason: 'allowed-by-identity-policy' });
    expect(keyPolicyAllows(cloud, key, arnOf('admin'), 'kms:Encrypt')).toBe(false);
    expect(keyAccess(cloud, key, arnOf('nobody'), 'kms:Encrypt')).toMatchObject({ allowed: false, reason: 'no-identity-allow' });
    expect(keyAccess(cloud, key, arnOf('ghost'), 'kms:Encrypt')).toBeUndefined();
    // The same answers as the calls themselves.
    for (const name of ['named', 'admin', 'nobody']) {
      const caller = principalForUser(cloud.state.iam, name)!;
      const r = await cloud.invoke({ service: 'kms', operation: 'Encrypt', input: { KeyId: 'alias/k', Plaintext: new Uint8Array([1]) }, caller });
      expect(r.ok, name).toBe(keyAccess(cloud, key, arnOf(name), 'kms:Encrypt')!.allowed);
    }
    // An explicit deny in the key policy wins over the statement naming the user.
    const deny = JSON.parse(key.policy);
    deny.Statement.push({ Effect: 'Deny', Principal: { AWS: arnOf('named') }, Action: 'kms:Encrypt', Resource: '*' });
    await cloud.call({ service: 'kms', operation: 'PutKeyPolicy', input: { KeyId: key.keyId, PolicyName: 'default', Policy: JSON.stringify(deny) } });
    expect(keyPolicyAllows(cloud, keyByAlias(cloud, 'alias/k', 'us-east-1')!, arnOf('named'), 'kms:Encrypt')).toBe(false);
  });

  it("states the operations' own limits", async () => {
    const { cloud, key } = await account();
    const rotate = (days: number) =>
      cloud.call({ service: 'kms', operation: 'EnableKeyRotation', input: { KeyId: key.keyId, RotationPeriodInDays: days } }).then(
        () => 'ok',
        (e: AwsError) => e.code,
      );
    expect(ROTATION_PERIOD_DAYS).toEqual({ min: 90, max: 2560, default: 365 });
    expect([await rotate(ROTATION_PERIOD_DAYS.min - 1), await rotate(ROTATION_PERIOD_DAYS.min), await rotate(ROTATION_PERIOD_DAYS.max + 1)]).toEqual([
      'ValidationException',
      'ok',
      'ValidationException',
    ]);
    const alias = (name: string) =>
      cloud.call({ service: 'kms', operation: 'CreateAlias', input: { AliasName: name, TargetKeyId: key.keyId } }).then(
        () => 'ok',
        (e: AwsError) => e.code,
      );
    expect(await alias(`alias/${'a'.repeat(ALIAS_NAME_MAX_LENGTH - 6)}`)).toBe('ok');
    expect(await alias(`alias/${'b'.repeat(ALIAS_NAME_MAX_LENGTH - 5)}`)).toBe('ValidationException');
  });
});
