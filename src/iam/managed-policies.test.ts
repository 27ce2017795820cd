import { describe, expect, it } from 'vitest';
import { findManagedPolicy, MANAGED_POLICIES, managedPolicyDocument } from './managed-policies';

describe('AWS managed policies', () => {
  it('have AWS ARNs and ids, and documents that parse as identity policies', () => {
    for (const p of MANAGED_POLICIES) {
      expect(p.arn).toBe(`arn:aws:iam::aws:policy/${p.name}`);
      expect(p.policyId).toMatch(/^ANPA[A-Z0-9]{17}$/);
      expect(managedPolicyDocument(p).statements.length).toBeGreaterThan(0);
    }
  });

  it('carry the real AWSKeyManagementServicePowerUser document', () => {
    const p = findManagedPolicy('arn:aws:iam::aws:policy/AWSKeyManagementServicePowerUser')!;
    expect(p.document).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: [
            'kms:CreateAlias',
            'kms:CreateKey',
            'kms:DeleteAlias',
            'kms:Describe*',
            'kms:GenerateRandom',
            'kms:Get*',
            'kms:List*',
            'kms:TagResource',
            'kms:UntagResource',
            'iam:ListGroups',
            'iam:ListRoles',
            'iam:ListUsers',
          ],
          Resource: '*',
        },
      ],
    });
  });

  it('AdministratorAccess allows everything; PowerUserAccess excludes iam:* by NotAction', () => {
    expect(findManagedPolicy('arn:aws:iam::aws:policy/AdministratorAccess')!.document).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
    });
    const power = managedPolicyDocument(findManagedPolicy('arn:aws:iam::aws:policy/PowerUserAccess')!);
    expect(power.statements[0]!.notAction).toEqual(['iam:*', 'organizations:*', 'account:*']);
  });

  it('finds only exact ARNs', () => {
    expect(findManagedPolicy('arn:aws:iam::aws:policy/administratoraccess')).toBeUndefined();
    expect(findManagedPolicy('arn:aws:iam::111122223333:policy/AdministratorAccess')).toBeUndefined();
  });
});
