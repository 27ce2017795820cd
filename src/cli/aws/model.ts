/**
 * What `aws` knows about services, taken from the cloud's operation registries: commands are
 * operation names in kebab-case, flags are input members in kebab-case. Pagination follows
 * botocore's paginator definitions (data below: the result key of each List operation; the
 * token names are per service). Responses are turned into what botocore hands the CLI's
 * formatters: blobs as base64 text, timestamps as ISO 8601 text (`+00:00`, microseconds only
 * when not zero, as Python's isoformat() writes them).
 */
import { kebab, toBase64 } from '@/core';
import type { AnyOperation, Cloud } from '@/cloud';
import type { PyValue } from './py';
import type { ModelGaps } from '@/cli/shell/types';

export const SERVICES = ['acm', 'acm-pca', 'iam', 'kms', 'sts'] as const;
export type ServiceName = (typeof SERVICES)[number];

export interface Paginator {
  inputToken: string;
  limitKey: string;
  outputToken: string;
  moreResults: string;
  resultKey: string;
  nonAggregateKeys?: string[];
}

const KMS_TOKENS = { inputToken: 'Marker', limitKey: 'Limit', outputToken: 'NextMarker', moreResults: 'Truncated' };
const IAM_TOKENS = { inputToken: 'Marker', limitKey: 'MaxItems', outputToken: 'Marker', moreResults: 'IsTruncated' };
/** ACM and Private CA page with NextToken alone (no "more results" flag: a token means more). */
const ACM_TOKENS = { inputToken: 'NextToken', limitKey: 'MaxItems', outputToken: 'NextToken', moreResults: 'NextToken' };
const PCA_TOKENS = { ...ACM_TOKENS, limitKey: 'MaxResults' };
const TOKENS: Record<ServiceName, Omit<Paginator, 'resultKey'>> = { kms: KMS_TOKENS, iam: IAM_TOKENS, sts: IAM_TOKENS, acm: ACM_TOKENS, 'acm-pca': PCA_TOKENS };

/** botocore's paginators-1.json, reduced to what differs per operation. */
const RESULT_KEYS: Record<ServiceName, Record<string, string | [string, string[]]>> = {
  kms: {
    DescribeCustomKeyStores: 'CustomKeyStores',
    ListAliases: 'Aliases',
    ListGrants: 'Grants',
    ListKeyPolicies: 'PolicyNames',
    ListKeyRotations: 'Rotations',
    ListKeys: 'Keys',
    ListResourceTags: 'Tags',
    ListRetirableGrants: 'Grants',
  },
  iam: {
    GetGroup: ['Users', ['Group']],
    ListAccessKeys: 'AccessKeyMetadata',
    ListAttachedGroupPolicies: 'AttachedPolicies',
    ListAttachedRolePolicies: 'AttachedPolicies',
    ListAttachedUserPolicies: 'AttachedPolicies',
    ListGroupPolicies: 'PolicyNames',
    ListGroups: 'Groups',
    ListGroupsForUser: 'Groups',
    ListPolicies: 'Policies',
    ListRolePolicies: 'PolicyNames',
    ListRoles: 'Roles',
    ListUserPolicies: 'PolicyNames',
    ListUsers: 'Users',
  },
  sts: {},
  acm: { ListCertificates: 'CertificateSummaryList' },
  'acm-pca': { ListCertificateAuthorities: 'CertificateAuthorities' },
};

export function paginatorFor(service: ServiceName, op: AnyOperation): Paginator | undefined {
  const entry = RESULT_KEYS[service][op.name];
  if (!entry) return undefined;
  const tokens = TOKENS[service];
  if (!(tokens.inputToken in op.input.members) || !(tokens.limitKey in op.input.members)) return undefined;
  const [resultKey, nonAggregateKeys] = typeof entry === 'string' ? [entry, undefined] : entry;
  return { ...tokens, resultKey, nonAggregateKeys };
}

/** The operations `aws <service>` offers, by CLI name (an older CLI's missing commands hidden). */
export function commandTable(cloud: Cloud, service: ServiceName, gaps?: ModelGaps): Map<string, AnyOperation> {
  const hidden = new Set(gaps?.commands[service] ?? []);
  const table = new Map<string, AnyOperation>();
  for (const op of cloud.operations(service)) if (!hidden.has(kebab(op.name))) table.set(kebab(op.name), op);
  return new Map([...table.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Python's datetime.isoformat() of a UTC time: `2026-01-01T00:00:00+00:00`, `...00.123000+00:00`. */
export function isoTimestamp(d: Date): string {
  const iso = d.toISOString();
  const ms = d.getUTCMilliseconds();
  return `${iso.slice(0, 19)}${ms ? `.${String(ms * 1000).padStart(6, '0')}` : ''}+00:00`;
}

/** A typed operation output as botocore parses it for the CLI. */
export function toCliData(value: unknown): PyValue {
  if (value instanceof Uint8Array) return toBase64(value);
  if (value instanceof Date) return isoTimestamp(value);
  if (Array.isArray(value)) return value.map(toCliData);
  if (value && typeof value === 'object') {
    const out: Record<string, PyValue> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toCliData(v);
    return out;
  }
  return value as PyValue;
}

/** Removes `a.b`, `List[].x` paths (members an older CLI model does not know). */
export function dropPaths(data: PyValue, paths: readonly string[]): void {
  for (const path of paths) drop(data, path.split('.'));
}

function drop(data: PyValue, parts: string[]): void {
  if (!data || typeof data !== 'object' || data instanceof Uint8Array) return;
  const [head, ...rest] = parts as [string, ...string[]];
  const list = head.endsWith('[]');
  const key = list ? head.slice(0, -2) : head;
  if (Array.isArray(data)) return;
  if (rest.length === 0 && !list) {
    delete data[key];
    return;
  }
  const next = data[key];
  if (list && Array.isArray(next)) next.forEach((item) => drop(item, rest));
  else drop(next ?? null, rest);
}
