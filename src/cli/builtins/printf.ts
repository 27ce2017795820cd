/**
 * bash's printf builtin: the format is reused until the arguments run out; conversions
 * %s %b %c %d %i %u %o %x %X %f %e %g %%, with flags, width and precision. A bad number
 * prints `bash: printf: abc: invalid number`, uses the leading digits (or 0), and returns 1.
 */
import { concatBytes, utf8 } from '@/core';
import type { CommandContext, CommandInfo } from '@/cli/shell/types';
import { expandEscapes } from './escapes';

const SPEC = /%([-+ #0]*)(\d+)?(?:\.(\d+))?([sbcdiuoxXfeEgG%])/g;

function toNumber(ctx: CommandContext, arg: string | undefined, bad: () => void, float: boolean): number {
  if (arg === undefined || arg === '') return 0;
  if (/^['"]/.test(arg)) return arg.codePointAt(1) ?? 0;
  const t = arg.trim();
  if (float && /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return Number(t);
  if (/^[-+]?0[xX][0-9a-fA-F]+$/.test(t)) return parseInt(t, 16);
  if (/^[-+]?0[0-7]+$/.test(t)) return parseInt(t, 8);
  if (/^[-+]?\d+$/.test(t)) return parseInt(t, 10);
  ctx.stderr.write(`bash: printf: ${arg}: invalid number\n`);
  bad();
  return parseInt(t, 10) || 0;
}

/** C's %.Nf: exact binary ties round to even (printf '%.1f' 2.25 is 2.2), unlike toFixed. */
function cFixed(n: number, digits: number): string {
  const scaled = n * 10 ** digits;
  const floor = Math.floor(scaled);
  if (scaled - floor === 0.5 && Number.isFinite(scaled)) return ((floor % 2 === 0 ? floor : floor + 1) / 10 ** digits).toFixed(digits);
  return n.toFixed(digits);
}

function pad(text: string, flags: string, width: number | undefined, numeric: boolean): string {
  if (width === undefined || text.length >= width) return text;
  if (flags.includes('-')) return text.padEnd(width);
  if (numeric && flags.includes('0')) {
    const sign = /^[-+ ]/.test(text) ? text[0]! : '';
    return sign + text.slice(sign.length).padStart(width - sign.length, '0');
  }
  return text.padStart(width);
}

function printf(ctx: CommandContext): number {
  const args = ctx.args[0] === '--' ? ctx.args.slice(1) : ctx.args;
  if (args.length === 0) {
    ctx.stderr.write('printf: usage: printf [-v var] format [arguments]\n');
    return 2;
  }
  const [format, ...rest] = args as [string, ...string[]];
  let status = 0;
  const bad = () => (status = 1);
  const out: Uint8Array[] = [];
  let next = 0;
  do {
    const start = next;
    let last = 0;
    let stopped = false;
    for (const m of format.matchAll(SPEC)) {
      const lit = expandEscapes(format.slice(last, m.index), 'printf');
      out.push(lit.bytes);
      last = m.index! + m[0].length;
      if (lit.stop) {
        stopped = true;
        break;
      }
      const [, flags = '', w, prec, conv] = m;
      const width = w === undefined ? undefined : Number(w);
      const precision = prec === undefined ? undefined : Number(prec);
      if (conv === '%') {
        out.push(utf8('%'));
        continue;
      }
      const arg = rest[next++];
      if (conv === 's') out.push(utf8(pad((arg ?? '').slice(0, precision), flags, width, false)));
      else if (conv === 'b') {
        const e = expandEscapes(arg ?? '', 'echo');
        out.push(utf8(pad(new TextDecoder().decode(e.bytes), flags, width, false)));
        if (e.stop) {
          stopped = true;
          break;
        }
      } else if (conv === 'c') out.push(utf8(pad((arg ?? '').slice(0, 1), flags, width, false)));
      else {
        const n = toNumber(ctx, arg, bad, 'feEgG'.includes(conv!));
        let text: string;
        if ('diu'.includes(conv!)) text = String(Math.trunc(n));
        else if (conv === 'o') text = Math.trunc(n).toString(8);
        else if (conv === 'x') text = Math.trunc(n).toString(16);
        else if (conv === 'X') text = Math.trunc(n).toString(16).toUpperCase();
        else if (conv === 'e' || conv === 'E') text = n.toExponential(precision ?? 6).replace(/e([+-])(\d)$/, 'e$10$2');
        else if (conv === 'g' || conv === 'G') text = String(Number(n.toPrecision(precision || 6)));
        else text = cFixed(n, precision ?? 6);
        if (conv === 'E' || conv === 'G') text = text.toUpperCase();
        if (flags.includes('+') && n >= 0) text = `+${text}`;
        else if (flags.includes(' ') && n >= 0) text = ` ${text}`;
        out.push(utf8(pad(text, flags, width, true)));
      }
    }
    if (stopped) break;
    const tail = expandEscapes(format.slice(last), 'printf');
    out.push(tail.bytes);
    if (tail.stop || next === start) break;
  } while (next < rest.length);
  ctx.stdout.write(concatBytes(...out));
  return status;
}

export const printfCommand: CommandInfo = { run: printf, summary: 'format and print data', usage: 'printf FORMAT [ARGUMENT]...' };
