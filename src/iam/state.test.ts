import { describe, expect, it } from 'vitest';
import { SimulatedClock, seededRandom } from '@/core';
import { createIamState, findAccessKey, identityPolicies, principalForRole, principalForUser, principalIamArn, rootPrincipal } from './state';

const fresh = () => createIamState(new SimulatedClock(Date.UTC(2026, 0, 1)), seededRandom(1));

describe('IAM state', () => {
  it('starts with lab-admin, AdministratorAccess and the documentation example key', () => {
    const iam = fresh();
    expect(Object.keys(iam.users)).toEqual(['lab-admin']);
    const u = iam.users['lab-admin']!;
    expect(u.arn).toBe('arn:aws:iam::111122223333:user/lab-admin');
    expect(u.attachedPolicies).toEqual(['arn:aws:iam::aws:policy/AdministratorAccess']);
    expect(u.accessKeys).toEqual([
      { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', status: 'Active', createDate: Date.UTC(2026, 0, 1) },
    ]);
    expect(iam.groups).toEqual({});
    expect(iam.roles).toEqual({});
  });

  it('is plain data that survives structuredClone', () => {
    const iam = fresh();
    expect(structuredClone(iam)).toEqual(iam);
  });

  it('is repeatable with a seeded Random', () => {
    expect(fresh().users['lab-admin']!.userId).toBe(fresh().users['lab-admin']!.userId);
  });

  it('builds principals for root, users and role sessions', () => {
    const iam = fresh();
    expect(rootPrincipal()).toEqual({ type: 'root', arn: 'arn:aws:iam::111122223333:root', name: 'root', accountId: '111122223333', userId: '111122223333' });
    expect(principalForUser(iam, 'LAB-ADMIN')).toMatchObject({ type: 'user', name: 'lab-admin', arn: 'arn:aws:iam::111122223333:user/lab-admin' });
    expect(principalForUser(iam, 'nobody')).toBeUndefined();
    iam.roles.app = {
      roleName: 'app',
      roleId: 'AROAEXAMPLEEXAMPLE123',
      arn: 'arn:aws:iam::111122223333:role/svc/app',
      path: '/svc/',
      createDate: 0,
      assumeRolePolicyDocument: '{}',
      description: '',
      attachedPolicies: [],
      inlinePolicies: [],
    };
    const session = principalForRole(iam, 'app', 's1')!;
    expect(session).toEqual({
      type: 'role',
      arn: 'arn:aws:sts::111122223333:assumed-role/app/s1',
      name: 'app',
      accountId: '111122223333',
      userId: 'AROAEXAMPLEEXAMPLE123:s1',
      sessionName: 's1',
    });
    expect(principalIamArn(iam, session)).toBe('arn:aws:iam::111122223333:role/svc/app');
    expect(principalForRole(iam, 'none')).toBeUndefined();
  });

  it('finds access keys and their principal', () => {
    const iam = fresh();
    const k = findAccessKey(iam, 'AKIAIOSFODNN7EXAMPLE')!;
    expect(k.principal.arn).toBe('arn:aws:iam::111122223333:user/lab-admin');
    expect(k.secretAccessKey).toBe('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
    expect(k.status).toBe('Active');
    expect(findAccessKey(iam, 'AKIANOTAKEY000000000')).toBeUndefined();
  });

  it("collects a user's own and its groups' policies, and none for root", () => {
    const iam = fresh();
    const u = iam.users['lab-admin']!;
    u.inlinePolicies.push({ name: 'mine', document: '{"Statement":{"Effect":"Allow","Action":"kms:*","Resource":"*"}}' });
    u.inlinePolicies.push({ name: 'broken', document: '{' });
    u.groups.push('myKMSGroup');
    iam.groups.myKMSGroup = {
      groupName: 'myKMSGroup',
      groupId: 'AGPAEXAMPLE',
      arn: 'arn:aws:iam::111122223333:group/myKMSGroup',
      path: '/',
      createDate: 0,
      attachedPolicies: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
      inlinePolicies: [],
    };
    const sources = identityPolicies(iam, principalForUser(iam, 'lab-admin')!).map((p) => p.source);
    expect(sources).toEqual([
      'AdministratorAccess (AWS managed, attached to user lab-admin)',
      'Inline policy mine of user lab-admin',
      'ReadOnlyAccess (AWS managed, attached to group myKMSGroup)',
    ]);
    expect(identityPolicies(iam, rootPrincipal())).toEqual([]);
  });
});
