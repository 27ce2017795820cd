/**
 * Parses and checks a JSON policy document: IAM identity policies, role trust policies and
 * KMS key policies all share this grammar. Problems are returned as data (never thrown) so the
 * console can show them next to the editor, with line and column for JSON syntax errors.
 * Grammar: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 * Elements: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html
 * Where AWS has a known message for a problem (e.g. "Policy statement must contain actions.")
 * we use it; the rest are our own words. Simplified: no Version-dependent rules beyond the
 * accepted values, no check that named principals exist (KMS does that itself).
 */
import { locateJsonError } from './json-error';

export type PolicyKind = 'identity' | 'resource' | 'trust';

/** Principal/NotPrincipal normalised: `"*"` becomes `{ any: true }`. */
export interface PrincipalSpec {
  any: boolean;
  aws: string[];
  service: string[];
  federated: string[];
  canonicalUser: string[];
}

/** Operator -> condition key -> values (numbers and booleans become strings, as IAM compares them). */
export type ConditionBlock = Record<string, Record<string, string[]>>;

export interface ParsedStatement {
  /** 0-based position in the Statement array (a single object statement is 0). */
  index: number;
  sid?: string;
  effect: 'Allow' | 'Deny';
  principal?: PrincipalSpec;
  notPrincipal?: PrincipalSpec;
  action?: string[];
  notAction?: string[];
  resource?: string[];
  notResource?: string[];
  condition: ConditionBlock;
  /** The statement's JSON exactly as written, for traces. */
  raw: unknown;
}

export interface ParsedPolicy {
  version?: string;
  id?: string;
  statements: ParsedStatement[];
}

export type ParseResult = { ok: true; policy: ParsedPolicy } | { ok: false; problem: string; line?: number; column?: number };

const VERSIONS = ['2012-10-17', '2008-10-17'];
const TOP_FIELDS = ['Version', 'Id', 'Statement'];
const STATEMENT_FIELDS = ['Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition'];
const PRINCIPAL_TYPES: Record<string, keyof Omit<PrincipalSpec, 'any'>> = {
  AWS: 'aws',
  Service: 'service',
  Federated: 'federated',
  CanonicalUser: 'canonicalUser',
};

class Problem extends Error {}
const problem = (message: string): never => {
  throw new Problem(message);
};

/** Parses JSON text, then checks it as a policy of the given kind (default: identity). */
/**
 * Every authorization parses the key policy and the caller's IAM policies, so parses are
 * memoized by kind, then by text; results are treated as immutable. Bounded per kind, oldest
 * evicted first. Keyed by the stored text itself (not a new string joining kind and text), so
 * a lookup does not hash the whole policy again on every call.
 */
const caches = new Map<PolicyKind, Map<string, ParseResult>>();
const CACHE_LIMIT = 256;

export function parsePolicyDocument(text: string, kind: PolicyKind = 'identity'): ParseResult {
  let cache = caches.get(kind);
  if (!cache) caches.set(kind, (cache = new Map()));
  const hit = cache.get(text);
  if (hit) return hit;
  const result = parseUncached(text, kind);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(text, result);
  return result;
}

function parseUncached(text: string, kind: PolicyKind): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const at = locateJsonError(text);
    if (at) return { ok: false, problem: `JSON syntax error at line ${at.line}, column ${at.column}: ${at.reason}`, line: at.line, column: at.column };
    return { ok: false, problem: `JSON syntax error: ${(e as Error).message}` };
  }
  return parsePolicyObject(json, kind);
}

/** A resource (KMS key) policy: parsePolicyDocument(text, 'resource'), the name src/kms uses. */
export const parsePolicy = (text: string, kind: PolicyKind = 'resource'): ParseResult => parsePolicyDocument(text, kind);

/** Checks an already parsed JSON value as a policy (used for the managed policies, which are data). */
export function parsePolicyObject(json: unknown, kind: PolicyKind = 'identity'): ParseResult {
  try {
    return { ok: true, policy: checkPolicy(json, kind) };
  } catch (e) {
    if (e instanceof Problem) return { ok: false, problem: e.message };
    throw e;
  }
}

function checkPolicy(json: unknown, kind: PolicyKind): ParsedPolicy {
  if (!isObject(json)) return problem('The policy document must be a JSON object.');
  for (const k of Object.keys(json)) if (!TOP_FIELDS.includes(k)) problem(`Unknown field ${k} at the top of the policy (expected Version, Id, Statement).`);
  const version = json.Version;
  if (version !== undefined && (typeof version !== 'string' || !VERSIONS.includes(version))) {
    problem('The policy must contain a valid version string ("2012-10-17").');
  }
  if (json.Id !== undefined && typeof json.Id !== 'string') problem('Id must be a string.');
  const st = json.Statement;
  if (st === undefined) problem('Missing required field Statement.');
  const list = Array.isArray(st) ? st : [st];
  if (list.length === 0) problem('The policy has no statements.');
  return {
    version: version as string | undefined,
    id: json.Id as string | undefined,
    statements: list.map((s, i) => checkStatement(s, i, kind)),
  };
}

