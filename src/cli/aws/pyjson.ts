/**
 * json.loads as Python 3.11 does it, for JSON given to the AWS CLI (`--tags '[...]'`):
 * same accepted syntax (also NaN and Infinity) and the same error texts with their
 * positions (`Expecting ',' delimiter: line 1 column 8 (char 7)`), which the CLI prints as
 * `Error parsing parameter '--tags': Invalid JSON: ...`. Objects keep their key order.
 */
import { setOwn } from '@/core/dict';
import type { PyValue } from './py';

export class PyJsonError extends Error {}

export function pyJsonLoads(doc: string): PyValue {
  let pos = 0;
  const fail = (msg: string, at: number): never => {
    const lineno = (doc.slice(0, at).match(/\n/g) ?? []).length + 1;
    const nl = doc.lastIndexOf('\n', at - 1);
    const colno = nl < 0 || at === 0 ? at + 1 : at - nl;
    throw new PyJsonError(`${msg}: line ${lineno} column ${colno} (char ${at})`);
  };
  const ws = () => {
    while (pos < doc.length && ' \t\n\r'.includes(doc[pos]!)) pos++;
  };
  const string = (): string => {
    const start = pos - 1;
    let out = '';
    for (;;) {
      if (pos >= doc.length) fail('Unterminated string starting at', start);
      const c = doc[pos]!;
      if (c === '"') {
        pos++;
        return out;
      }
      if (c < ' ') fail('Invalid control character at', pos);
      if (c !== '\\') {
        out += c;
        pos++;
        continue;
      }
      const e = doc[pos + 1];
      if (e === undefined) fail('Unterminated string starting at', start);
      const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (e! in simple) {
        out += simple[e!];
        pos += 2;
      } else if (e === 'u') {
        const hex = doc.slice(pos + 2, pos + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('Invalid \\uXXXX escape', pos);
        out += String.fromCharCode(parseInt(hex, 16));
        pos += 6;
      } else fail('Invalid \\escape', pos);
    }
  };
  const value = (): PyValue => {
    const c = doc[pos];
    if (c === '"') {
      pos++;
      return string();
    }
    if (c === '{') {
      pos++;
      const obj: Record<string, PyValue> = {};
      ws();
      if (doc[pos] === '}') {
        pos++;
        return obj;
      }
      for (;;) {
        if (doc[pos] !== '"') fail('Expecting property name enclosed in double quotes', pos);
        pos++;
        const key = string();
        ws();
        if (doc[pos] !== ':') fail("Expecting ':' delimiter", pos);
        pos++;
        ws();
        setOwn(obj, key, value());
        ws();
        if (doc[pos] === '}') {
          pos++;
          return obj;
        }
        if (doc[pos] !== ',') fail("Expecting ',' delimiter", pos);
        pos++;
        ws();
      }
    }
    if (c === '[') {
      pos++;
      const arr: PyValue[] = [];
      ws();
      if (doc[pos] === ']') {
        pos++;
        return arr;
      }
      for (;;) {
        ws();
        arr.push(value());
        ws();
        if (doc[pos] === ']') {
          pos++;
          return arr;
        }
        if (doc[pos] !== ',') fail("Expecting ',' delimiter", pos);
        pos++;
      }
    }
    for (const [word, v] of [
      ['null', null],
      ['true', true],
      ['false', false],
      ['NaN', NaN],
      ['Infinity', Infinity],
      ['-Infinity', -Infinity],
    ] as const) {
      if (doc.startsWith(word, pos)) {
        pos += word.length;
        return v;
      }
    }
    const num = /^-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/.exec(doc.slice(pos));
    if (num) {
      pos += num[0].length;
      return Number(num[0]);
    }
    return fail('Expecting value', pos);
  };
  ws();
  const result = value();
  ws();
  if (pos !== doc.length) fail('Extra data', pos);
  return result;
}
