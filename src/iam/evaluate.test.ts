import { describe, expect, it } from 'vitest';
import { evaluate, ROOT_IMPLICIT_ALLOW, type AccessRequest } from './evaluate';
import { ENABLE_IAM, KEY, keyPolicy, req, ROOT, world } from './evaluate-fixtures';
import type { IamState } from './model';
import { principalForUser, rootPrincipal } from './state';

const decide = (iam: IamState, r: AccessRequest) => evaluate(iam, r);

describe('evaluate: key policy and IAM combined', () => {
  it('allows when the key policy allows the account and an IAM policy allows the caller', () => {
    const { iam } = world();
    const d = decide(iam, req(principalForUser(iam, 'lab-admin')!, 'kms:Encrypt', { resourcePolicy: keyPolicy(ENABLE_IAM) }));
    expect(d).toMatchObject({ allowed: true, reason: 'allowed-by-identity-policy', message: '' });
    expect(d.deciding.map((e) => [e.source, e.sid, e.statementIndex, e.effect])).toEqual([
      ['Key policy', 'Enable IAM User Permissions', 0, 'Allow'],
      ['AdministratorAccess (AWS managed, attached to user lab-admin)', undefined, 0, 'Allow'],
    ]);
    expect(d.deciding[1]!.statement).toEqual({ Effect: 'Allow', Action: '*', Resource: '*' });
    // The key policy's statement counts as the account's delegation to IAM, not as an allow of the caller.
    expect(d.deciding.map((e) => [e.from, e.viaAccount])).toEqual([
      ['resource', true],
      ['identity', undefined],
    ]);
  });

  it('denies with "no identity-based policy" when the key policy delegates to IAM but IAM allows nothing', () => {
    const { iam, addUser } = world();
    const bob = addUser('bob');
    const d = decide(iam, req(bob, 'kms:Encrypt', { resourcePolicy: keyPolicy(ENABLE_IAM) }));
    expect(d).toMatchObject({ allowed: false, reason: 'no-identity-allow', deciding: [] });
    expect(d.message).toBe(
      `User: arn:aws:iam::111122223333:user/bob is not authorized to perform: kms:Encrypt on resource: ${KEY} because no identity-based policy allows the kms:Encrypt action`,
    );
    expect(d.considered.map((e) => e.sid)).toEqual(['Enable IAM User Permissions']);
  });

  it('ignores IAM allows when the key policy has no account statement ("no resource-based policy")', () => {
    const { iam, addUser } = world();
    const alice = 'arn:aws:iam::111122223333:user/alice';
    const bob = addUser('bob', ['arn:aws:iam::aws:policy/AdministratorAccess']);
    const policy = keyPolicy({ Effect: 'Allow', Principal: { AWS: alice }, Action: 'kms:*', Resource: '*' });
    const d = decide(iam, req(bob, 'kms:DescribeKey', { resourcePolicy: policy }));
    expect(d).toMatchObject({ allowed: false, reason: 'no-resource-allow' });
    expect(d.message).toBe(
      `User: arn:aws:iam::111122223333:user/bob is not authorized to perform: kms:DescribeKey on resource: ${KEY} because no resource-based policy allows the kms:DescribeKey action`,
    );
    expect(d.considered.map((e) => e.source)).toEqual(['AdministratorAccess (AWS managed, attached to user bob)']);
  });

  it('allows a caller the key policy names directly, without any IAM policy', () => {
    const { iam, addUser } = world();
    const bob = addUser('bob');
    const policy = keyPolicy(ENABLE_IAM, {
      Sid: 'Allow use of the key',
      Effect: 'Allow',
      Principal: { AWS: [bob.arn] },
      Action: ['kms:Encrypt', 'kms:Decrypt'],
      Resource: '*',
    });
    const d = decide(iam, req(bob, 'kms:Decrypt', { resourcePolicy: policy }));
    expect(d).toMatchObject({ allowed: true, reason: 'allowed-by-resource-policy' });
    expect(d.deciding.map((e) => e.sid)).toEqual(['Allow use of the key']);
    expect(d.considered.map((e) => e.sid)).toEqual(['Enable IAM User Permissions', 'Allow use of the key']);
  });

  it('an explicit deny in the key policy wins over every allow', () => {
    const { iam } = world();
    const deny = { Sid: 'NoDecrypt', Effect: 'Deny', Principal: '*', Action: 'kms:Decrypt', Resource: '*' };
    const d = decide(iam, req(principalForUser(iam, 'lab-admin')!, 'kms:Decrypt', { resourcePolicy: keyPolicy(ENABLE_IAM, deny) }));
    expect(d).toMatchObject({ allowed: false, reason: 'explicit-deny-resource' });
    expect(d.deciding.map((e) => e.sid)).toEqual(['NoDecrypt']);
    expect(d.message).toBe(
      `User: arn:aws:iam::111122223333:user/lab-admin is not authorized to perform: kms:Decrypt on resource: ${KEY} with an explicit deny in a resource-based policy`,
    );
    expect(d.considered).toHaveLength(3);
  });

  it('an explicit deny in an identity policy wins over a direct key-policy allow', () => {
    const { iam, addUser } = world();
    const bob = addUser('bob', [], [{ Sid: 'NoKms', Effect: 'Deny', Action: 'kms:*', Resource: '*' }]);
    const policy = keyPolicy({ Effect: 'Allow', Principal: { AWS: bob.arn }, Action: 'kms:*', Resource: '*' });
    const d = decide(iam, req(bob, 'kms:Encrypt', { resourcePolicy: policy }));
    expect(d).toMatchObject({ allowed: false, reason: 'explicit-deny-identity' });
    expect(d.deciding).toEqual([
      {
        source: 'Inline policy inline0 of user bob',
        sid: 'NoKms',
        statementIndex: 0,
        effect: 'Deny',
        statement: { Sid: 'NoKms', Effect: 'Deny', Action: 'kms:*', Resource: '*' },
        from: 'identity',
      },
    ]);
    expect(d.message).toMatch(/with an explicit deny in an identity-based policy$/);
  });

  it('a Deny naming the account applies to its users', () => {
    const { iam } = world();
    const deny = { Effect: 'Deny', Principal: { AWS: '111122223333' }, Action: 'kms:ScheduleKeyDeletion', Resource: '*' };
    const d = decide(iam, req(principalForUser(iam, 'lab-admin')!, 'kms:ScheduleKeyDeletion', { resourcePolicy: keyPolicy(ENABLE_IAM, deny) }));
    expect(d.reason).toBe('explicit-deny-resource');
  });
});

