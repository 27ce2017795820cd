/**
 * The Condition element: operators as a table, the IfExists suffix, the ForAnyValue/ForAllValues
 * set prefixes and IAM's rule for keys missing from the request.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 * Rules: operators AND together, keys AND together, the values of one key OR together.
 * A missing key makes a positive operator false and a negated one (StringNotEquals ...) true;
 * `...IfExists` makes a missing key true; ForAllValues is true for a missing key, ForAnyValue
 * false. Unknown operators never match. Not modelled: Date*, IpAddress, Binary operators.
 */
import { arnMatches, globMatch } from './glob';
import type { ConditionBlock } from './policy-document';

export type ContextValue = string | string[] | boolean | number;
export type RequestContext = Record<string, ContextValue>;

interface BaseOperator {
  /** The positive comparison of one request value with one policy value. */
  test: (actual: string, policy: string) => boolean;
  negated: boolean;
  /** Policy variables like ${aws:username} are substituted for String and Arn operators. */
  variables: boolean;
}

const num = (s: string) => (s.trim() === '' ? NaN : Number(s));
const numeric = (cmp: (a: number, b: number) => boolean) => (a: string, b: string) => {
  const x = num(a);
  const y = num(b);
  return Number.isFinite(x) && Number.isFinite(y) && cmp(x, y);
};
const eq = (a: string, b: string) => a === b;
const eqIgnoreCase = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const like = (a: string, b: string) => globMatch(b, a);
const arnLike = (a: string, b: string) => arnMatches(b, a);
const op = (test: BaseOperator['test'], negated = false, variables = false): BaseOperator => ({ test, negated, variables });

const OPERATORS: Record<string, BaseOperator> = {
  StringEquals: op(eq, false, true),
  StringNotEquals: op(eq, true, true),
  StringEqualsIgnoreCase: op(eqIgnoreCase, false, true),
  StringNotEqualsIgnoreCase: op(eqIgnoreCase, true, true),
  StringLike: op(like, false, true),
  StringNotLike: op(like, true, true),
  NumericEquals: op(numeric((a, b) => a === b)),
  NumericNotEquals: op(
    numeric((a, b) => a === b),
    true,
  ),
  NumericLessThan: op(numeric((a, b) => a < b)),
  NumericLessThanEquals: op(numeric((a, b) => a <= b)),
  NumericGreaterThan: op(numeric((a, b) => a > b)),
  NumericGreaterThanEquals: op(numeric((a, b) => a >= b)),
  Bool: op(eqIgnoreCase),
  ArnEquals: op(arnLike, false, true),
  ArnLike: op(arnLike, false, true),
  ArnNotEquals: op(arnLike, true, true),
  ArnNotLike: op(arnLike, true, true),
};

/** The names the lab understands, for help text and the policy editor's completion. */
export const CONDITION_OPERATORS: readonly string[] = [...Object.keys(OPERATORS), 'Null'];

/** A request value as a list of strings; undefined when the key is absent (or an empty list). */
export function contextValues(ctx: RequestContext, key: string): string[] | undefined {
  const lower = key.toLowerCase();
  for (const [k, v] of Object.entries(ctx)) {
    if (k.toLowerCase() !== lower) continue;
    const list = Array.isArray(v) ? v : [v];
    return list.length === 0 ? undefined : list.map(String);
  }
  return undefined;
}

/**
 * Replaces ${key} policy variables from the request context; ${*}, ${?} and ${$} are the
 * escapes. Returns undefined when a variable has no value (the element then does not match).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
 */
export function substituteVariables(text: string, ctx: RequestContext): string | undefined {
  let missing = false;
  const out = text.replace(/\$\{([^}]*)\}/g, (_, name: string) => {
    if (name === '*' || name === '?' || name === '$') return name;
    const v = contextValues(ctx, name);
    if (!v || v.length !== 1) {
      missing = true;
      return '';
    }
    return v[0]!;
  });
  return missing ? undefined : out;
}

/** One operator over one key. */
export function evaluateCondition(operator: string, key: string, policyValues: string[], ctx: RequestContext, variables = true): boolean {
  let name = operator;
  let set: 'any' | 'all' | undefined;
  if (name.startsWith('ForAnyValue:')) [set, name] = ['any', name.slice('ForAnyValue:'.length)];
  else if (name.startsWith('ForAllValues:')) [set, name] = ['all', name.slice('ForAllValues:'.length)];
  let ifExists = false;
  if (name.endsWith('IfExists') && name.length > 'IfExists'.length) [ifExists, name] = [true, name.slice(0, -'IfExists'.length)];
  const actual = contextValues(ctx, key);

  if (name === 'Null') {
    if (set || ifExists) return false;
    const absent = actual === undefined;
    return policyValues.some((v) => (v.toLowerCase() === 'true') === absent);
  }
  const base = OPERATORS[name];
  if (!base) return false;
  if (actual === undefined) {
    if (ifExists || set === 'all') return true;
    if (set === 'any') return false;
    return base.negated;
  }
  const wanted = base.variables && variables ? policyValues.map((p) => substituteVariables(p, ctx)).filter((p): p is string => p !== undefined) : policyValues;
  const matchesOne = (v: string) => wanted.some((p) => base.test(v, p));
  const holds = (v: string) => (base.negated ? !matchesOne(v) : matchesOne(v));
  if (set === 'all') return actual.every(holds);
  if (set === 'any') return actual.some(holds);
  const anyMatch = actual.some(matchesOne);
  return base.negated ? !anyMatch : anyMatch;
}

/** One operator over one key, as evaluated for a request: the request's values (undefined: absent) and whether it held. */
export interface ConditionOutcome {
  operator: string;
  key: string;
  values: string[];
  actual?: string[];
  held: boolean;
}

/** Every operator-key pair of a block, evaluated, for the decision trace. */
export const conditionOutcomes = (block: ConditionBlock, ctx: RequestContext, variables = true): ConditionOutcome[] =>
  Object.entries(block).flatMap(([operator, keys]) =>
    Object.entries(keys).map(([key, values]) => ({
      operator,
      key,
      values,
      actual: contextValues(ctx, key),
      held: evaluateCondition(operator, key, values, ctx, variables),
    })),
  );

/** A whole Condition block: every operator and every key must hold. */
export function conditionsMatch(block: ConditionBlock, ctx: RequestContext, variables = true): boolean {
  return Object.entries(block).every(([operator, keys]) =>
    Object.entries(keys).every(([key, values]) => evaluateCondition(operator, key, values, ctx, variables)),
  );
}
