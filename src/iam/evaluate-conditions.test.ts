import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { ENABLE_IAM, KEY, keyPolicy, req, ROOT, world } from './evaluate-fixtures';
import { principalForRole, principalForUser } from './state';

const OTHER_KEY = 'arn:aws:kms:us-east-1:111122223333:key/0987dcba-09fe-87dc-65ba-ab0987654321';

describe('evaluate: wildcards, NotAction and NotResource', () => {
  it('matches kms:Create* and kms:Describe* in a key-administrator statement', () => {
    const { iam, addUser } = world();
    const admin = addUser('keyadmin');
    const policy = keyPolicy({
      Sid: 'Allow access for Key Administrators',
      Effect: 'Allow',
      Principal: { AWS: admin.arn },
      Action: ['kms:Create*', 'kms:Describe*'],
      Resource: '*',
    });
    expect(evaluate(iam, req(admin, 'kms:CreateGrant', { resourcePolicy: policy })).allowed).toBe(true);
    expect(evaluate(iam, req(admin, 'kms:DescribeKey', { resourcePolicy: policy })).allowed).toBe(true);
    expect(evaluate(iam, req(admin, 'kms:Decrypt', { resourcePolicy: policy })).reason).toBe('no-resource-allow');
  });

  it('NotAction allows everything but the listed actions', () => {
    const { iam, addUser } = world();
    const bob = addUser('bob', [], [{ Effect: 'Allow', NotAction: 'kms:ScheduleKeyDeletion', Resource: '*' }]);
    const kp = { resourcePolicy: keyPolicy(ENABLE_IAM) };
    expect(evaluate(iam, req(bob, 'kms:Encrypt', kp)).allowed).toBe(true);
    expect(evaluate(iam, req(bob, 'kms:ScheduleKeyDeletion', kp))).toMatchObject({ allowed: false, reason: 'no-identity-allow' });
  });

  it('NotResource in a Deny protects every key but one', () => {
    const { iam, addUser } = world();
    const bob = addUser('bob', ['arn:aws:iam::aws:policy/AdministratorAccess'], [{ Sid: 'OnlyThisKey', Effect: 'Deny', Action: 'kms:*', NotResource: KEY }]);
    const kp = { resourcePolicy: keyPolicy(ENABLE_IAM) };
    expect(evaluate(iam, req(bob, 'kms:Encrypt', kp)).allowed).toBe(true);
    expect(evaluate(iam, req(bob, 'kms:Encrypt', { ...kp, resource: OTHER_KEY }))).toMatchObject({ allowed: false, reason: 'explicit-deny-identity' });
  });

  it('Resource ARNs with wildcards in identity policies', () => {
    const { iam, addUser } = world();
    const bob = addUser('bob', [], [{ Effect: 'Allow', Action: 'kms:Encrypt', Resource: 'arn:aws:kms:*:111122223333:key/1234abcd-*' }]);
    const kp = { resourcePolicy: keyPolicy(ENABLE_IAM) };
    expect(evaluate(iam, req(bob, 'kms:Encrypt', kp)).allowed).toBe(true);
    expect(evaluate(iam, req(bob, 'kms:Encrypt', { ...kp, resource: OTHER_KEY })).allowed).toBe(false);
  });

  it('policy variables: each user may read only itself', () => {
    const { iam, addUser } = world();
    const bob = addUser('bob', [], [{ Effect: 'Allow', Action: 'iam:GetUser', Resource: 'arn:aws:iam::111122223333:user/${aws:username}' }]);
    expect(evaluate(iam, { principal: bob, action: 'iam:GetUser', resource: bob.arn }).allowed).toBe(true);
    expect(evaluate(iam, { principal: bob, action: 'iam:GetUser', resource: 'arn:aws:iam::111122223333:user/lab-admin' }).allowed).toBe(false);
  });
});

