/**
 * diff (normal format, as GNU diffutils prints it by default) and cmp.
 * diff aligns lines with Myers' O(ND) algorithm, the one GNU diff is built on; a NUL byte
 * makes a file binary: `Binary files a and b differ`. Exit: 0 same, 1 different, 2 trouble.
 * Simplified: no -u/-c output formats, no directory comparison.
 */
import { bytesEqual, utf8 } from '@/core';
import { joinPath } from '@/vfs';
import type { CommandContext, CommandInfo } from '@/cli/shell/types';
import { getopt, isError, readOperand, resolve, sq, splitLines } from './util';

type Op = { kind: 'same' | 'del' | 'ins'; a: number; b: number };

/** Myers' shortest edit script between two line lists. */
export function myers<T>(a: T[], b: T[], eq: (x: T, y: T) => boolean): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const v = new Map<number, number>([[1, 0]]);
  const trace: Map<number, number>[] = [];
  outer: for (let d = 0; d <= max; d++) {
    trace.push(new Map(v));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (v.get(k - 1) ?? -1) < (v.get(k + 1) ?? -1)) ? v.get(k + 1)! : v.get(k - 1)! + 1;
      let y = x - k;
      while (x < n && y < m && eq(a[x]!, b[y]!)) {
        x++;
        y++;
      }
      v.set(k, x);
      if (x >= n && y >= m) break outer;
    }
  }
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && (vd.get(k - 1) ?? -1) < (vd.get(k + 1) ?? -1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = vd.get(prevK) ?? 0;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) ops.push({ kind: 'same', a: --x, b: --y });
    if (d > 0) ops.push(down ? { kind: 'ins', a: x, b: --y } : { kind: 'del', a: --x, b: y });
  }
  return ops.reverse();
}

const range = (from: number, to: number) => (to > from ? `${from},${to}` : `${from}`);

/** GNU diff's default output for two texts split into lines (each keeping its newline). */
export function normalDiff(a: Uint8Array[], b: Uint8Array[]): string {
  const ops = myers(a, b, bytesEqual);
  const text = (l: Uint8Array) => {
    const s = new TextDecoder().decode(l);
    return s.endsWith('\n') ? s : `${s}\n\\ No newline at end of file\n`;
  };
  let out = '';
  for (let i = 0; i < ops.length;) {
    if (ops[i]!.kind === 'same') {
      i++;
      continue;
    }
    const dels: Op[] = [];
    const ins: Op[] = [];
    const at = ops[i]!;
    while (i < ops.length && ops[i]!.kind !== 'same') (ops[i]!.kind === 'del' ? dels : ins).push(ops[i++]!);
    if (dels.length && ins.length) out += `${range(dels[0]!.a + 1, dels[dels.length - 1]!.a + 1)}c${range(ins[0]!.b + 1, ins[ins.length - 1]!.b + 1)}\n`;
    else if (dels.length) out += `${range(dels[0]!.a + 1, dels[dels.length - 1]!.a + 1)}d${at.b}\n`;
    else out += `${at.a}a${range(ins[0]!.b + 1, ins[ins.length - 1]!.b + 1)}\n`;
    out += dels.map((o) => `< ${text(a[o.a]!)}`).join('');
    if (dels.length && ins.length) out += '---\n';
    out += ins.map((o) => `> ${text(b[o.b]!)}`).join('');
  }
  return out;
}

function diff(ctx: CommandContext): number {
  const p = getopt(ctx, { brief: { short: 'q', long: 'brief' }, unified: { short: 'u', long: 'unified' } });
  if (!p) return 2;
  if (p.opts.unified) {
    ctx.stderr.write('diff: -u (unified format) is not supported in this lab; plain `diff a b` is\n');
    return 2;
  }
  const tryHelp = "diff: Try 'diff --help' for more information.\n";
  if (p.operands.length < 2) {
    ctx.stderr.write(p.operands.length ? `diff: missing operand after ${sq(p.operands[0]!)}\n${tryHelp}` : `diff: missing operand after 'diff'\n${tryHelp}`);
    return 2;
  }
  if (p.operands.length > 2) {
    ctx.stderr.write(`diff: extra operand ${sq(p.operands[2]!)}\n${tryHelp}`);
    return 2;
  }
  let [left, right] = p.operands as [string, string];
  // `diff file dir` compares with dir/file, as GNU diff does.
  if (ctx.state.vfs.isDir(resolve(ctx, right)) && !ctx.state.vfs.isDir(resolve(ctx, left))) right = joinPath(right, left.split('/').pop()!);
  else if (ctx.state.vfs.isDir(resolve(ctx, left)) && !ctx.state.vfs.isDir(resolve(ctx, right))) left = joinPath(left, right.split('/').pop()!);
  const a = readOperand(ctx, left);
  const b = readOperand(ctx, right);
  let trouble = false;
  for (const [name, data] of [
    [left, a],
    [right, b],
  ] as const) {
    if (isError(data)) {
      ctx.stderr.write(data.error === 'Is a directory' ? `diff: comparing directories is not supported in this lab\n` : `diff: ${name}: ${data.error}\n`);
      trouble = true;
    }
  }
  if (trouble || isError(a) || isError(b)) return 2;
  if (bytesEqual(a, b)) return 0;
  if (p.opts.brief) {
    ctx.stdout.write(`Files ${left} and ${right} differ\n`);
    return 1;
  }
  if (a.includes(0) || b.includes(0)) {
    ctx.stdout.write(`Binary files ${left} and ${right} differ\n`);
    return 1;
  }
  ctx.stdout.write(utf8(normalDiff(splitLines(a), splitLines(b))));
  return 1;
}

function cmp(ctx: CommandContext): number {
  const p = getopt(ctx, { silent: { short: 's', long: 'silent' }, quiet: { long: 'quiet' } });
  if (!p) return 2;
  if (p.operands.length === 0) {
    ctx.stderr.write(`cmp: missing operand after 'cmp'\ncmp: Try 'cmp --help' for more information.\n`);
    return 2;
  }
  const [left, right = '-'] = p.operands as [string, string?];
  const a = readOperand(ctx, left);
  const b = readOperand(ctx, right);
  let trouble = false;
  for (const [name, data] of [
    [left, a],
    [right, b],
  ] as const) {
    if (isError(data)) {
      ctx.stderr.write(`cmp: ${name}: ${data.error}\n`);
      trouble = true;
    }
  }
  if (trouble || isError(a) || isError(b)) return 2;
  const silent = p.opts.silent || p.opts.quiet;
  let line = 1;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) {
      if (!silent) ctx.stdout.write(`${left} ${right} differ: byte ${i + 1}, line ${line}\n`);
      return 1;
    }
    if (a[i] === 10) line++;
  }
  if (a.length === b.length) return 0;
  if (!silent) {
    const [shortName, shortData] = a.length < b.length ? [left, a] : [right, b];
    const shown = shortName === '-' ? '-' : shortName;
    const atLineEnd = shortData[n - 1] === 10;
    const where = atLineEnd ? `line ${line - 1}` : `in line ${line}`;
    ctx.stderr.write(shortData.length === 0 ? `cmp: EOF on ${shown} which is empty\n` : `cmp: EOF on ${shown} after byte ${n}, ${where}\n`);
  }
  return 1;
}

export const compareCommands: Record<string, CommandInfo> = {
  diff: { run: diff, summary: 'compare files line by line', usage: 'diff [-q] FILE1 FILE2' },
  cmp: { run: cmp, summary: 'compare two files byte by byte', usage: 'cmp [-s] FILE1 [FILE2]' },
};
