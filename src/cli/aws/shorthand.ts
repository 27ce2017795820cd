/**
 * The AWS CLI's shorthand syntax (awscli/shorthand.py), ported: `k=v,k2=v2`, `k=a,b`
 * (a list), `k=[a,b]`, `k={a=b}`, quoted values, and its exact error messages. Then
 * BackCompatVisitor's model-driven fixes: a scalar where the model wants a list becomes a
 * one-element list, integers are int()'d, booleans are only "true"/"false".
 */
import { setOwn, type Shape } from '@/core';
import { pyInt, type PyValue } from './py';

export class ShorthandError extends Error {}

type Parsed = string | Parsed[] | { [k: string]: Parsed };

const ESCAPED_COMMA = '(\\\\,)';
const START_WORD = '!#-&(-+\\--<>-Z\\\\-z\\u007c-\\uffff';
const FIRST_FOLLOW = '\\s!#-&(-+\\--\\\\^-|~-\\uffff';
const SECOND_FOLLOW = '\\s!#-&(-+\\--<>-\\uffff';
const FIRST_VALUE = new RegExp(`^(${ESCAPED_COMMA}|[${START_WORD}])(${ESCAPED_COMMA}|[${FIRST_FOLLOW}])*`, 'u');
const SECOND_VALUE = new RegExp(`^(${ESCAPED_COMMA}|[${START_WORD}])(${ESCAPED_COMMA}|[${SECOND_FOLLOW}])*`, 'u');
const SINGLE_QUOTED = /^'(?:\\\\|\\'|[^'])*'/;
const DOUBLE_QUOTED = /^"(?:\\\\|\\"|[^"])*"/;
const KEY_CHARS = /[A-Za-z0-9\-_.#/:]/;
const WHITESPACE = ' \t\n\r\x0b\x0c';

function location(value: string, index: number): string {
  let consumed = value;
  let remaining = '';
  let spaces = index;
  const before = value.slice(0, index);
  if (before.includes('\n')) spaces = index - before.lastIndexOf('\n') - 1;
  const nl = value.indexOf('\n', index);
  if (nl >= 0) {
    consumed = value.slice(0, nl);
    remaining = value.slice(nl);
  }
  return `${consumed}\n${' '.repeat(spaces)}^${remaining}`;
}

class SyntaxErr extends ShorthandError {
  constructor(value: string, expected: string, actual: string, index: number) {
    super(`Expected: '${expected}', received: '${actual}' for input:\n${location(value, index)}`);
  }
}

export function parseShorthand(input: string): Record<string, Parsed> {
  let i = 0;
  const eof = () => i >= input.length;
  const current = () => (eof() ? undefined : input[i]);
  const skipWs = () => {
    while (!eof() && WHITESPACE.includes(input[i]!)) i++;
  };
  const expect = (ch: string, ws = false) => {
    if (ws) skipWs();
    if (eof()) throw new SyntaxErr(input, ch, 'EOF', i);
    if (input[i] !== ch) throw new SyntaxErr(input, ch, input[i]!, i);
    i++;
    if (ws) skipWs();
  };
  const mustConsume = (re: RegExp, name: string) => {
    const m = re.exec(input.slice(i));
    if (!m) throw new SyntaxErr(input, `<${name}>`, '<none>', i);
    i += m[0].length;
    return m[0];
  };
  const quoted = (re: RegExp, q: string, name: string) => mustConsume(re, name).slice(1, -1).split(`\\${q}`).join(q).split('\\\\').join('\\');
  const key = () => {
    const start = i;
    while (!eof() && KEY_CHARS.test(input[i]!)) i++;
    return input.slice(start, i);
  };
  const firstValue = (): string => {
    if (current() === "'") return quoted(SINGLE_QUOTED, "'", 'singled quoted');
    if (current() === '"') return quoted(DOUBLE_QUOTED, '"', 'double quoted');
    const m = FIRST_VALUE.exec(input.slice(i));
    if (!m) return '';
    i += m[0].length;
    return m[0].replace(/\\,/g, ',').trimEnd();
  };
  const secondValue = (): string => {
    if (current() === "'") return quoted(SINGLE_QUOTED, "'", 'singled quoted');
    if (current() === '"') return quoted(DOUBLE_QUOTED, '"', 'double quoted');
    return mustConsume(SECOND_VALUE, 'second').replace(/\\,/g, ',').trimEnd();
  };
  const explicitValues = (): Parsed => (current() === '[' ? explicitList() : current() === '{' ? hashLiteral() : firstValue());
  const explicitList = (): Parsed[] => {
    expect('[', true);
    const values: Parsed[] = [];
    while (current() !== ']') {
      values.push(explicitValues());
      skipWs();
      if (current() !== ']') {
        expect(',');
        skipWs();
      }
    }
    expect(']');
    return values;
  };
  const hashLiteral = (): Record<string, Parsed> => {
    expect('{', true);
    const obj: Record<string, Parsed> = {};
    while (current() !== '}') {
      const k = key();
      expect('=', true);
      const v = explicitValues();
      skipWs();
      if (current() !== '}') {
        expect(',');
        skipWs();
      }
      setOwn(obj, k, v);
    }
    expect('}');
    return obj;
  };
  const csvValue = (): Parsed => {
    const first = firstValue();
    skipWs();
    if (eof() || input[i] !== ',') return first;
    expect(',', true);
    const list: string[] = [first];
    for (;;) {
      try {
        const v = secondValue();
        skipWs();
        if (eof()) {
          list.push(v);
          break;
        }
        expect(',', true);
        list.push(v);
      } catch (e) {
        if (!(e instanceof SyntaxErr) || eof()) throw e;
        while (i >= 0 && input[i] !== ',') i--;
        break;
      }
    }
    return list.length === 1 ? first : list;
  };
  const values = (): Parsed => (eof() ? '' : current() === '[' ? explicitList() : current() === '{' ? hashLiteral() : csvValue());
  const keyval = (): [string, Parsed] => {
    const k = key();
    expect('=', true);
    return [k, values()];
  };

  const params: Record<string, Parsed> = {};
  const [k0, v0] = keyval();
  setOwn(params, k0, v0);
  let last = i;
  while (i < input.length) {
    expect(',', true);
    const [k, v] = keyval();
    if (Object.hasOwn(params, k)) {
      throw new ShorthandError(
        `Second instance of key "${k}" encountered for input:\n${location(input, last + 1)}\nThis is often because there is a preceding "," instead of a space.`,
      );
    }
    setOwn(params, k, v);
    last = i;
  }
  return params;
}

/** BackCompatVisitor: adjusts parsed shorthand to the model in place. */
export function backCompat(value: PyValue, shape: Shape): PyValue {
  if (shape.type === 'structure') {
    if (!value || typeof value !== 'object' || Array.isArray(value) || value instanceof Uint8Array) return value;
    for (const [name, member] of Object.entries(shape.members)) {
      if (value[name] !== undefined) value[name] = backCompat(value[name], member);
    }
    return value;
  }
  if (shape.type === 'list') {
    // Python wraps the scalar without visiting it: `k=5` for a list of integers stays ['5'].
    if (!Array.isArray(value)) return value === undefined ? value : [value];
    return value.map((v) => backCompat(v, shape.member));
  }
  if (shape.type === 'map') {
    if (!value || typeof value !== 'object' || Array.isArray(value) || value instanceof Uint8Array) return value;
    for (const k of Object.keys(value)) value[k] = backCompat(value[k], shape.value);
    return value;
  }
  if (typeof value !== 'string') return value;
  if (shape.type === 'integer') return pyInt(value);
  if (shape.type === 'boolean') return value.toLowerCase() === 'true' ? true : value.toLowerCase() === 'false' ? false : value;
  return value;
}