describe('evaluate: conditions', () => {
  const financeOnly = (bobArn: string) =>
    keyPolicy({
      Sid: 'FinanceContext',
      Effect: 'Allow',
      Principal: { AWS: bobArn },
      Action: 'kms:Encrypt',
      Resource: '*',
      Condition: { StringEquals: { 'kms:EncryptionContext:dept': 'finance' } },
    });

  it('encryption context conditions allow only matching requests; a missing key does not match', () => {
    const { iam, addUser } = world();
    const bob = addUser('bob');
    const policy = financeOnly(bob.arn);
    expect(evaluate(iam, req(bob, 'kms:Encrypt', { resourcePolicy: policy, context: { 'kms:EncryptionContext:dept': 'finance' } })).allowed).toBe(true);
    expect(evaluate(iam, req(bob, 'kms:Encrypt', { resourcePolicy: policy, context: { 'kms:EncryptionContext:dept': 'hr' } })).allowed).toBe(false);
    const missing = evaluate(iam, req(bob, 'kms:Encrypt', { resourcePolicy: policy }));
    expect(missing).toMatchObject({ allowed: false, reason: 'no-resource-allow', considered: [] });
  });

  it('IfExists lets requests without the key through', () => {
    const { iam, addUser } = world();
    const bob = addUser('bob');
    const policy = keyPolicy({
      Effect: 'Allow',
      Principal: { AWS: bob.arn },
      Action: 'kms:Encrypt',
      Resource: '*',
      Condition: { StringEqualsIfExists: { 'kms:EncryptionContext:dept': 'finance' } },
    });
    expect(evaluate(iam, req(bob, 'kms:Encrypt', { resourcePolicy: policy })).allowed).toBe(true);
    expect(evaluate(iam, req(bob, 'kms:Encrypt', { resourcePolicy: policy, context: { 'kms:EncryptionContext:dept': 'hr' } })).allowed).toBe(false);
  });

  it('ForAnyValue / ForAllValues on kms:EncryptionContextKeys', () => {
    const { iam, addUser } = world();
    const bob = addUser('bob');
    const any = keyPolicy({
      Effect: 'Allow',
      Principal: { AWS: bob.arn },
      Action: 'kms:Encrypt',
      Resource: '*',
      Condition: { 'ForAnyValue:StringEquals': { 'kms:EncryptionContextKeys': 'dept' } },
    });
    expect(evaluate(iam, req(bob, 'kms:Encrypt', { resourcePolicy: any, context: { 'kms:EncryptionContextKeys': ['project', 'dept'] } })).allowed).toBe(true);
    expect(evaluate(iam, req(bob, 'kms:Encrypt', { resourcePolicy: any })).allowed).toBe(false);
    const all = keyPolicy({
      Effect: 'Allow',
      Principal: { AWS: bob.arn },
      Action: 'kms:Encrypt',
      Resource: '*',
      Condition: { 'ForAllValues:StringEquals': { 'kms:EncryptionContextKeys': ['dept'] } },
    });
    expect(evaluate(iam, req(bob, 'kms:Encrypt', { resourcePolicy: all, context: { 'kms:EncryptionContextKeys': ['project', 'dept'] } })).allowed).toBe(false);
    expect(evaluate(iam, req(bob, 'kms:Encrypt', { resourcePolicy: all, context: { 'kms:EncryptionContextKeys': ['dept'] } })).allowed).toBe(true);
  });

  it('the AWS managed key pattern: Principal "*" limited by kms:CallerAccount (filled in) and kms:ViaService', () => {
    const { iam, addUser } = world();
    const bob = addUser('bob');
    const policy = keyPolicy({
      Sid: 'Allow access through S3 for all principals in the account that are authorized to use S3',
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: ['kms:Encrypt', 'kms:Decrypt'],
      Resource: '*',
      Condition: { StringEquals: { 'kms:CallerAccount': '111122223333', 'kms:ViaService': 's3.us-east-1.amazonaws.com' } },
    });
    expect(evaluate(iam, req(bob, 'kms:Decrypt', { resourcePolicy: policy, context: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } })).allowed).toBe(true);
    expect(evaluate(iam, req(bob, 'kms:Decrypt', { resourcePolicy: policy })).allowed).toBe(false);
    expect(
      evaluate(
        iam,
        req(bob, 'kms:Decrypt', { resourcePolicy: policy, context: { 'kms:ViaService': 's3.us-east-1.amazonaws.com', 'kms:CallerAccount': '444455556666' } }),
      ).allowed,
    ).toBe(false);
  });

  it('the console grant statement needs kms:GrantIsForAWSResource', () => {
    const { iam, addUser } = world();
    const bob = addUser('bob');
    const policy = keyPolicy({
      Sid: 'Allow attachment of persistent resources',
      Effect: 'Allow',
      Principal: { AWS: [bob.arn] },
      Action: ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'],
      Resource: '*',
      Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
    });
    expect(evaluate(iam, req(bob, 'kms:CreateGrant', { resourcePolicy: policy, context: { 'kms:GrantIsForAWSResource': true } })).allowed).toBe(true);
    expect(evaluate(iam, req(bob, 'kms:CreateGrant', { resourcePolicy: policy, context: { 'kms:GrantIsForAWSResource': false } })).allowed).toBe(false);
    expect(evaluate(iam, req(bob, 'kms:CreateGrant', { resourcePolicy: policy })).allowed).toBe(false);
  });

  it('a statement with an unknown operator never applies', () => {
    const { iam, addUser } = world();
    const bob = addUser('bob', [], [{ Effect: 'Deny', Action: 'kms:*', Resource: '*', Condition: { StringEqualsTypo: { 'aws:username': 'bob' } } }]);
    const policy = keyPolicy({ Effect: 'Allow', Principal: { AWS: bob.arn }, Action: 'kms:*', Resource: '*' });
    expect(evaluate(iam, req(bob, 'kms:Encrypt', { resourcePolicy: policy })).allowed).toBe(true);
  });
});

