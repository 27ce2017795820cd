/**
 * `--output json`: Python's json.dump(indent=4, ensure_ascii=False), which the CLI uses.
 * Same as JSON.stringify(v, null, 4) for our data except floats (Python writes 2.0) and
 * NaN/Infinity; written out here so the bytes never depend on the JS engine.
 */
import type { PyValue } from '@/cli/aws/py';

const ESC: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

export function pyJsonString(s: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what JSON must escape
  return '"' + s.replace(/["\\\x00-\x1f]/g, (c) => ESC[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) + '"';
}

function number(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  if (Number.isInteger(n) && !Object.is(n, -0)) return String(n);
  const s = String(n);
  return /[.e]/.test(s) ? s.replace(/e([+-])(\d)$/, 'e$10$2') : `${s}.0`;
}

/** json.dumps(value, indent=indent, ensure_ascii=False); indent undefined gives the compact `, `/`: ` form. */
export function pyJsonDumps(value: PyValue, indent?: number, level = 0): string {
  if (value === null || value === undefined) return 'null';
  if (value === true) return 'true';
  if (value === false) return 'false';
  if (typeof value === 'number') return number(value);
  if (typeof value === 'string') return pyJsonString(value);
  if (value instanceof Uint8Array) return pyJsonString(new TextDecoder().decode(value));
  const pad = indent === undefined ? '' : '\n' + ' '.repeat(indent * (level + 1));
  const end = indent === undefined ? '' : '\n' + ' '.repeat(indent * level);
  const sep = indent === undefined ? ', ' : ',';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return '[' + value.map((v) => pad + pyJsonDumps(v, indent, level + 1)).join(sep) + end + ']';
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  return '{' + entries.map(([k, v]) => `${pad}${pyJsonString(k)}: ${pyJsonDumps(v, indent, level + 1)}`).join(sep) + end + '}';
}
