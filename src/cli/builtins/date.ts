/**
 * GNU date on the simulated clock, in UTC (CloudShell's time zone): the default
 * `Sat Nov 28 22:15:13 UTC 2026`, `+FORMAT`, `-I`/`--iso-8601[=seconds]`, `-R`, `-d @EPOCH`.
 */
import type { CommandContext, CommandInfo } from '@/cli/shell/types';
import { getopt, lq } from './util';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const p2 = (n: number) => String(n).padStart(2, '0');

export function formatDate(format: string, ms: number): string {
  const d = new Date(ms);
  const Y = d.getUTCFullYear();
  const H = d.getUTCHours();
  const dayOfYear = Math.floor((Date.UTC(Y, d.getUTCMonth(), d.getUTCDate()) - Date.UTC(Y, 0, 1)) / 86_400_000) + 1;
  const f: Record<string, () => string> = {
    a: () => DAYS[d.getUTCDay()]!.slice(0, 3),
    A: () => DAYS[d.getUTCDay()]!,
    b: () => MONTHS[d.getUTCMonth()]!.slice(0, 3),
    h: () => MONTHS[d.getUTCMonth()]!.slice(0, 3),
    B: () => MONTHS[d.getUTCMonth()]!,
    c: () => formatDate('%a %b %e %H:%M:%S %Y', ms),
    C: () => p2(Math.floor(Y / 100)),
    d: () => p2(d.getUTCDate()),
    D: () => formatDate('%m/%d/%y', ms),
    e: () => String(d.getUTCDate()).padStart(2, ' '),
    F: () => formatDate('%Y-%m-%d', ms),
    H: () => p2(H),
    I: () => p2(H % 12 || 12),
    j: () => String(dayOfYear).padStart(3, '0'),
    k: () => String(H).padStart(2, ' '),
    l: () => String(H % 12 || 12).padStart(2, ' '),
    m: () => p2(d.getUTCMonth() + 1),
    M: () => p2(d.getUTCMinutes()),
    n: () => '\n',
    N: () => String(d.getUTCMilliseconds() * 1_000_000).padStart(9, '0'),
    p: () => (H < 12 ? 'AM' : 'PM'),
    r: () => formatDate('%I:%M:%S %p', ms),
    R: () => formatDate('%H:%M', ms),
    s: () => String(Math.floor(ms / 1000)),
    S: () => p2(d.getUTCSeconds()),
    t: () => '\t',
    T: () => formatDate('%H:%M:%S', ms),
    u: () => String(d.getUTCDay() || 7),
    w: () => String(d.getUTCDay()),
    y: () => p2(Y % 100),
    Y: () => String(Y),
    z: () => '+0000',
    Z: () => 'UTC',
    '%': () => '%',
  };
  return format.replace(/%(.)/g, (m, c: string) => f[c]?.() ?? m);
}

function date(ctx: CommandContext): number {
  const p = getopt(ctx, {
    utc: { short: 'u', long: 'utc' },
    iso: { short: 'I', long: 'iso-8601' },
    rfc: { short: 'R', long: 'rfc-email' },
    date: { short: 'd', long: 'date', value: true },
  });
  if (!p) return 1;
  let ms = ctx.state.cloud.clock.nowMs();
  if (typeof p.opts.date === 'string') {
    const text = p.opts.date;
    const parsed = text.startsWith('@') && /^@-?\d+(\.\d+)?$/.test(text) ? Number(text.slice(1)) * 1000 : text === 'now' ? ms : Date.parse(text);
    if (Number.isNaN(parsed)) {
      ctx.stderr.write(`date: invalid date ${lq(text)}\n`);
      return 1;
    }
    ms = parsed;
  }
  const extra = p.operands.find((o) => !o.startsWith('+'));
  if (extra !== undefined || p.operands.length > 1) {
    ctx.stderr.write(`date: invalid date ${lq(extra ?? p.operands[1]!)}\n`);
    return 1;
  }
  let format = '%a %b %e %H:%M:%S %Z %Y';
  if (p.opts.iso) format = p.opts.iso === 'seconds' ? '%Y-%m-%dT%H:%M:%S+00:00' : '%Y-%m-%d';
  if (p.opts.rfc) format = '%a, %d %b %Y %H:%M:%S +0000';
  if (p.operands[0]) format = p.operands[0].slice(1);
  ctx.stdout.write(`${formatDate(format, ms)}\n`);
  return 0;
}

export const dateCommand: CommandInfo = {
  run: date,
  summary: 'print the date and time of the simulated clock (UTC)',
  usage: 'date [-u] [-I] [-R] [-d @EPOCH] [+FORMAT]',
};
