import { describe, expect, it } from 'vitest';
import { kebab } from '@/core';
import { iamOperations, stsOperations } from './registry';

const EXPECTED = [
  'CreateUser',
  'DeleteUser',
  'GetUser',
  'ListUsers',
  'CreateGroup',
  'DeleteGroup',
  'ListGroups',
  'GetGroup',
  'AddUserToGroup',
  'RemoveUserFromGroup',
  'ListGroupsForUser',
  'AttachGroupPolicy',
  'DetachGroupPolicy',
  'AttachUserPolicy',
  'DetachUserPolicy',
  'PutUserPolicy',
  'PutGroupPolicy',
  'DeleteUserPolicy',
  'DeleteGroupPolicy',
  'ListUserPolicies',
  'ListGroupPolicies',
  'GetUserPolicy',
  'GetGroupPolicy',
  'ListAttachedGroupPolicies',
  'ListAttachedUserPolicies',
  'CreateRole',
  'DeleteRole',
  'GetRole',
  'ListRoles',
  'AttachRolePolicy',
  'DetachRolePolicy',
  'ListAttachedRolePolicies',
  'ListPolicies',
  'GetPolicy',
  'CreateAccessKey',
  'ListAccessKeys',
  'UpdateAccessKey',
  'DeleteAccessKey',
];

describe('IAM and STS registry', () => {
  it('lists every IAM operation once, with its iam: action', () => {
    expect(iamOperations.map((o) => o.name).sort()).toEqual([...EXPECTED].sort());
    for (const op of iamOperations) {
      expect(op.action).toBe(`iam:${op.name}`);
      expect(op.summary.length).toBeGreaterThan(10);
      expect(op.input.type).toBe('structure');
    }
  });

  it('names files like the CLI subcommands', async () => {
    for (const op of [...iamOperations, ...stsOperations]) {
      const mod = (await import(`./${kebab(op.name)}.ts`)) as Record<string, unknown>;
      expect(Object.values(mod)).toContain(op);
    }
  });

  it('has STS GetCallerIdentity', () => {
    expect(stsOperations.map((o) => [o.name, o.action])).toEqual([['GetCallerIdentity', 'sts:GetCallerIdentity']]);
  });
});
