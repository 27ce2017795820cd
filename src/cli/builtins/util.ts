/**
 * Helpers shared by the builtins: GNU getopt-style option parsing (options anywhere, short
 * clusters `-la`, `-n5`, long options with unique prefixes, `--` ends options) with
 * getopt's own error texts, coreutils' quoting styles, and file reading with POSIX errors.
 */
import { isVfsError } from '@/vfs';
import type { CommandContext } from '@/cli/shell/types';

export interface OptionSpec {
  short?: string;
  long?: string;
  /** Takes a value (`-n 5`, `-n5`, `--lines=5`). */
  value?: boolean;
}

export type Options = Record<string, string | true | undefined>;

export interface Parsed {
  opts: Options;
  operands: string[];
}

const tryHelp = (name: string) => `Try '${name} --help' for more information.\n`;

/** Parses options; on a bad option prints getopt's message and returns undefined. */
export function getopt(ctx: CommandContext, specs: Record<string, OptionSpec>, args = ctx.args): Parsed | undefined {
  const opts: Options = {};
  const operands: string[] = [];
  const entries = Object.entries(specs);
  const bad = (message: string) => {
    ctx.stderr.write(`${ctx.name}: ${message}\n${tryHelp(ctx.name)}`);
    return undefined;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = a.slice(2, eq < 0 ? undefined : eq);
      const exact = entries.find(([, s]) => s.long === name);
      const matches = exact ? [exact] : entries.filter(([, s]) => s.long?.startsWith(name));
      if (matches.length === 0) return bad(`unrecognized option '${a}'`);
      if (matches.length > 1) {
        return bad(`option '${a.slice(0, eq < 0 ? undefined : eq)}' is ambiguous; possibilities:${matches.map(([, s]) => ` '--${s.long}'`).join('')}`);
      }
      const [key, spec] = matches[0]!;
      if (spec.value) {
        if (eq >= 0) opts[key] = a.slice(eq + 1);
        else if (i + 1 < args.length) opts[key] = args[++i]!;
        else return bad(`option '--${spec.long}' requires an argument`);
      } else {
        if (eq >= 0) return bad(`option '--${spec.long}' doesn't allow an argument`);
        opts[key] = true;
      }
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        const found = entries.find(([, s]) => s.short === c);
        if (!found) return bad(`invalid option -- '${c}'`);
        const [key, spec] = found;
        if (!spec.value) {
          opts[key] = true;
          continue;
        }
        if (j + 1 < a.length) opts[key] = a.slice(j + 1);
        else if (i + 1 < args.length) opts[key] = args[++i]!;
        else return bad(`option requires an argument -- '${c}'`);
        break;
      }
      continue;
    }
    operands.push(a);
  }
  return { opts, operands };
}

/** `missing operand` and friends, with the usual second line. */
export function usageError(ctx: CommandContext, message: string, status = 1): number {
  ctx.stderr.write(`${ctx.name}: ${message}\n${tryHelp(ctx.name)}`);
  return status;
}

/** coreutils' locale quoting in a UTF-8 locale: ‘name’. */
export const lq = (s: string) => `\u2018${s}\u2019`;

/** coreutils' shell-escape-always quoting ('name'), used for file names in ls, cp, rm, mv, touch. */
export const sq = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;

/** shell-escape quoting: bare when the name needs no quotes (cat, wc, base64 messages). */
export const sqIfNeeded = (s: string) => (/^[A-Za-z0-9._/+@%:=,^-]+$/.test(s) ? s : sq(s));

export function resolve(ctx: CommandContext, path: string): string {
  return ctx.state.vfs.resolve(ctx.state.cwd, path);
}

/** Reads a file operand (`-` is stdin); returns the bytes or the POSIX error message. */
export function readOperand(ctx: CommandContext, operand: string): Uint8Array | { error: string } {
  if (operand === '-') return ctx.stdin;
  try {
    return ctx.state.vfs.readFile(resolve(ctx, operand));
  } catch (e) {
    if (isVfsError(e)) return { error: e.message };
    throw e;
  }
}

export const isError = (r: Uint8Array | { error: string }): r is { error: string } => !(r instanceof Uint8Array);

/** Parses a GNU size/count argument (digits with an optional k, K, M, G suffix). */
export function parseCount(text: string): number | undefined {
  const m = /^(\d+)(b|kB|K|k|KiB|MB|M|MiB|GB|G|GiB)?$/.exec(text);
  if (!m) return undefined;
  const mult: Record<string, number> = {
    b: 512,
    kB: 1000,
    K: 1024,
    k: 1024,
    KiB: 1024,
    MB: 1e6,
    M: 1048576,
    MiB: 1048576,
    GB: 1e9,
    G: 1073741824,
    GiB: 1073741824,
  };
  return Number(m[1]) * (m[2] ? mult[m[2]]! : 1);
}

/** Splits bytes into lines keeping each line's `\n`. */
export function splitLines(data: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < data.length; i++) {
    if (data[i] === 10) {
      lines.push(data.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < data.length) lines.push(data.subarray(start));
  return lines;
}
