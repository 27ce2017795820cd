import { describe, expect, it } from 'vitest';
import { utf8 } from '@/core';
import { actionMatches } from '@/iam/glob';
import { ADMIN_ACTIONS, DELETE_ACTIONS, userActionsFor } from '@/kms/model/default-policy';
import { createCloud } from './create-cloud';
import { crossedDuties, groupSummary, keyActionGroups, keyInAccount, whoCanWithKey } from './who-can';
import { courseSetup } from './testing/course-setup';

const allowedOf = (rows: ReturnType<typeof whoCanWithKey>, label: string, group: 'use' | 'administer') =>
  rows
    .find((r) => r.label === label)!
    .groups.find((g) => g.id === group)!
    .checks.filter((c) => c.allowed)
    .map((c) => c.action);

const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole' }],
});

describe('who can do what with a key', () => {
  it('in the course setup, AdministratorAccess lets both users use and administer the key; the outsider can do nothing', async () => {
    const { cloud, keyArn, policy } = await courseSetup();
    const rows = whoCanWithKey(cloud, { arn: keyArn, policy });
    expect(rows.map((r) => r.label)).toEqual(['root (the account)', 'user lab-admin', 'user myKeyManager', 'user myKeyUser', 'user outsider']);
    const use = rows[0]!.groups[0]!.checks.map((c) => c.action);
    expect(use).toEqual([
      'kms:Encrypt',
      'kms:Decrypt',
      'kms:ReEncryptFrom',
      'kms:ReEncryptTo',
      'kms:GenerateDataKey',
      'kms:GenerateDataKeyWithoutPlaintext',
      'kms:DescribeKey',
    ]);
    for (const who of ['root (the account)', 'user myKeyManager', 'user myKeyUser']) {
      expect(allowedOf(rows, who, 'use')).toEqual(use);
      expect(allowedOf(rows, who, 'administer')).toContain('kms:ScheduleKeyDeletion');
    }
    expect(allowedOf(rows, 'user outsider', 'use')).toEqual([]);
    expect(allowedOf(rows, 'user outsider', 'administer')).toEqual([]);
    // The reasons differ: the key policy names myKeyUser for use, IAM allows it to administer.
    const user = rows.find((r) => r.label === 'user myKeyUser')!;
    expect(user.groups[0]!.checks[0]!.decision.reason).toBe('allowed-by-resource-policy');
    const schedule = user.groups[1]!.checks.find((c) => c.action === 'kms:ScheduleKeyDeletion')!;
    expect(schedule.decision.reason).toBe('allowed-by-identity-policy');
    expect(schedule.summary).toContain('AdministratorAccess (AWS managed, attached to group myKMSGroup)');
    expect(groupSummary(user.groups[0]!.checks)).toEqual({ allowed: 7, total: 7, bases: ['Key policy, statement "Allow use of the key"'] });
    expect(groupSummary(user.groups[1]!.checks).bases).toEqual([
      'Key policy, statement "Enable IAM User Permissions" + AdministratorAccess (AWS managed, attached to group myKMSGroup), statement 1',
    ]);
    expect(groupSummary(rows.at(-1)!.groups[1]!.checks)).toEqual({ allowed: 0, total: 14, bases: [] });
  });

  it('says what the calls themselves then do: each principal’s Encrypt is decided as the table says', async () => {
    const { cloud, keyArn, policy, who } = await courseSetup();
    await cloud.call({ service: 'iam', operation: 'CreateRole', input: { RoleName: 'App', AssumeRolePolicyDocument: TRUST } });
    const rows = whoCanWithKey(cloud, { arn: keyArn, policy });
    expect(rows.at(-1)!.label).toBe('role App');
    for (const row of rows) {
      const caller = row.principal.type === 'user' ? who(row.principal.name) : row.principal;
      const r = await cloud.invoke({ service: 'kms', operation: 'Encrypt', input: { KeyId: keyArn, Plaintext: utf8('x') }, caller });
      expect([row.label, r.ok]).toEqual([row.label, row.groups[0]!.checks[0]!.allowed]);
    }
  });
});

describe('crossed duties, for the wizard’s review', () => {
  it('names the administrator who can use the key and the user who can administer it, and the IAM policy that allows it', async () => {
    const { cloud, keyArn, policy } = await courseSetup();
    const arn = (n: string) => `arn:aws:iam::111122223333:user/${n}`;
    const found = crossedDuties(cloud, { arn: keyArn, policy, administrators: [arn('myKeyManager')], users: [arn('myKeyUser')] });
    const ADMIN = 'AdministratorAccess (AWS managed, attached to group myKMSGroup)';
    expect(found.map((d) => [d.name, d.chosenAs, d.alsoCan, d.policies])).toEqual([
      ['myKeyManager', 'administrator', 'use', [ADMIN]],
      ['myKeyUser', 'user', 'administer', [ADMIN]],
    ]);
    expect(found[0]!.actions).toContain('kms:Decrypt');
    expect(found[1]!.actions).toContain('kms:ScheduleKeyDeletion');
    // Out of the group, their duties are separate: nothing to warn about.
    for (const n of ['myKeyManager', 'myKeyUser'])
      await cloud.call({ service: 'iam', operation: 'RemoveUserFromGroup', input: { GroupName: 'myKMSGroup', UserName: n } });
    expect(crossedDuties(cloud, { arn: keyArn, policy, administrators: [arn('myKeyManager')], users: [arn('myKeyUser')] })).toEqual([]);
  });
});

