/**
 * What botocore does to parameters before sending them:
 * - `--cli-binary-format base64` (CLI v2's default): blob text is base64-decoded
 *   (`Invalid base64: "hello"`, status 255, nothing sent); fileb:// bytes are used as they are;
 * - ParamValidator: types, nested required members, unknown members, and the model's minimum
 *   lengths and values, all errors in one report (`Parameter validation failed:`, status 252).
 *   Enums and maximums are left to the service, as botocore does.
 * Then the parameters become the typed input of cloud.call (Uint8Array, Date).
 */
import { dict, utf8, type Shape, type StructureShape } from '@/core';
import { PyValueError, pyB64decode, pyStr, pyType, type PyValue } from './py';

export class InvalidBase64Error extends Error {}
export class ParamValidationError extends Error {}

type Dict = { [k: string]: PyValue };
const isDict = (v: PyValue): v is Dict => !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Uint8Array);

/** Base64DecodeVisitor: decodes text blobs in place. */
export function decodeBlobs(value: PyValue, shape: Shape): PyValue {
  if (shape.type === 'blob') {
    if (typeof value !== 'string') return value;
    const bytes = pyB64decode(value);
    if (!bytes) throw new InvalidBase64Error(`Invalid base64: "${value}"`);
    return bytes;
  }
  if (shape.type === 'structure' && isDict(value)) {
    for (const [k, m] of Object.entries(shape.members)) if (value[k] !== undefined) value[k] = decodeBlobs(value[k], m);
  } else if (shape.type === 'list' && Array.isArray(value)) {
    return value.map((v) => decodeBlobs(v, shape.member));
  } else if (shape.type === 'map' && isDict(value)) {
    for (const k of Object.keys(value)) value[k] = decodeBlobs(value[k], shape.value);
  }
  return value;
}

function parseTimestamp(v: PyValue): Date | undefined {
  if (typeof v === 'number') return epochSeconds(v, String(v));
  if (typeof v !== 'string') return undefined;
  if (/^\s*-?\d+(\.\d+)?\s*$/.test(v)) return epochSeconds(Number(v), v);
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

/** Epoch seconds as a date; beyond what a date holds, the AWS CLI's own error (exit 255), worded as it words it. */
function epochSeconds(seconds: number, text: string): Date {
  const date = new Date(seconds * 1000);
  if (Number.isNaN(date.getTime())) throw new PyValueError(`Unable to calculate correct timezone offset for "${text}"`);
  return date;
}

export function validateParams(params: Dict, shape: StructureShape): void {
  const errors: string[] = [];
  const name = (n: string) => (n === '' ? 'input' : n.startsWith('.') ? n.slice(1) : n);
  const invalidType = (n: string, v: PyValue, types: string) =>
    errors.push(`Invalid type for parameter ${name(n)}, value: ${pyStr(v)}, type: ${pyType(v)}, valid types: ${types}`);
  const length = (n: string, len: number, min: number | undefined) => {
    if (min !== undefined && len < min) errors.push(`Invalid length for parameter ${name(n)}, value: ${len}, valid min length: ${min}`);
  };
  const check = (v: PyValue, s: Shape, n: string): void => {
    switch (s.type) {
      case 'structure': {
        if (!isDict(v)) return void invalidType(n, v, "<class 'dict'>");
        for (const r of s.required ?? []) if (!Object.hasOwn(v, r)) errors.push(`Missing required parameter in ${name(n)}: "${r}"`);
        for (const k of Object.keys(v)) {
          if (!Object.hasOwn(s.members, k)) errors.push(`Unknown parameter in ${name(n)}: "${k}", must be one of: ${Object.keys(s.members).join(', ')}`);
        }
        for (const k of Object.keys(v)) if (Object.hasOwn(s.members, k)) check(v[k], s.members[k]!, `${n}.${k}`);
        return;
      }
      case 'string':
        if (typeof v !== 'string') return void invalidType(n, v, "<class 'str'>");
        return length(n, Array.from(v).length, s.min);
      case 'list':
        if (!Array.isArray(v)) return void invalidType(n, v, "<class 'list'>, <class 'tuple'>");
        length(n, v.length, s.min);
        v.forEach((item, i) => check(item, s.member, `${n}[${i}]`));
        return;
      case 'map':
        if (!isDict(v)) return void invalidType(n, v, "<class 'dict'>");
        for (const [k, item] of Object.entries(v)) {
          check(k, s.key, `${n} (key: ${k})`);
          check(item, s.value, `${n}.${k}`);
        }
        return;
      case 'integer':
        if (typeof v !== 'number' && typeof v !== 'boolean') return void invalidType(n, v, "<class 'int'>");
        if (typeof v === 'number' && !Number.isInteger(v)) return void invalidType(n, v, "<class 'int'>");
        if (s.min !== undefined && Number(v) < s.min) errors.push(`Invalid value for parameter ${name(n)}, value: ${pyStr(v)}, valid min value: ${s.min}`);
        return;
      case 'boolean':
        if (typeof v !== 'boolean') invalidType(n, v, "<class 'bool'>");
        return;
      case 'blob':
        if (typeof v !== 'string' && !(v instanceof Uint8Array)) invalidType(n, v, "<class 'bytes'>, <class 'bytearray'>, file-like object");
        return;
      case 'timestamp':
        if (!parseTimestamp(v)) invalidType(n, v, "<class 'datetime.datetime'>, timestamp-string");
        return;
    }
  };
  check(params, shape, '');
  if (errors.length) throw new ParamValidationError(`Parameter validation failed:\n${errors.join('\n')}`);
}

/** Validated parameters -> the typed input cloud.call expects. */
export function toInput(value: PyValue, shape: Shape): unknown {
  switch (shape.type) {
    case 'blob':
      return typeof value === 'string' ? utf8(value) : value;
    case 'timestamp':
      return parseTimestamp(value);
    case 'structure': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value as Dict)) if (Object.hasOwn(shape.members, k)) out[k] = toInput(v, shape.members[k]!);
      return out;
    }
    case 'list':
      return (value as PyValue[]).map((v) => toInput(v, shape.member));
    case 'map': {
      // The keys are the user's (an encryption context): a null-prototype map keeps `__proto__` as an entry.
      const out = dict<unknown>();
      for (const [k, v] of Object.entries(value as Dict)) out[k] = toInput(v, shape.value);
      return out;
    }
    default:
      return typeof value === 'boolean' && shape.type === 'integer' ? Number(value) : value;
  }
}
