/**
 * Input shapes, written once per operation, drive four things: validation with AWS's
 * Coral-style messages, wire (de)serialization of blobs, CLI flags and help pages.
 * Message grammar: docs/aws-behaviour.md, "Errors".
 */
import { dict, sameKind, setOwn } from './dict';
import { AwsError } from './errors';

export type Shape =
  /** `sensitive`: a secret (a password, a private key, plaintext): never recorded, never echoed in an error message. */
  | { type: 'string'; min?: number; max?: number; pattern?: string; enum?: readonly string[]; sensitive?: boolean; doc?: string }
  | { type: 'blob'; min?: number; max?: number; sensitive?: boolean; doc?: string }
  | { type: 'integer'; min?: number; max?: number; doc?: string }
  | { type: 'boolean'; doc?: string }
  | { type: 'timestamp'; doc?: string }
  | { type: 'map'; key: Shape; value: Shape; max?: number; doc?: string }
  | { type: 'list'; member: Shape; min?: number; max?: number; doc?: string }
  | StructureShape;

export interface StructureShape {
  type: 'structure';
  members: Record<string, Shape>;
  required?: readonly string[];
  doc?: string;
}

export const str = (o: Omit<Extract<Shape, { type: 'string' }>, 'type'> = {}): Shape => ({ type: 'string', ...o });
export const blob = (o: Omit<Extract<Shape, { type: 'blob' }>, 'type'> = {}): Shape => ({ type: 'blob', ...o });
export const int = (o: Omit<Extract<Shape, { type: 'integer' }>, 'type'> = {}): Shape => ({ type: 'integer', ...o });
export const bool = (doc?: string): Shape => ({ type: 'boolean', doc });
export const timestamp = (doc?: string): Shape => ({ type: 'timestamp', doc });
export const list = (member: Shape, o: { min?: number; max?: number; doc?: string } = {}): Shape => ({ type: 'list', member, ...o });
export const map = (key: Shape, value: Shape, o: { max?: number; doc?: string } = {}): Shape => ({ type: 'map', key, value, ...o });
/** Members are held in a null-prototype map, so a member name from a request is looked up among the members only. */
export const struct = (members: Record<string, Shape>, required: readonly string[] = [], doc?: string): StructureShape => ({
  type: 'structure',
  members: dict(members),
  required,
  doc,
});

/** `KeyId` -> `keyId`, `CiphertextBlob` -> `ciphertextBlob`: the field names AWS's messages use. */
export const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/** Checks constraints of an already typed input; throws one ValidationException listing all violations. */
export function validate(shape: StructureShape, input: Record<string, unknown>, code = 'ValidationException'): void {
  const errors: string[] = [];
  checkStruct(shape, input, '', errors);
  if (errors.length === 1) throw new AwsError(code, `1 validation error detected: ${errors[0]}`);
  if (errors.length > 1) throw new AwsError(code, `${errors.length} validation errors detected: ${errors.join('; ')}`);
}

function checkStruct(shape: StructureShape, input: Record<string, unknown>, prefix: string, errors: string[]) {
  for (const name of shape.required ?? []) {
    if (input[name] === undefined || input[name] === null) {
      errors.push(`Value null at '${prefix}${camel(name)}' failed to satisfy constraint: Member must not be null`);
    }
  }
  for (const [name, member] of Object.entries(shape.members)) {
    const v = input[name];
    if (v === undefined || v === null) continue;
    check(member, v, `${prefix}${camel(name)}`, errors);
  }
}