describe('the key actions one by one (who can do what)', () => {
  it.each([
    ['SYMMETRIC_DEFAULT', 'ENCRYPT_DECRYPT', 'AWS_KMS'],
    ['SYMMETRIC_DEFAULT', 'ENCRYPT_DECRYPT', 'EXTERNAL'],
    ['RSA_2048', 'ENCRYPT_DECRYPT', 'AWS_KMS'],
    ['ECC_NIST_P256', 'SIGN_VERIFY', 'AWS_KMS'],
    ['HMAC_256', 'GENERATE_VERIFY_MAC', 'AWS_KMS'],
  ] as const)('%s %s %s: every action is one the console statement of its group allows', (keySpec, keyUsage, origin) => {
    const [use, administer] = keyActionGroups(createCloud(), keySpec, keyUsage, origin);
    const patterns = userActionsFor(keySpec, keyUsage);
    expect(patterns.every((p) => use!.actions.some((a) => actionMatches(p, a)))).toBe(true);
    for (const a of use!.actions) expect([a, patterns.some((p) => actionMatches(p, a))]).toEqual([a, true]);
    const adminPatterns = [...ADMIN_ACTIONS, ...DELETE_ACTIONS, 'kms:ImportKeyMaterial', 'kms:RotateKeyOnDemand'];
    for (const a of administer!.actions) expect([a, adminPatterns.some((p) => actionMatches(p, a))]).toEqual([a, true]);
    expect(administer!.actions.includes('kms:ImportKeyMaterial')).toBe(origin === 'EXTERNAL');
    expect(administer!.actions.includes('kms:RotateKeyOnDemand')).toBe(keySpec === 'SYMMETRIC_DEFAULT');
  });
});

describe('who can do what, with what the account holds of the key', () => {
  it("lists the key's grants as an allow source: the outsider may encrypt and decrypt by its grant, nothing else", async () => {
    const { cloud, keyArn, keyId, policy } = await courseSetup();
    const outsider = 'arn:aws:iam::111122223333:user/outsider';
    const { GrantId } = await cloud.call({
      service: 'kms',
      operation: 'CreateGrant',
      input: { KeyId: keyId, GranteePrincipal: outsider, Operations: ['Encrypt', 'Decrypt'], Name: 'app' },
    });
    expect(allowedOf(whoCanWithKey(cloud, { arn: keyArn, policy }), 'user outsider', 'use')).toEqual([]);
    const rows = whoCanWithKey(cloud, { arn: keyArn, policy }, await keyInAccount(cloud, keyArn));
    expect(allowedOf(rows, 'user outsider', 'use')).toEqual(['kms:Encrypt', 'kms:Decrypt']);
    const use = rows.find((r) => r.label === 'user outsider')!.groups[0]!.checks;
    expect(use[0]!.decision.reason).toBe('allowed-by-grant');
    expect(groupSummary(use).bases).toEqual([`Grant ${GrantId} (app)`]);
    expect(allowedOf(rows, 'user outsider', 'administer')).toEqual([]);
  });

  it("decides with the key's own condition keys: an IAM policy on aws:ResourceTag allows once the key has the tag", async () => {
    const { cloud, keyArn, keyId, policy } = await courseSetup();
    const PolicyDocument = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'kms:DescribeKey', Resource: '*', Condition: { StringEquals: { 'aws:ResourceTag/Project': 'alpha' } } }],
    });
    await cloud.call({ service: 'iam', operation: 'PutUserPolicy', input: { UserName: 'outsider', PolicyName: 'abac', PolicyDocument } });
    expect(allowedOf(whoCanWithKey(cloud, { arn: keyArn, policy }, await keyInAccount(cloud, keyArn)), 'user outsider', 'use')).toEqual([]);
    await cloud.call({ service: 'kms', operation: 'TagResource', input: { KeyId: keyId, Tags: [{ TagKey: 'Project', TagValue: 'alpha' }] } });
    expect(allowedOf(whoCanWithKey(cloud, { arn: keyArn, policy }, await keyInAccount(cloud, keyArn)), 'user outsider', 'use')).toEqual(['kms:DescribeKey']);
    expect(await keyInAccount(cloud, keyArn.replace(/key\/.*/, 'key/0000'))).toBeUndefined();
  });
});
