/**
 * Text commands: echo (bash's builtin), head, tail and wc (GNU coreutils), on bytes.
 * wc pads its counts as coreutils does: to the width of the total size of regular files,
 * 7 for standard input, none when a single count is asked for.
 */
import { concatBytes, utf8 } from '@/core';
import type { CommandContext, CommandInfo } from '@/cli/shell/types';
import { expandEscapes } from './escapes';
import { getopt, isError, lq, parseCount, readOperand, splitLines, sq, sqIfNeeded } from './util';

function echo(ctx: CommandContext): number {
  let i = 0;
  let newline = true;
  let escapes = false;
  for (; i < ctx.args.length && /^-[neE]+$/.test(ctx.args[i]!); i++) {
    for (const f of ctx.args[i]!.slice(1)) {
      if (f === 'n') newline = false;
      else escapes = f === 'e';
    }
  }
  const text = ctx.args.slice(i).join(' ');
  if (!escapes) {
    ctx.stdout.write(text + (newline ? '\n' : ''));
    return 0;
  }
  const e = expandEscapes(text, 'echo');
  ctx.stdout.write(e.stop || !newline ? e.bytes : concatBytes(e.bytes, utf8('\n')));
  return 0;
}

interface Slice {
  unit: 'lines' | 'bytes';
  /** Count; for head a negative count means "all but the last"; for tail `from` means "starting at". */
  n: number;
  from?: boolean;
}

/** head and tail share operands, the `==> name <==` headers and the count syntax (`-5`, `-n 5`, `-c 5`, `+5`). */
function headTail(ctx: CommandContext, which: 'head' | 'tail'): number {
  // The obsolete `head -5` form, only as the first argument (as GNU accepts it).
  const args = ctx.args.map((a, i) => (i === 0 && /^-\d+$/.test(a) ? `-n${a.slice(1)}` : a));
  const p = getopt(
    ctx,
    {
      lines: { short: 'n', long: 'lines', value: true },
      bytes: { short: 'c', long: 'bytes', value: true },
      quiet: { short: 'q', long: 'quiet' },
      verbose: { short: 'v', long: 'verbose' },
    },
    args,
  );
  if (!p) return 1;
  const raw = (p.opts.bytes ?? p.opts.lines) as string | undefined;
  const slice: Slice = { unit: p.opts.bytes !== undefined ? 'bytes' : 'lines', n: 10 };
  if (raw !== undefined) {
    const m = /^([-+]?)(.*)$/.exec(raw)!;
    const n = parseCount(m[2]!);
    if (n === undefined) {
      ctx.stderr.write(`${which}: invalid number of ${slice.unit}: ${lq(raw)}\n`);
      return 1;
    }
    slice.n = m[1] === '-' && which === 'head' ? -n : n;
    slice.from = m[1] === '+' && which === 'tail';
  }
  const operands = p.operands.length ? p.operands : ['-'];
  const headers = (operands.length > 1 && !p.opts.quiet) || !!p.opts.verbose;
  let status = 0;
  let first = true;
  for (const operand of operands) {
    const data = readOperand(ctx, operand);
    if (isError(data)) {
      ctx.stderr.write(
        data.error === 'Is a directory'
          ? `${which}: error reading ${sq(operand)}: ${data.error}\n`
          : `${which}: cannot open ${sq(operand)} for reading: ${data.error}\n`,
      );
      status = 1;
      continue;
    }
    if (headers) ctx.stdout.write(`${first ? '' : '\n'}==> ${operand === '-' ? 'standard input' : operand} <==\n`);
    first = false;
    ctx.stdout.write(which === 'head' ? head(data, slice) : tail(data, slice));
  }
  return status;
}

function head(data: Uint8Array, s: Slice): Uint8Array {
  if (s.unit === 'bytes') return s.n >= 0 ? data.subarray(0, s.n) : data.subarray(0, Math.max(0, data.length + s.n));
  const lines = splitLines(data);
  return concatBytes(...(s.n >= 0 ? lines.slice(0, s.n) : lines.slice(0, Math.max(0, lines.length + s.n))));
}

function tail(data: Uint8Array, s: Slice): Uint8Array {
  if (s.unit === 'bytes') return s.from ? data.subarray(Math.max(0, s.n - 1)) : data.subarray(Math.max(0, data.length - s.n));
  const lines = splitLines(data);
  return concatBytes(...(s.from ? lines.slice(Math.max(0, s.n - 1)) : lines.slice(Math.max(0, lines.length - s.n))));
}

interface Counts {
  lines: number;
  words: number;
  chars: number;
  bytes: number;
}

function count(data: Uint8Array): Counts {
  let lines = 0;
  let words = 0;
  let inWord = false;
  let chars = 0;
  for (const b of data) {
    if (b === 10) lines++;
    if ((b & 0xc0) !== 0x80) chars++;
    const space = b === 32 || (b >= 9 && b <= 13);
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      words++;
    }
  }
  return { lines, words, chars, bytes: data.length };
}

function wc(ctx: CommandContext): number {
  const p = getopt(ctx, {
    lines: { short: 'l', long: 'lines' },
    words: { short: 'w', long: 'words' },
    chars: { short: 'm', long: 'chars' },
    bytes: { short: 'c', long: 'bytes' },
  });
  if (!p) return 1;
  let keys = (['lines', 'words', 'chars', 'bytes'] as const).filter((k) => p.opts[k]);
  if (keys.length === 0) keys = ['lines', 'words', 'bytes'];
  const operands = p.operands.length ? p.operands : ['-'];
  const results: { name?: string; counts?: Counts }[] = [];
  let status = 0;
  let regularTotal = 0;
  let minWidth = 1;
  for (const operand of operands) {
    const data = readOperand(ctx, operand);
    if (isError(data)) {
      ctx.stderr.write(`wc: ${sqIfNeeded(operand)}: ${data.error}\n`);
      status = 1;
      results.push({});
      continue;
    }
    // Simplified: standard input counts as a pipe (coreutils measures a redirected regular file).
    if (operand === '-') minWidth = 7;
    else regularTotal += data.length;
    results.push({ name: p.operands.length ? operand : undefined, counts: count(data) });
  }
  // coreutils: one operand and one count print unpadded; otherwise pad to the digits of the
  // total size of the regular files read (at least 7 when standard input is among them).
  let width = Math.max(String(regularTotal).length, minWidth);
  if (operands.length === 1 && keys.length === 1) width = 1;
  const total: Counts = { lines: 0, words: 0, chars: 0, bytes: 0 };
  const line = (c: Counts, name?: string) => keys.map((k) => String(c[k]).padStart(width)).join(' ') + (name !== undefined ? ` ${name}` : '') + '\n';
  for (const r of results) {
    if (!r.counts) continue;
    for (const k of keys) total[k] += r.counts[k];
    ctx.stdout.write(line(r.counts, r.name));
  }
  if (operands.length > 1) ctx.stdout.write(line(total, 'total'));
  return status;
}

export const textCommands: Record<string, CommandInfo> = {
  echo: { run: echo, summary: 'display a line of text', usage: 'echo [-n] [-e] [STRING]...' },
  head: { run: (c) => headTail(c, 'head'), summary: 'output the first part of files', usage: 'head [-n N | -c N] [FILE]...' },
  tail: { run: (c) => headTail(c, 'tail'), summary: 'output the last part of files', usage: 'tail [-n [+]N | -c [+]N] [FILE]...' },
  wc: { run: wc, summary: 'print newline, word, and byte counts', usage: 'wc [-l] [-w] [-m] [-c] [FILE]...' },
};
