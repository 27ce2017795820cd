/**
 * base64 (GNU coreutils), xxd (vim's) and sha256sum, on bytes.
 * base64 wraps at 76 columns; decoding accepts newlines and a missing final padding, and on
 * bad input writes what it decoded so far, then `base64: invalid input` (exit 1), as GNU does.
 * xxd lays out its columns with xxd's own arithmetic (offset, hex groups, text column).
 */
import { concatBytes, fromHex, toBase64, toHex, utf8 } from '@/core';
import { FileOutput } from '@/cli/shell/io';
import type { CommandContext, CommandInfo } from '@/cli/shell/types';
import { getopt, isError, lq, parseCount, readOperand, resolve, sqIfNeeded, usageError } from './util';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const val = (c: number | undefined) => (c === undefined ? -1 : B64.indexOf(String.fromCharCode(c)));
const PAD = 61;

/** gnulib's decoder: 4-character quanta; returns the bytes decoded before any error. */
export function gnuBase64Decode(input: Uint8Array, ignoreGarbage: boolean): { bytes: Uint8Array; ok: boolean } {
  const s = input.filter((c) => c !== 10 && (!ignoreGarbage || c === PAD || val(c) >= 0));
  const out: number[] = [];
  for (let i = 0; i < s.length; i += 4) {
    // A final quantum shorter than 4 decodes what it can, then fails (gnulib's decode_4).
    const q = Array.from(s.subarray(i, i + 4));
    const [a, b, c, d] = [val(q[0]), val(q[1]), val(q[2]), val(q[3])];
    if (q.length < 2 || a < 0 || b < 0) return { bytes: new Uint8Array(out), ok: false };
    out.push(((a << 2) | (b >> 4)) & 0xff);
    if (q.length === 2) return { bytes: new Uint8Array(out), ok: false };
    if (q[2] === PAD) {
      if (q[3] !== PAD) return { bytes: new Uint8Array(out), ok: false };
      continue;
    }
    if (c < 0) return { bytes: new Uint8Array(out), ok: false };
    out.push(((b << 4) | (c >> 2)) & 0xff);
    if (q.length === 3) return { bytes: new Uint8Array(out), ok: false };
    if (q[3] === PAD) continue;
    if (d < 0) return { bytes: new Uint8Array(out), ok: false };
    out.push(((c << 6) | d) & 0xff);
  }
  return { bytes: new Uint8Array(out), ok: true };
}

function base64(ctx: CommandContext): number {
  const p = getopt(ctx, {
    decode: { short: 'd', long: 'decode' },
    ignore: { short: 'i', long: 'ignore-garbage' },
    wrap: { short: 'w', long: 'wrap', value: true },
  });
  if (!p) return 1;
  if (p.operands.length > 1) return usageError(ctx, `extra operand ${lq(p.operands[1]!)}`);
  let wrap = 76;
  if (p.opts.wrap !== undefined) {
    const w = parseCount(p.opts.wrap as string);
    if (w === undefined) {
      ctx.stderr.write(`base64: invalid wrap size: ${lq(p.opts.wrap as string)}\n`);
      return 1;
    }
    wrap = w;
  }
  const operand = p.operands[0] ?? '-';
  const data = readOperand(ctx, operand);
  if (isError(data)) {
    ctx.stderr.write(`base64: ${sqIfNeeded(operand)}: ${data.error}\n`);
    return 1;
  }
  if (p.opts.decode) {
    const { bytes, ok } = gnuBase64Decode(data, !!p.opts.ignore);
    ctx.stdout.write(bytes);
    if (ok) return 0;
    ctx.stderr.write('base64: invalid input\n');
    return 1;
  }
  const text = toBase64(data);
  if (text === '') return 0;
  // With -w 0 GNU base64 writes no newline at all.
  if (wrap === 0) ctx.stdout.write(text);
  else ctx.stdout.write((text.match(new RegExp(`.{1,${wrap}}`, 'g')) ?? []).join('\n') + '\n');
  return 0;
}

const XXD_USAGE = `Usage:
       xxd [options] [infile [outfile]]
    or
       xxd -r [-s [-]offset] [-c cols] [-ps] [infile [outfile]]
Options:
    -c cols     format <cols> octets per line. Default 16 (-ps: 30).
    -g bytes    number of octets per group in normal output. Default 2.
    -h          print this summary.
    -l len      stop after <len> octets.
    -ps         output in postscript plain hexdump style.
    -r          reverse operation: convert (or patch) hexdump into binary (with -p).
    -s seek     start at <seek> bytes abs. infile offset.
    -u          use upper case hex letters.
`;

