/**
 * strptime(3) for jq's `strptime`, `fromdateiso8601`, `fromdate` and `dateadd`, as glibc reads
 * dates (in UTC, CloudShell's time zone): %Y %m %d %e %H %M %S %j %y %s %z %Z %a %A %b %B %h
 * %p %T %R %D %F %n %t %% and white space; day of week and day of year are computed as glibc does.
 *
 * Simplified: no locale-specific directives (%c %x %X %E* %O*), no week numbers (%U %W %V %G).
 */
export interface Tm {
  sec: number;
  min: number;
  hour: number;
  mday: number;
  mon: number;
  /** Years since 1900. */
  year: number;
  wday: number;
  yday: number;
}

const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const EXPANSIONS: Record<string, string> = { T: '%H:%M:%S', R: '%H:%M', D: '%m/%d/%y', F: '%Y-%m-%d' };

/** Parses `text` by `format`; returns the fields and how many characters were read, or undefined when it does not match. */
export function strptime(text: string, format: string): { tm: Tm; length: number } | undefined {
  const tm: Tm = { sec: 0, min: 0, hour: 0, mday: 0, mon: 0, year: 0, wday: 0, yday: 0 };
  let pm: boolean | undefined;
  let pos = 0;
  const space = () => {
    while (pos < text.length && /\s/.test(text[pos]!)) pos++;
  };
  const num = (maxDigits: number, min: number, max: number, signed = false): number | undefined => {
    space();
    const m = new RegExp(`^${signed ? '[+-]?' : ''}\\d{1,${maxDigits}}`).exec(text.slice(pos));
    if (!m) return undefined;
    const n = Number(m[0]);
    if (n < min || n > max) return undefined;
    pos += m[0].length;
    return n;
  };
  const name = (names: string[]): number | undefined => {
    const rest = text.slice(pos).toLowerCase();
    for (let i = 0; i < names.length; i++) {
      for (const candidate of [names[i]!, names[i]!.slice(0, 3)]) {
        if (rest.startsWith(candidate)) {
          pos += candidate.length;
          return i;
        }
      }
    }
    return undefined;
  };
  const run = (fmt: string): boolean => {
    for (let i = 0; i < fmt.length; i++) {
      const c = fmt[i]!;
      if (/\s/.test(c)) {
        space();
        continue;
      }
      if (c !== '%') {
        if (text[pos] !== c) return false;
        pos++;
        continue;
      }
      const d = fmt[++i];
      if (d === undefined) return false;
      let v: number | undefined;
      switch (d) {
        case '%':
          if (text[pos] !== '%') return false;
          pos++;
          continue;
        case 'n':
        case 't':
          space();
          continue;
        case 'T':
        case 'R':
        case 'D':
        case 'F':
          if (!run(EXPANSIONS[d]!)) return false;
          continue;
        case 'Y':
          v = num(4, 0, 9999);
          if (v !== undefined) tm.year = v - 1900;
          break;
        case 'y':
          v = num(2, 0, 99);
          if (v !== undefined) tm.year = v < 69 ? v + 100 : v;
          break;
        case 'm':
          v = num(2, 1, 12);
          if (v !== undefined) tm.mon = v - 1;
          break;
        case 'd':
        case 'e':
          v = num(2, 1, 31);
          if (v !== undefined) tm.mday = v;
          break;
        case 'H':
          v = num(2, 0, 23);
          if (v !== undefined) tm.hour = v;
          break;
        case 'I':
          v = num(2, 1, 12);
          if (v !== undefined) tm.hour = v % 12;
          break;
        case 'M':
          v = num(2, 0, 59);
          if (v !== undefined) tm.min = v;
          break;
        case 'S':
          v = num(2, 0, 61);
          if (v !== undefined) tm.sec = v;
          break;
        case 'j':
          v = num(3, 1, 366);
          if (v !== undefined) tm.yday = v - 1;
          break;
        case 'p': {
          space();
          const ampm = text.slice(pos, pos + 2).toUpperCase();
          if (ampm !== 'AM' && ampm !== 'PM') return false;
          pm = ampm === 'PM';
          pos += 2;
          continue;
        }
        case 's': {
          v = num(20, -Infinity, Infinity, true);
          if (v !== undefined) {
            const date = new Date(v * 1000);
            Object.assign(tm, {
              sec: date.getUTCSeconds(),
              min: date.getUTCMinutes(),
              hour: date.getUTCHours(),
              mday: date.getUTCDate(),
              mon: date.getUTCMonth(),
              year: date.getUTCFullYear() - 1900,
            });
          }
          break;
        }
        case 'a':
        case 'A':
          space();
          v = name(DAYS);
          if (v !== undefined) tm.wday = v;
          break;
        case 'b':
        case 'B':
        case 'h':
          space();
          v = name(MONTHS);
          if (v !== undefined) tm.mon = v;
          break;
        case 'z': {
          space();
          const m = /^(Z|[+-]\d{2}(:?\d{2})?)/.exec(text.slice(pos));
          if (!m) return false;
          pos += m[0].length;
          continue;
        }
        case 'Z':
          space();
          while (pos < text.length && !/\s/.test(text[pos]!)) pos++;
          continue;
        default:
          return false;
      }
      if (v === undefined) return false;
    }
    return true;
  };
  if (!run(format)) return undefined;
  if (pm !== undefined) tm.hour = (tm.hour % 12) + (pm ? 12 : 0);
  if (tm.mday > 0) {
    const ms = Date.UTC(tm.year + 1900, tm.mon, tm.mday);
    tm.wday = new Date(ms).getUTCDay();
    tm.yday = Math.round((ms - Date.UTC(tm.year + 1900, 0, 1)) / 86_400_000);
  }
  return { tm, length: pos };
}