describe('evaluate: principals', () => {
  const trustRole = (w: ReturnType<typeof world>, name: string, path = '/') => {
    w.iam.roles[name] = {
      roleName: name,
      roleId: 'AROAEXAMPLEROLE000001',
      arn: `arn:aws:iam::111122223333:role${path}${name}`,
      path,
      createDate: 0,
      assumeRolePolicyDocument: '{}',
      description: '',
      attachedPolicies: [],
      inlinePolicies: [],
    };
    return w.iam.roles[name]!;
  };

  it('an assumed-role session matches a key policy naming the role ARN', () => {
    const w = world();
    const role = trustRole(w, 'app', '/service/');
    const session = principalForRole(w.iam, 'app', 'i-0abc')!;
    const policy = keyPolicy({ Effect: 'Allow', Principal: { AWS: role.arn }, Action: 'kms:Decrypt', Resource: '*' });
    const d = evaluate(w.iam, req(session, 'kms:Decrypt', { resourcePolicy: policy }));
    expect(d).toMatchObject({ allowed: true, reason: 'allowed-by-resource-policy' });
    const denied = evaluate(w.iam, req(session, 'kms:Encrypt', { resourcePolicy: policy }));
    expect(denied.message).toBe(
      `User: arn:aws:sts::111122223333:assumed-role/app/i-0abc is not authorized to perform: kms:Encrypt on resource: ${KEY} because no resource-based policy allows the kms:Encrypt action`,
    );
  });

  it("a role's attached policies count with the account statement; aws:PrincipalArn is the role ARN", () => {
    const w = world();
    const role = trustRole(w, 'app');
    role.attachedPolicies.push('arn:aws:iam::aws:policy/AdministratorAccess');
    const session = principalForRole(w.iam, 'app')!;
    expect(evaluate(w.iam, req(session, 'kms:Encrypt', { resourcePolicy: keyPolicy(ENABLE_IAM) })).deciding.map((e) => e.source)).toEqual([
      'Key policy',
      'AdministratorAccess (AWS managed, attached to role app)',
    ]);
    const arnCond = keyPolicy({
      Effect: 'Allow',
      Principal: '*',
      Action: 'kms:Encrypt',
      Resource: '*',
      Condition: { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/app' } },
    });
    expect(evaluate(w.iam, req(session, 'kms:Encrypt', { resourcePolicy: arnCond })).allowed).toBe(true);
  });

  it('NotPrincipal excludes a caller only when its whole chain is listed', () => {
    const { iam, addUser } = world();
    const alice = addUser('alice', ['arn:aws:iam::aws:policy/AdministratorAccess']);
    const bob = addUser('bob', ['arn:aws:iam::aws:policy/AdministratorAccess']);
    const withAccount = keyPolicy(ENABLE_IAM, { Effect: 'Deny', NotPrincipal: { AWS: [alice.arn, ROOT] }, Action: 'kms:Decrypt', Resource: '*' });
    expect(evaluate(iam, req(alice, 'kms:Decrypt', { resourcePolicy: withAccount })).allowed).toBe(true);
    expect(evaluate(iam, req(bob, 'kms:Decrypt', { resourcePolicy: withAccount })).reason).toBe('explicit-deny-resource');
    const userOnly = keyPolicy(ENABLE_IAM, { Effect: 'Deny', NotPrincipal: { AWS: alice.arn }, Action: 'kms:Decrypt', Resource: '*' });
    expect(evaluate(iam, req(alice, 'kms:Decrypt', { resourcePolicy: userOnly })).reason).toBe('explicit-deny-resource');
  });

  it('Service principals never match a caller', () => {
    const { iam } = world();
    const admin = principalForUser(iam, 'lab-admin')!;
    const policy = keyPolicy({ Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 'kms:*', Resource: '*' });
    expect(evaluate(iam, req(admin, 'kms:Encrypt', { resourcePolicy: policy })).reason).toBe('no-resource-allow');
  });

  it('a deleted user keeps its ARN but no policy applies any more', () => {
    const { iam, addUser } = world();
    const bob = addUser('bob', ['arn:aws:iam::aws:policy/AdministratorAccess']);
    delete iam.users.bob;
    expect(evaluate(iam, { principal: bob, action: 'kms:CreateKey', resource: '*' }).reason).toBe('no-identity-allow');
  });
});
