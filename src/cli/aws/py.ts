/**
 * The few Python behaviours the AWS CLI's messages and output depend on: str() and repr()
 * of values (`True`, `None`, `{'a': 1}`), int() parsing and its error, the type names in
 * validation messages, and base64.b64decode's lenient decoding (non-alphabet characters are
 * skipped; a bad length is an error).
 */
export type PyValue = string | number | boolean | null | undefined | Uint8Array | PyValue[] | { [k: string]: PyValue };

export function pyRepr(v: PyValue): string {
  if (typeof v === 'string') {
    const quote = v.includes("'") && !v.includes('"') ? '"' : "'";
    let s = v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
    if (quote === "'") s = s.replace(/'/g, "\\'");
    return quote + s + quote;
  }
  if (v instanceof Uint8Array) {
    let s = '';
    for (const b of v)
      s +=
        b === 39
          ? "\\'"
          : b === 92
            ? '\\\\'
            : b >= 32 && b < 127
              ? String.fromCharCode(b)
              : b === 10
                ? '\\n'
                : b === 13
                  ? '\\r'
                  : b === 9
                    ? '\\t'
                    : `\\x${b.toString(16).padStart(2, '0')}`;
    return `b'${s}'`;
  }
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(', ')}]`;
  if (v && typeof v === 'object')
    return `{${Object.entries(v)
      .map(([k, x]) => `${pyRepr(k)}: ${pyRepr(x)}`)
      .join(', ')}}`;
  return pyStr(v);
}

export function pyStr(v: PyValue): string {
  if (v === null || v === undefined) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : pyFloat(v);
  if (typeof v === 'string') return v;
  return pyRepr(v);
}

function pyFloat(n: number): string {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? 'nan' : n > 0 ? 'inf' : '-inf';
  const s = String(n);
  return /[.e]/.test(s) ? s.replace(/e([+-])(\d)$/, 'e$10$2') : `${s}.0`;
}

export function pyType(v: PyValue): string {
  if (v === null || v === undefined) return "<class 'NoneType'>";
  if (typeof v === 'boolean') return "<class 'bool'>";
  if (typeof v === 'number') return Number.isInteger(v) ? "<class 'int'>" : "<class 'float'>";
  if (typeof v === 'string') return "<class 'str'>";
  if (v instanceof Uint8Array) return "<class 'bytes'>";
  if (Array.isArray(v)) return "<class 'list'>";
  return "<class 'dict'>";
}

export class PyValueError extends Error {}

/** int(text): optional sign, digits with single underscores, surrounding whitespace. */
export function pyInt(text: string): number {
  const t = text.trim();
  if (!/^[-+]?\d+(_\d+)*$/.test(t)) throw new PyValueError(`invalid literal for int() with base 10: ${pyRepr(text)}`);
  return Number(t.replace(/_/g, ''));
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** base64.b64decode(s) with validate=False (CPython's binascii.a2b_base64, non-strict). */
export function pyB64decode(s: string): Uint8Array | undefined {
  // Python first encodes the str as ASCII: other characters are a ValueError (also reported as invalid base64 here).
  if ([...s].some((c) => c.charCodeAt(0) > 0x7f)) return undefined;
  const out: number[] = [];
  let quad = 0;
  let left = 0;
  let pads = 0;
  for (const ch of s) {
    if (ch === '=') {
      if (quad >= 2 && quad + ++pads >= 4) return new Uint8Array(out);
      continue;
    }
    const v = B64.indexOf(ch);
    if (v < 0) continue;
    pads = 0;
    switch (quad) {
      case 0:
        left = v;
        quad = 1;
        break;
      case 1:
        out.push(((left << 2) | (v >> 4)) & 0xff);
        left = v & 0x0f;
        quad = 2;
        break;
      case 2:
        out.push(((left << 4) | (v >> 2)) & 0xff);
        left = v & 0x03;
        quad = 3;
        break;
      default:
        out.push(((left << 6) | v) & 0xff);
        quad = 0;
    }
  }
  return quad === 0 ? new Uint8Array(out) : undefined;
}
