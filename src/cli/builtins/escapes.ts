/**
 * Backslash escapes of `echo -e`, `printf` formats and `printf %b`, producing bytes:
 * `\xHH` and octal escapes are raw bytes (so `echo -e '\xff'` writes one byte 0xff),
 * `\uHHHH` is the character's UTF-8. `\c` stops all further output.
 */
import { concatBytes, utf8 } from '@/core';

export interface Expanded {
  bytes: Uint8Array;
  /** `\c` was met: produce no further output. */
  stop: boolean;
}

const SIMPLE: Record<string, number> = { a: 7, b: 8, e: 27, E: 27, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };

/** `octal`: 'echo' takes `\0nnn` (a zero, then up to 3 digits); 'printf' takes `\nnn` (1 to 3 digits). */
export function expandEscapes(text: string, octal: 'echo' | 'printf'): Expanded {
  const parts: Uint8Array[] = [];
  let plain = '';
  const flush = () => {
    if (plain) parts.push(utf8(plain));
    plain = '';
  };
  const byte = (n: number) => {
    flush();
    parts.push(new Uint8Array([n & 0xff]));
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '\\' || i + 1 >= text.length) {
      plain += c;
      continue;
    }
    const n = text[++i]!;
    if (n in SIMPLE) byte(SIMPLE[n]!);
    else if (n === 'c') {
      flush();
      return { bytes: concatBytes(...parts), stop: true };
    } else if (n === 'x' && /[0-9a-fA-F]/.test(text[i + 1] ?? '')) {
      const hex = /^[0-9a-fA-F]{1,2}/.exec(text.slice(i + 1))![0];
      byte(parseInt(hex, 16));
      i += hex.length;
    } else if ((n === 'u' || n === 'U') && /[0-9a-fA-F]/.test(text[i + 1] ?? '')) {
      const hex = new RegExp(`^[0-9a-fA-F]{1,${n === 'u' ? 4 : 8}}`).exec(text.slice(i + 1))![0];
      plain += String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff));
      i += hex.length;
    } else if (octal === 'echo' && n === '0') {
      const digits = /^[0-7]{0,3}/.exec(text.slice(i + 1))![0];
      byte(parseInt(digits || '0', 8));
      i += digits.length;
    } else if (octal === 'printf' && /[0-7]/.test(n)) {
      const digits = /^[0-7]{1,3}/.exec(text.slice(i))![0];
      byte(parseInt(digits, 8));
      i += digits.length - 1;
    } else plain += `\\${n}`;
  }
  flush();
  return { bytes: concatBytes(...parts), stop: false };
}
