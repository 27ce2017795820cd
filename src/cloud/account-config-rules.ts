/**
 * The small rules of account-config-check.ts and account-config-acm-check.ts: a problem is thrown
 * as `Bad` with the path where it is, and values go through the engine's own input shapes.
 */
import { dict, isAwsError, isSaneTime, validate } from '@/core';
import type { ServiceName } from './typed';
import { findOperation } from './registry';

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Far above what a learner makes; it bounds the work a hostile file can cause. */
export const MAX_ENTRIES = 5000;

export class Bad extends Error {}
export const fail = (path: string, why: string): never => {
  throw new Bad(`${path} ${why}`);
};

/** A map of the file, as a null-prototype copy: looking up a name finds the file's entries only. */
export function record(v: unknown, path: string): Obj {
  if (!isObj(v)) return fail(path, 'must be an object');
  if (Object.keys(v).length > MAX_ENTRIES) fail(path, `has more than ${MAX_ENTRIES} entries`);
  return dict(v);
}
export const str = (o: Obj, k: string, path: string) => (typeof o[k] === 'string' ? (o[k] as string) : fail(`${path}.${k}`, 'must be a string'));
export const num = (o: Obj, k: string, path: string) =>
  typeof o[k] === 'number' && Number.isFinite(o[k]) ? (o[k] as number) : fail(`${path}.${k}`, 'must be a number');
export const optNum = (o: Obj, k: string, path: string) => o[k] === undefined || num(o, k, path);
/** A date as epoch milliseconds, within the span the lab can show (core/ids.ts isSaneTime). */
export const date = (o: Obj, k: string, path: string) =>
  isSaneTime(o[k]) ? (o[k] as number) : fail(`${path}.${k}`, 'must be a date between 1970-01-01 and 9999-12-31 (epoch milliseconds)');
export const optDate = (o: Obj, k: string, path: string) => o[k] === undefined || date(o, k, path);
export const bool = (o: Obj, k: string, path: string) => (typeof o[k] === 'boolean' ? o[k] : fail(`${path}.${k}`, 'must be true or false'));
export const oneOf = (o: Obj, k: string, values: readonly string[], path: string) =>
  values.includes(o[k] as string) ? (o[k] as string) : fail(`${path}.${k}`, `must be one of ${values.join(', ')}`);
export function strings(o: Obj, k: string, path: string): string[] {
  const v = o[k];
  if (!Array.isArray(v) || v.length > MAX_ENTRIES || !v.every((s) => typeof s === 'string')) return fail(`${path}.${k}`, 'must be a list of strings');
  return v;
}

/** The engine's own input rules, as the named operation would apply them. */
export function shape(service: ServiceName, operation: string, input: Obj, path: string): void {
  const op = findOperation(service, operation);
  if (!op) throw new Error(`No operation ${service}:${operation}`);
  try {
    validate(op.input, input);
  } catch (e) {
    if (isAwsError(e)) fail(path, `is not valid: ${e.message}`);
    throw e;
  }
}