function checkStatement(s: unknown, index: number, kind: PolicyKind): ParsedStatement {
  const where = `Statement ${index + 1}`;
  const fail = (m: string): never => problem(`${where}: ${m}`);
  if (!isObject(s)) return fail('a statement must be a JSON object.');
  for (const k of Object.keys(s)) if (!STATEMENT_FIELDS.includes(k)) fail(`unknown field ${k}.`);
  if (s.Sid !== undefined && typeof s.Sid !== 'string') fail('Sid must be a string.');
  if (s.Effect === undefined) fail('Missing required field Effect.');
  if (s.Effect !== 'Allow' && s.Effect !== 'Deny') fail(`Effect must be Allow or Deny (found ${JSON.stringify(s.Effect)}).`);

  const out: ParsedStatement = { index, effect: s.Effect as 'Allow' | 'Deny', condition: {}, raw: s };
  if (s.Sid !== undefined) out.sid = s.Sid as string;

  if (s.Principal !== undefined && s.NotPrincipal !== undefined) fail('use Principal or NotPrincipal, not both.');
  if (kind === 'identity' && (s.Principal !== undefined || s.NotPrincipal !== undefined)) fail('Policy document should not specify a principal.');
  if (kind !== 'identity' && s.Principal === undefined && s.NotPrincipal === undefined) fail('Missing required field Principal.');
  if (s.Principal !== undefined) out.principal = checkPrincipal(s.Principal, fail);
  if (s.NotPrincipal !== undefined) out.notPrincipal = checkPrincipal(s.NotPrincipal, fail);

  if (s.Action !== undefined && s.NotAction !== undefined) fail('use Action or NotAction, not both.');
  if (s.Action === undefined && s.NotAction === undefined) fail('Policy statement must contain actions.');
  const actions = stringList(s.Action ?? s.NotAction, s.Action !== undefined ? 'Action' : 'NotAction', fail);
  for (const a of actions)
    if (a !== '*' && !/^[A-Za-z0-9*?-]+:[A-Za-z0-9*?-]*$/.test(a))
      fail(`Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc. (found ${JSON.stringify(a)}).`);
  if (s.Action !== undefined) out.action = actions;
  else out.notAction = actions;

  if (s.Resource !== undefined && s.NotResource !== undefined) fail('use Resource or NotResource, not both.');
  if (kind !== 'trust' && s.Resource === undefined && s.NotResource === undefined) fail('Policy statement must contain resources.');
  if (s.Resource !== undefined || s.NotResource !== undefined) {
    const name = s.Resource !== undefined ? 'Resource' : 'NotResource';
    const resources = stringList(s.Resource ?? s.NotResource, name, fail);
    for (const r of resources) if (r !== '*' && !r.startsWith('arn:')) fail(`${name} ${r} must be in ARN format or "*".`);
    if (s.Resource !== undefined) out.resource = resources;
    else out.notResource = resources;
  }

  if (s.Condition !== undefined) out.condition = checkCondition(s.Condition, fail);
  return out;
}

function checkPrincipal(p: unknown, fail: (m: string) => never): PrincipalSpec {
  const spec: PrincipalSpec = { any: false, aws: [], service: [], federated: [], canonicalUser: [] };
  if (p === '*') return { ...spec, any: true };
  if (!isObject(p)) return fail('Principal must be "*" or an object such as {"AWS": "arn:aws:iam::111122223333:root"}.');
  if (Object.keys(p).length === 0) fail('Principal must name at least one principal.');
  for (const [type, value] of Object.entries(p)) {
    const field = PRINCIPAL_TYPES[type];
    if (!field) fail(`unknown principal type ${type} (expected AWS, Service, Federated or CanonicalUser).`);
    const values = stringList(value, `Principal ${type}`, fail);
    if (type === 'AWS') {
      for (const v of values) {
        if (v !== '*' && !/^\d{12}$/.test(v) && !/^arn:aws[a-z-]*:(iam|sts)::\d{12}:.+/.test(v))
          fail(`invalid principal ${JSON.stringify(v)} (expected an account id, an IAM or STS ARN, or "*").`);
      }
    }
    spec[field!].push(...values);
  }
  return spec;
}

function checkCondition(c: unknown, fail: (m: string) => never): ConditionBlock {
  if (!isObject(c)) return fail('Condition must be an object such as {"StringEquals": {"kms:CallerAccount": "111122223333"}}.');
  const block: ConditionBlock = {};
  for (const [operator, keys] of Object.entries(c)) {
    if (!isObject(keys)) fail(`Condition ${operator} must map condition keys to values.`);
    block[operator] = {};
    for (const [key, raw] of Object.entries(keys as Record<string, unknown>)) {
      if (!/^[A-Za-z0-9-]+:.+/.test(key))
        fail(`Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc. (condition key ${JSON.stringify(key)}).`);
      const values = Array.isArray(raw) ? raw : [raw];
      if (values.length === 0) fail(`Condition ${operator} ${key} has no values.`);
      block[operator]![key] = values.map((v) => {
        if (typeof v === 'string') return v;
        if (typeof v === 'number' || typeof v === 'boolean') return String(v);
        return fail(`Condition ${operator} ${key}: values must be strings, numbers or booleans.`);
      });
    }
  }
  return block;
}

function stringList(v: unknown, name: string, fail: (m: string) => never): string[] {
  const list = Array.isArray(v) ? v : [v];
  if (list.length === 0) fail(`${name} must not be empty.`);
  for (const x of list) if (typeof x !== 'string' || x === '') fail(`${name} must be a string or a list of strings.`);
  return list as string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