function check(shape: Shape, v: unknown, path: string, errors: string[]) {
  const fail = (rule: string, value: unknown, sensitive = false) =>
    errors.push(`${sensitive ? 'Value' : `Value '${show(value)}'`} at '${path}' failed to satisfy constraint: Member must ${rule}`);
  switch (shape.type) {
    case 'string': {
      const s = v as string;
      const secret = shape.sensitive === true;
      if (shape.min !== undefined && s.length < shape.min) fail(`have length greater than or equal to ${shape.min}`, s, secret);
      else if (shape.max !== undefined && s.length > shape.max) fail(`have length less than or equal to ${shape.max}`, s, secret);
      else if (shape.enum && !shape.enum.includes(s)) fail(`satisfy enum value set: [${shape.enum.join(', ')}]`, s, secret);
      // The model's patterns match the whole value (Java's matches()), e.g. `[\w]+` rejects 'invalid-name'.
      else if (shape.pattern && !new RegExp(`^(?:${shape.pattern})$`, 'u').test(s)) fail(`satisfy regular expression pattern: ${shape.pattern}`, s, secret);
      return;
    }
    case 'blob': {
      const b = v as Uint8Array;
      if (shape.min !== undefined && b.length < shape.min) fail(`have length greater than or equal to ${shape.min}`, '', true);
      else if (shape.max !== undefined && b.length > shape.max) fail(`have length less than or equal to ${shape.max}`, '', true);
      return;
    }
    case 'integer': {
      const n = v as number;
      if (shape.min !== undefined && n < shape.min) fail(`have value greater than or equal to ${shape.min}`, String(n));
      else if (shape.max !== undefined && n > shape.max) fail(`have value less than or equal to ${shape.max}`, String(n));
      return;
    }
    case 'list': {
      const l = v as unknown[];
      if (shape.min !== undefined && l.length < shape.min) fail(`have length greater than or equal to ${shape.min}`, '', true);
      else if (shape.max !== undefined && l.length > shape.max) fail(`have length less than or equal to ${shape.max}`, '', true);
      l.forEach((item, i) => check(shape.member, item, `${path}.${i + 1}.member`, errors));
      return;
    }
    case 'map': {
      for (const [k, val] of Object.entries(v as Record<string, unknown>)) {
        check(shape.key, k, `${path}.key`, errors);
        check(shape.value, val, `${path}.value`, errors);
      }
      return;
    }
    case 'structure':
      checkStruct(shape, v as Record<string, unknown>, `${path}.`, errors);
      return;
    default:
      return;
  }
}

/**
 * Converts JSON wire values into typed input (blobs from base64, timestamps from epoch seconds).
 * Wrong JSON types and bad base64 are SerializationException, as AWS answers.
 * Unknown members are dropped, as AWS services ignore members they do not model.
 */
export function fromWire(shape: StructureShape, json: unknown, decodeBase64: (s: string) => Uint8Array | undefined): Record<string, unknown> {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw serialization('Start of structure or map found where not expected.');
  return convertStruct(shape, json as Record<string, unknown>, decodeBase64);
}

const serialization = (message?: string) => new AwsError('SerializationException', message);

function convertStruct(shape: StructureShape, obj: Record<string, unknown>, d: (s: string) => Uint8Array | undefined) {
  const out: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(shape.members)) {
    const v = obj[name];
    if (v === undefined || v === null) continue;
    out[name] = convert(member, v, d);
  }
  return out;
}

function convert(shape: Shape, v: unknown, d: (s: string) => Uint8Array | undefined): unknown {
  switch (shape.type) {
    case 'string':
      if (typeof v !== 'string') throw serialization(`STRING_VALUE can not be converted to a String`);
      return v;
    case 'blob': {
      if (typeof v !== 'string') throw serialization(`Expected a base64-encoded blob`);
      const b = d(v);
      if (!b) throw serialization();
      return b;
    }
    case 'integer':
      if (typeof v !== 'number' || !Number.isInteger(v)) throw serialization(`NUMBER_VALUE can not be converted to an Integer`);
      return v;
    case 'boolean':
      if (typeof v !== 'boolean') throw serialization(`Expected a boolean`);
      return v;
    case 'timestamp': {
      if (typeof v !== 'number') throw serialization(`Expected a timestamp`);
      // Epoch seconds beyond what a date holds (8.64e15 ms either side of 1970) are no timestamp either.
      const date = new Date(v * 1000);
      if (Number.isNaN(date.getTime())) throw serialization(`Expected a timestamp`);
      return date;
    }
    case 'list':
      if (!Array.isArray(v)) throw serialization(`Start of list found where not expected`);
      return v.map((item) => convert(shape.member, item, d));
    case 'map': {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) throw serialization(`Start of structure or map found where not expected.`);
      // Keys are the caller's: a null-prototype map keeps `__proto__` or `toString` as entries.
      const out = dict<unknown>();
      for (const [k, val] of Object.entries(v as Record<string, unknown>)) out[k] = convert(shape.value, val, d);
      return out;
    }
    case 'structure':
      // A null inside a list (`{"Tags":[null]}`) is not a structure either (members that are null are left out before).
      if (typeof v !== 'object' || v === null || Array.isArray(v)) throw serialization(`Start of structure or map found where not expected.`);
      return convertStruct(shape, v as Record<string, unknown>, d);
  }
}

/**
 * An input given as JS values (the console, the shell, tests), made safe to read like a decoded
 * one: every map member becomes a null-prototype map of its own entries (see dict.ts), so a key
 * named `__proto__` or `toString` is an entry like any other. Values of the wrong type are left
 * for validation to report; the caller's objects are not modified.
 */