describe('evaluate: root, groups and IAM-only actions', () => {
  it('root: "allows the account" is direct; without it root is denied too', () => {
    const { iam } = world();
    const root = rootPrincipal();
    expect(decide(iam, req(root, 'kms:PutKeyPolicy', { resourcePolicy: keyPolicy(ENABLE_IAM) }))).toMatchObject({
      allowed: true,
      reason: 'allowed-by-resource-policy',
    });
    const other = keyPolicy({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:user/alice' }, Action: 'kms:*', Resource: '*' });
    const d = decide(iam, req(root, 'kms:PutKeyPolicy', { resourcePolicy: other }));
    expect(d).toMatchObject({ allowed: false, reason: 'no-resource-allow' });
    expect(d.message).toContain(`User: ${ROOT} is not authorized to perform: kms:PutKeyPolicy`);
    const deny = keyPolicy(ENABLE_IAM, { Effect: 'Deny', Principal: '*', Action: 'kms:*', Resource: '*' });
    expect(decide(iam, req(root, 'kms:Encrypt', { resourcePolicy: deny })).reason).toBe('explicit-deny-resource');
  });

  it('root needs no IAM policy for IAM-only actions', () => {
    const { iam } = world();
    const d = decide(iam, { principal: rootPrincipal(), action: 'kms:CreateKey', resource: '*' });
    expect(d).toMatchObject({ allowed: true, reason: 'allowed-by-identity-policy', deciding: [ROOT_IMPLICIT_ALLOW] });
  });

  it('applies the policies of the groups a user is in', () => {
    const { iam, addUser } = world();
    iam.groups.myKMSGroup = {
      groupName: 'myKMSGroup',
      groupId: 'AGPAX',
      arn: 'arn:aws:iam::111122223333:group/myKMSGroup',
      path: '/',
      createDate: 0,
      attachedPolicies: ['arn:aws:iam::aws:policy/AWSKeyManagementServicePowerUser'],
      inlinePolicies: [],
    };
    const bob = addUser('bob', [], [], ['myKMSGroup']);
    const create = decide(iam, { principal: bob, action: 'kms:CreateKey', resource: '*' });
    expect(create).toMatchObject({ allowed: true, reason: 'allowed-by-identity-policy' });
    expect(create.deciding.map((e) => e.source)).toEqual(['AWSKeyManagementServicePowerUser (AWS managed, attached to group myKMSGroup)']);
    const enc = decide(iam, req(bob, 'kms:Encrypt', { resourcePolicy: keyPolicy(ENABLE_IAM) }));
    expect(enc).toMatchObject({ allowed: false, reason: 'no-identity-allow' });
    expect(decide(iam, req(bob, 'kms:DescribeKey', { resourcePolicy: keyPolicy(ENABLE_IAM) })).allowed).toBe(true);
  });

  it('IAM-only actions need an identity allow, with resource * in the message', () => {
    const { iam, addUser } = world();
    const bob = addUser('bob');
    const d = decide(iam, { principal: bob, action: 'kms:ListKeys', resource: '*' });
    expect(d.message).toBe(
      'User: arn:aws:iam::111122223333:user/bob is not authorized to perform: kms:ListKeys on resource: * because no identity-based policy allows the kms:ListKeys action',
    );
    const admin = principalForUser(iam, 'lab-admin')!;
    expect(decide(iam, { principal: admin, action: 'iam:CreateUser', resource: 'arn:aws:iam::111122223333:user/carol' }).allowed).toBe(true);
  });

  it('PowerUserAccess allows KMS but not IAM (NotAction), except iam:ListRoles', () => {
    const { iam, addUser } = world();
    const dev = addUser('dev', ['arn:aws:iam::aws:policy/PowerUserAccess']);
    expect(decide(iam, { principal: dev, action: 'kms:CreateKey', resource: '*' }).allowed).toBe(true);
    expect(decide(iam, { principal: dev, action: 'iam:CreateUser', resource: 'arn:aws:iam::111122223333:user/x' })).toMatchObject({
      allowed: false,
      reason: 'no-identity-allow',
    });
    expect(decide(iam, { principal: dev, action: 'iam:ListRoles', resource: 'arn:aws:iam::111122223333:role/' }).allowed).toBe(true);
  });

  it('ReadOnlyAccess allows Describe/Get/List only', () => {
    const { iam, addUser } = world();
    const ro = addUser('ro', ['arn:aws:iam::aws:policy/ReadOnlyAccess']);
    const kp = { resourcePolicy: keyPolicy(ENABLE_IAM) };
    expect(decide(iam, req(ro, 'kms:DescribeKey', kp)).allowed).toBe(true);
    expect(decide(iam, req(ro, 'kms:GetKeyPolicy', kp)).allowed).toBe(true);
    expect(decide(iam, req(ro, 'kms:Encrypt', kp)).allowed).toBe(false);
    expect(decide(iam, { principal: ro, action: 'iam:ListUsers', resource: 'arn:aws:iam::111122223333:user/' }).allowed).toBe(true);
  });
});
