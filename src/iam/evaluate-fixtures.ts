/**
 * Shared fixtures for the evaluate tests: a key ARN, key policies built from statements, and a
 * small world of users with managed, inline and group policies.
 */
import { SimulatedClock, seededRandom } from '@/core';
import type { AccessRequest } from './evaluate';
import type { Principal } from './model';
import { parsePolicyObject } from './policy-document';
import { createIamState, principalForUser } from './state';

export const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
export const ROOT = 'arn:aws:iam::111122223333:root';
export const ENABLE_IAM = { Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: ROOT }, Action: 'kms:*', Resource: '*' };

export function keyPolicy(...statements: object[]) {
  const r = parsePolicyObject({ Version: '2012-10-17', Id: 'key-default-1', Statement: statements }, 'resource');
  if (!r.ok) throw new Error(r.problem);
  return { document: r.policy, label: 'Key policy' };
}

export function world() {
  const iam = createIamState(new SimulatedClock(), seededRandom(3));
  const addUser = (name: string, attached: string[] = [], inline: object[] = [], groups: string[] = []) => {
    iam.users[name] = {
      userName: name,
      userId: `AIDA${name.toUpperCase().padEnd(17, 'X')}`,
      arn: `arn:aws:iam::111122223333:user/${name}`,
      path: '/',
      createDate: 0,
      groups,
      attachedPolicies: attached,
      inlinePolicies: inline.map((s, i) => ({ name: `inline${i}`, document: JSON.stringify({ Version: '2012-10-17', Statement: s }) })),
      accessKeys: [],
    };
    return principalForUser(iam, name)!;
  };
  return { iam, addUser };
}

export const req = (principal: Principal, action: string, extra: Partial<AccessRequest> = {}): AccessRequest => ({
  principal,
  action,
  resource: KEY,
  ...extra,
});
