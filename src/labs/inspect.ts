/**
 * Read-only helpers the checks use: find a key through its alias, read a key policy's
 * statements, find IAM users and groups, and query the event history. Nothing here changes the
 * account (a check is a pure function of the state).
 */
import { own } from '@/core';
import type { Cloud } from '@/cloud';
type TrailEvent = Cloud['state']['trail'][number];

export const LAB_REGION = 'us-east-1';
export const ADMIN_POLICY_ARN = 'arn:aws:iam::aws:policy/AdministratorAccess';

export type KmsKeyRecord = Cloud['state']['kms'][string]['keys'][string];

const lower = (s: string) => s.toLowerCase();

/** The key an alias points to in a Region (undefined when the alias or the key is missing). */
export function keyByAlias(cloud: Cloud, alias: string, region = LAB_REGION): KmsKeyRecord | undefined {
  const r = own(cloud.state.kms, region);
  const a = own(r?.aliases, alias);
  return a ? own(r!.keys, a.targetKeyId) : undefined;
}

export function aliasTarget(cloud: Cloud, alias: string, region = LAB_REGION): string | undefined {
  return own(own(cloud.state.kms, region)?.aliases, alias)?.targetKeyId;
}

export function customerKeys(cloud: Cloud, region = LAB_REGION): KmsKeyRecord[] {
  return Object.values(own(cloud.state.kms, region)?.keys ?? {}).filter((k) => k.keyManager === 'CUSTOMER');
}

export function findUser(cloud: Cloud, name: string) {
  return Object.values(cloud.state.iam.users).find((u) => lower(u.userName) === lower(name));
}

export function findGroup(cloud: Cloud, name: string) {
  return Object.values(cloud.state.iam.groups).find((g) => lower(g.groupName) === lower(name));
}

export interface Statement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  principals: string[];
  actions: string[];
}

const asList = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);

/** The statements of a key policy (principals as ARNs, actions as written); [] when not JSON. */
export function policyStatements(policy: string): Statement[] {
  try {
    const doc = JSON.parse(policy);
    return (Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement]).filter(Boolean).map((s: any) => ({
      Sid: s.Sid,
      Effect: s.Effect,
      principals: s.Principal === '*' ? ['*'] : asList(s.Principal?.AWS),
      actions: asList(s.Action),
    }));
  } catch {
    return [];
  }
}

/** Does an action pattern of a policy (`kms:Get*`, `kms:*`) cover the action? */
const covers = (pattern: string, action: string) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i').test(action);

/** True when the key policy names this principal ARN directly in an Allow statement covering the action. */
export function policyAllows(policy: string, principalArn: string, action: string): boolean {
  return policyStatements(policy).some((s) => s.Effect === 'Allow' && s.principals.includes(principalArn) && s.actions.some((a) => covers(a, action)));
}

export function policyDenies(policy: string, principalArn: string, action: string): boolean {
  return policyStatements(policy).some(
    (s) => s.Effect === 'Deny' && (s.principals.includes(principalArn) || s.principals.includes('*')) && s.actions.some((a) => covers(a, action)),
  );
}

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
