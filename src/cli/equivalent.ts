/**
 * The AWS CLI command that does what a console action just did: `aws kms create-key
 * --description "..." --tags TagKey=a,TagValue=b`. Derived from the operation's input shape in
 * the registry, as the shell's `aws` command is, so the console teaches the CLI it will meet.
 * Conventions of the AWS CLI v2 (https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-shorthand.html):
 * members become kebab-case flags; blobs are read from files (`fileb://`, a placeholder name
 * here, since the console's bytes are not in a file); booleans are `--flag` / `--no-flag`;
 * maps and structures use the shorthand `k=v,k2=v2`; lists of scalars are space-separated
 * values; lists of structures are space-separated shorthand items. Values the shorthand cannot
 * carry (commas, `=`, brackets, quotes, nested structures) fall back to JSON, as the CLI accepts.
 * Every value is quoted for a POSIX shell.
 */
import { loadedOperations, loadOperations } from '@/cloud/services';
import { kebab, type Shape, type StructureShape } from '@/core';
import type { ServiceName } from '@/cloud';

/** Characters a POSIX shell takes literally outside quotes. */
const SHELL_SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** Quotes a word for bash/zsh: single quotes, with embedded single quotes as '\''. */
export function shellQuote(word: string): string {
  if (word !== '' && SHELL_SAFE.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** A scalar the shorthand syntax can carry as it is (no separators, brackets, quotes or spaces). */
const SHORTHAND_SAFE = /^[^,=[\]{}"'\s\\]+$/;

function scalarText(shape: Shape, value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (shape.type === 'timestamp' && typeof value === 'number') return new Date(value).toISOString();
  return String(value);
}

/** `Key=Value,Key2=Value2` for a flat structure or map of shorthand-safe scalars; undefined otherwise. */
function shorthand(entries: [string, unknown][], shapeOf: (k: string) => Shape | undefined): string | undefined {
  const parts: string[] = [];
  for (const [k, v] of entries) {
    if (v === undefined) continue;
    const s = shapeOf(k);
    if (!s || !['string', 'integer', 'boolean', 'timestamp'].includes(s.type)) return undefined;
    const text = scalarText(s, v);
    if (!SHORTHAND_SAFE.test(k) || !SHORTHAND_SAFE.test(text)) return undefined;
    parts.push(`${k}=${text}`);
  }
  return parts.length ? parts.join(',') : undefined;
}

/** JSON as the CLI reads it: dates as ISO strings, blobs left out (they cannot be inlined). */
function json(value: unknown): string {
  return JSON.stringify(value, (_k, v) => (v instanceof Uint8Array ? undefined : v));
}

function structureShorthand(shape: StructureShape, value: Record<string, unknown>): string | undefined {
  return shorthand(Object.entries(value), (k) => shape.members[k]);
}

function mapShorthand(shape: Extract<Shape, { type: 'map' }>, value: Record<string, unknown>): string | undefined {
  return shorthand(Object.entries(value), () => shape.value);
}

/** The words after the flag for one member (empty for booleans, whose value is in the flag). */
function valueWords(member: string, shape: Shape, value: unknown): string[] {
  switch (shape.type) {
    case 'blob':
      return [`fileb://${kebab(member)}.bin`];
    case 'boolean':
      return [];
    case 'string':
    case 'integer':
    case 'timestamp':
      return [shellQuote(scalarText(shape, value))];
    case 'map': {
      const v = value as Record<string, unknown>;
      return [shellQuote(mapShorthand(shape, v) ?? json(v))];
    }
    case 'structure': {
      const v = value as Record<string, unknown>;
      return [shellQuote(structureShorthand(shape, v) ?? json(v))];
    }
    case 'list': {
      const items = value as unknown[];
      const m = shape.member;
      if (m.type === 'structure') {
        const each = items.map((item) => structureShorthand(m, item as Record<string, unknown>));
        if (each.every((s): s is string => s !== undefined)) return each.map(shellQuote);
        return [shellQuote(json(items))];
      }
      if (m.type === 'string' || m.type === 'integer' || m.type === 'timestamp') return items.map((item) => shellQuote(scalarText(m, item)));
      return [shellQuote(json(items))];
    }
  }
}

export interface CliCall {
  service: ServiceName;
  operation: string;
  input?: Record<string, unknown>;
  region?: string;
}

/**
 * The command line, e.g. `aws iam create-user --user-name myKeyManager`. Members are listed in
 * the order of the operation's shape; members the shape does not know are dropped (AWS ignores
 * them too). An operation missing from the registry is still spelled out from its name. The
 * shapes are those of loaded services (src/cloud/services.ts: ACM and the certificate users load
 * on first use, see `loadServicesOf`), so the first screen does not carry every service.
 */
export function cliEquivalent(service: ServiceName, operation: string, input: Record<string, unknown> = {}, region?: string): string {
  const shape = loadedOperations(service)?.find((op) => op.name === operation)?.input;
  const words = ['aws', service, kebab(operation), ...(shape ? cliFlags(shape, input) : [])];
  if (region) words.push('--region', shellQuote(region));
  return words.join(' ');
}

/** The flags and values of an input, already shell-quoted, in the order of the shape's members. */
export function cliFlags(shape: StructureShape, input: Record<string, unknown>): string[] {
  const words: string[] = [];
  for (const [member, memberShape] of Object.entries(shape.members)) {
    const value = input[member];
    if (value === undefined || value === null) continue;
    const flag = `--${kebab(member)}`;
    if (memberShape.type === 'boolean') words.push(value ? flag : `--no-${kebab(member)}`);
    else words.push(flag, ...valueWords(member, memberShape, value));
  }
  return words;
}

/** The same for a recorded call. */
/** Loads the services of these calls that are not loaded yet; undefined when all are (nothing to wait for). */
export function loadServicesOf(calls: readonly CliCall[]): Promise<unknown> | undefined {
  const missing = [...new Set(calls.map((c) => c.service))].filter((s) => !loadedOperations(s));
  return missing.length ? Promise.all(missing.map(loadOperations)) : undefined;
}

export const cliCommand = (c: CliCall) => cliEquivalent(c.service, c.operation, c.input, c.region);