export function normalizeInput(shape: StructureShape, input: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...input };
  for (const [name, member] of Object.entries(shape.members)) {
    if (Object.hasOwn(input, name) && input[name] != null) out[name] = normalizeValue(member, input[name]);
  }
  return out;
}

function normalizeValue(shape: Shape, v: unknown): unknown {
  if (typeof v !== 'object' || v === null || v instanceof Uint8Array || v instanceof Date) return v;
  if (shape.type === 'list' && Array.isArray(v)) return v.map((item) => normalizeValue(shape.member, item));
  if (shape.type === 'structure' && !Array.isArray(v)) return normalizeInput(shape, v as Record<string, unknown>);
  if (shape.type === 'map' && !Array.isArray(v)) {
    const out = dict<unknown>();
    for (const [k, val] of Object.entries(v as Record<string, unknown>)) out[k] = normalizeValue(shape.value, val);
    return out;
  }
  return v;
}

/**
 * The input without its sensitive members (shapes marked `sensitive`, at any depth), as the
 * trail records it: AWS leaves secrets such as a key store password out of CloudTrail.
 */
export function withoutSensitive(shape: Shape, v: unknown): unknown {
  if ((shape.type === 'string' || shape.type === 'blob') && shape.sensitive) return undefined;
  if (v === null || typeof v !== 'object' || v instanceof Uint8Array || v instanceof Date) return v;
  if (shape.type === 'list' && Array.isArray(v)) return v.map((item) => withoutSensitive(shape.member, item));
  if (shape.type === 'map' && !Array.isArray(v)) {
    const out = sameKind<unknown>(v);
    for (const [k, val] of Object.entries(v)) setOwn(out, k, withoutSensitive(shape.value, val));
    return out;
  }
  if (shape.type === 'structure' && !Array.isArray(v)) {
    const out = sameKind<unknown>(v);
    for (const [k, val] of Object.entries(v)) {
      const member = Object.hasOwn(shape.members, k) ? shape.members[k] : undefined;
      const kept = member ? withoutSensitive(member, val) : val;
      if (kept !== undefined) setOwn(out, k, kept);
    }
    return out;
  }
  return v;
}

/** Typed output -> JSON wire: Uint8Array -> base64, Date -> epoch seconds, undefined dropped. */
export function toWire(value: unknown, encodeBase64: (b: Uint8Array) => string): unknown {
  if (value instanceof Uint8Array) return encodeBase64(value);
  if (value instanceof Date) return value.getTime() / 1000;
  if (Array.isArray(value)) return value.map((v) => toWire(v, encodeBase64));
  if (value && typeof value === 'object') {
    const out = sameKind<unknown>(value);
    for (const [k, v] of Object.entries(value)) if (v !== undefined) setOwn(out, k, toWire(v, encodeBase64));
    return out;
  }
  return value;
}

/**
 * JSON.stringify(toWire(value, encodeBase64)), written in one pass: a blob's base64 goes into the
 * text as it is (its alphabet needs no escaping), so a 4 KiB ciphertext is not scanned again for
 * characters to escape. `encodeBase64` must return base64 text only.
 */
export function toWireJson(value: unknown, encodeBase64: (b: Uint8Array) => string): string | undefined {
  if (value instanceof Uint8Array) return `"${encodeBase64(value)}"`;
  if (value instanceof Date) return JSON.stringify(value.getTime() / 1000);
  if (Array.isArray(value)) {
    let out = '';
    for (let i = 0; i < value.length; i++) out += `${i ? ',' : ''}${toWireJson(value[i], encodeBase64) ?? 'null'}`;
    return `[${out}]`;
  }
  if (value && typeof value === 'object') {
    let out = '';
    for (const [k, v] of Object.entries(value)) {
      const json = v === undefined ? undefined : toWireJson(v, encodeBase64);
      if (json !== undefined) out += `${out ? ',' : ''}${JSON.stringify(k)}:${json}`;
    }
    return `{${out}}`;
  }
  return JSON.stringify(value);
}

/** Absent members are omitted from responses, never `undefined` or null (docs/aws-behaviour.md, "Wire protocol"). */
export function omitUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(omitUndefined) as T;
  if (value && typeof value === 'object' && !(value instanceof Uint8Array) && !(value instanceof Date)) {
    const out = sameKind<unknown>(value);
    for (const [k, v] of Object.entries(value)) if (v !== undefined) setOwn(out, k, omitUndefined(v));
    return out as T;
  }
  return value;
}