/** The dump of vim's xxd: `00000000: 4865 6c6c  Hel`, columns placed by xxd's own formulas. */
export function xxdDump(data: Uint8Array, cols = 16, group = 2, offset = 0, upper = false): string {
  const hex = (n: number) => {
    const h = n.toString(16).padStart(2, '0');
    return upper ? h.toUpperCase() : h;
  };
  const grplen = group * 2 + 1;
  let out = '';
  for (let start = 0; start < data.length; start += cols) {
    const chunk = data.subarray(start, start + cols);
    const line: string[] = Array.from({ length: 12 + Math.floor((grplen * cols - 1) / group) + chunk.length }, () => ' ');
    const addr = (offset + start).toString(16).padStart(8, '0') + ':';
    for (let i = 0; i < addr.length; i++) line[i] = addr[i]!;
    chunk.forEach((b, x) => {
      const c = 10 + Math.floor((grplen * x) / group);
      const h = hex(b);
      line[c] = h[0]!;
      line[c + 1] = h[1]!;
      line[12 + Math.floor((grplen * cols - 1) / group) + x] = b > 31 && b < 127 ? String.fromCharCode(b) : '.';
    });
    out += line.join('') + '\n';
  }
  return out;
}

function xxd(ctx: CommandContext): number {
  // xxd accepts `-ps` as well as `-p`.
  const args = ctx.args.map((a) => (a === '-ps' || a === '-plain' || a === '-postscript' ? '-p' : a));
  const p = getopt(
    { ...ctx, stderr: { write: () => undefined } },
    {
      plain: { short: 'p' },
      reverse: { short: 'r' },
      cols: { short: 'c', value: true },
      group: { short: 'g', value: true },
      len: { short: 'l', value: true },
      seek: { short: 's', value: true },
      upper: { short: 'u' },
    },
    args,
  );
  if (!p || p.operands.length > 2) {
    ctx.stderr.write(XXD_USAGE);
    return 1;
  }
  const [input = '-', output] = p.operands;
  const data = readOperand(ctx, input);
  if (isError(data)) {
    ctx.stderr.write(`xxd: ${input}: ${data.error}\n`);
    return 2;
  }
  const num = (v: unknown, d: number) => (v === undefined ? d : Number(v));
  let result: Uint8Array;
  if (p.opts.reverse) {
    if (!p.opts.plain) {
      ctx.stderr.write('xxd: in this lab, -r works with -p (plain hex) only\n');
      return 1;
    }
    const hex = new TextDecoder().decode(data).replace(/[^0-9a-fA-F]/g, '');
    result = fromHex(hex.length % 2 ? hex.slice(0, -1) : hex)!;
  } else {
    const seek = num(p.opts.seek, 0);
    const body = data.subarray(seek, p.opts.len === undefined ? undefined : seek + num(p.opts.len, 0));
    if (p.opts.plain) {
      const cols = num(p.opts.cols, 30);
      const lines = (toHex(body).match(new RegExp(`.{1,${cols * 2}}`, 'g')) ?? []).map((l) => (p.opts.upper ? l.toUpperCase() : l));
      result = utf8(lines.map((l) => `${l}\n`).join(''));
    } else {
      result = utf8(xxdDump(body, num(p.opts.cols, 16), Math.max(1, num(p.opts.group, 2)), seek, !!p.opts.upper));
    }
  }
  if (output === undefined) {
    ctx.stdout.write(result);
    return 0;
  }
  const path = resolve(ctx, output);
  ctx.state.vfs.writeFile(path, new Uint8Array());
  const file = new FileOutput(ctx.state.vfs, path);
  file.write(result);
  file.flush();
  return 0;
}

async function sha256sum(ctx: CommandContext): Promise<number> {
  const p = getopt(ctx, {});
  if (!p) return 1;
  let status = 0;
  for (const operand of p.operands.length ? p.operands : ['-']) {
    const data = readOperand(ctx, operand);
    if (isError(data)) {
      ctx.stderr.write(`sha256sum: ${sqIfNeeded(operand)}: ${data.error}\n`);
      status = 1;
      continue;
    }
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(data)));
    ctx.stdout.write(concatBytes(utf8(`${toHex(digest)}  ${operand}\n`)));
  }
  return status;
}

export const encodeCommands: Record<string, CommandInfo> = {
  base64: { run: base64, summary: 'base64 encode/decode data and print to standard output', usage: 'base64 [-d] [-i] [-w COLS] [FILE]' },
  xxd: { run: xxd, summary: 'make a hex dump or do the reverse', usage: 'xxd [-p] [-r] [-c cols] [-g bytes] [-l len] [-s seek] [-u] [infile [outfile]]' },
  sha256sum: { run: sha256sum, summary: 'compute SHA256 message digests', usage: 'sha256sum [FILE]...' },
};
