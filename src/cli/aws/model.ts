/**
 * What `aws` knows about services, taken from the cloud's service descriptors and operation
 * registries: commands are operation names in kebab-case, flags are input members in kebab-case.
 * Pagination follows botocore's paginator definitions, as each descriptor declares them (the
 * token names per service, the result key of each List operation). Responses are turned into what botocore hands the CLI's
 * formatters: blobs as base64 text, timestamps as ISO 8601 text (`+00:00`, microseconds only
 * when not zero, as Python's isoformat() writes them).
 */
import { kebab, toBase64 } from '@/core';
import type { AnyOperation, Cloud } from '@/cloud';
import type { PyValue } from './py';
import type { ModelGaps } from '@/cli/shell/types';

/** A service name as `aws` spells it (`kms`, `acm-pca`). */
export type ServiceName = string;

export interface Paginator {
  inputToken: string;
  limitKey: string;
  outputToken: string;
  moreResults: string;
  resultKey: string;
  nonAggregateKeys?: string[];
}

/** The services `aws` offers: those whose descriptor declares a CLI (src/cloud/services), by name. */
export function cliServices(cloud: Cloud): string[] {
  return cloud.services.list
    .filter((d) => d.cli)
    .map((d) => d.name)
    .sort();
}

/** The paginator of a List operation, from its service's descriptor (botocore's paginators-1.json). */
export function paginatorFor(cloud: Cloud, service: ServiceName, op: AnyOperation): Paginator | undefined {
  const cli = cloud.services.get(service)?.cli;
  const entry = cli?.resultKeys[op.name];
  if (!cli || !entry) return undefined;
  const tokens = cli.tokens;
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
