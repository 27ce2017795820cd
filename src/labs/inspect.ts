/**
 * Read-only helpers the checks use: find a key through its alias, ask what a key policy allows,
 * find IAM users and groups, and query the event history. Nothing here changes the account (a
 * check is a pure function of the state). The KMS rules come from the engine (src/cloud/rules.ts).
 */
import { own } from '@/core';
import type { Cloud } from '@/cloud';
import { customerKeys as engineCustomerKeys, keyByAlias as engineKeyByAlias, keyPolicyAllows, type KmsKey } from '@/cloud/rules';
type TrailEvent = Cloud['state']['trail'][number];

export const LAB_REGION = 'us-east-1';
export const ADMIN_POLICY_ARN = 'arn:aws:iam::aws:policy/AdministratorAccess';

export type KmsKeyRecord = KmsKey;

const lower = (s: string) => s.toLowerCase();

/** The key an alias points to in a Region (undefined when the alias or the key is missing). */
export const keyByAlias = (cloud: Cloud, alias: string, region = LAB_REGION): KmsKeyRecord | undefined => engineKeyByAlias(cloud, alias, region);

export function aliasTarget(cloud: Cloud, alias: string, region = LAB_REGION): string | undefined {
  return own(own(cloud.state.kms, region)?.aliases, alias)?.targetKeyId;
}

export const customerKeys = (cloud: Cloud, region = LAB_REGION): KmsKeyRecord[] => engineCustomerKeys(cloud, region);

export function findUser(cloud: Cloud, name: string) {
  return Object.values(cloud.state.iam.users).find((u) => lower(u.userName) === lower(name));
}

export function findGroup(cloud: Cloud, name: string) {
  return Object.values(cloud.state.iam.groups).find((g) => lower(g.groupName) === lower(name));
}

/** True when the key policy itself allows the principal the action (a statement naming it): the engine's evaluation. */
export const policyAllows = (cloud: Cloud, key: KmsKeyRecord, principalArn: string, action: string): boolean =>
  keyPolicyAllows(cloud, key, principalArn, action);

export interface EventQuery {
  name: string;
  /** The key's ARN among the event's resources. */
  keyArn?: string;
  userName?: string;
  /** 'ok' = no error; a code = that error; undefined = either. */
  outcome?: 'ok' | string;
  /** Only events recorded after this position of the history (an index into the trail). */
  afterIndex?: number;
  region?: string;
}

/** Events of the history that match, oldest first. */
export function events(cloud: Cloud, q: EventQuery): TrailEvent[] {
  return cloud.state.trail.filter((e, i) => {
    if (q.afterIndex !== undefined && i <= q.afterIndex) return false;
    if (e.eventName !== q.name) return false;
    if (q.region && e.awsRegion !== q.region) return false;
    if (q.keyArn && !e.resources?.some((r) => r.ARN === q.keyArn)) return false;
    if (q.userName && lower(e.userIdentity.userName ?? '') !== lower(q.userName)) return false;
    if (q.outcome === 'ok' && e.errorCode) return false;
    if (q.outcome && q.outcome !== 'ok' && e.errorCode !== q.outcome) return false;
    return true;
  });
}

export const lastEvent = (cloud: Cloud, q: EventQuery) => events(cloud, q).at(-1);
export const firstEvent = (cloud: Cloud, q: EventQuery) => events(cloud, q)[0];
export const indexOf = (cloud: Cloud, e: TrailEvent | undefined) => (e ? cloud.state.trail.indexOf(e) : -1);
