/**
 * ls as GNU coreutils prints it: one name per line into a pipe or file, columns on the
 * terminal, `-l` with mode, links, owner, size and the modification time (UTC; `%b %e %H:%M`
 * within six months, `%b %e  %Y` otherwise), `total` in 1K blocks of 4 KiB filesystem blocks.
 * Sorted in code-point order (the C.UTF-8 locale). Simplified: no colors, no -R, -t, -S; columns are
 * padded with spaces where GNU ls uses tabs (the same on screen).
 */
import { isVfsError, joinPath, type VfsStat } from '@/vfs';
import type { CommandContext, CommandInfo } from '@/cli/shell/types';
import { getopt, resolve, sq } from './util';

const OWNER = 'cloudshell-user';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SIX_MONTHS_MS = (365.2425 / 2) * 86_400_000;

interface Entry {
  name: string;
  stat: VfsStat;
}

const byName = (a: Entry, b: Entry) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

async function ls(ctx: CommandContext): Promise<number> {
  const p = getopt(ctx, {
    long: { short: 'l' },
    all: { short: 'a', long: 'all' },
    almostAll: { short: 'A', long: 'almost-all' },
    one: { short: '1' },
    directory: { short: 'd', long: 'directory' },
    human: { short: 'h', long: 'human-readable' },
  });
  if (!p) return 2;
  const { opts } = p;
  const operands = p.operands.length ? p.operands : ['.'];
  let status = 0;
  const files: Entry[] = [];
  const dirs: Entry[] = [];
  for (const name of operands) {
    try {
      const stat = ctx.state.vfs.stat(resolve(ctx, name));
      (stat.kind === 'dir' && !opts.directory ? dirs : files).push({ name, stat });
    } catch (e) {
      if (!isVfsError(e)) throw e;
      ctx.stderr.write(`ls: cannot access ${sq(name)}: ${e.message}\n`);
      status = 2;
    }
  }
  const now = ctx.state.cloud.clock.nowMs();
  const columns = ctx.stdout === ctx.state.terminalOut && !opts.one && !opts.long ? ctx.state.columns : 0;
  const blocks: string[] = [];
  if (files.length) blocks.push(render(files.sort(byName), !!opts.long, !!opts.human, now, columns, false));
  for (const dir of dirs.sort(byName)) {
    const path = resolve(ctx, dir.name);
    const entries: Entry[] = [];
    if (opts.all) entries.push({ name: '.', stat: dir.stat }, { name: '..', stat: ctx.state.vfs.stat(joinPath(path, '..')) });
    for (const name of ctx.state.vfs.readdir(path)) {
      if (name.startsWith('.') && !opts.all && !opts.almostAll) continue;
      entries.push({ name, stat: ctx.state.vfs.stat(joinPath(path, name)) });
    }
    const header = operands.length > 1 ? `${dir.name}:\n` : '';
    blocks.push(header + render(entries.sort(byName), !!opts.long, !!opts.human, now, columns, true));
  }
  ctx.stdout.write(blocks.join('\n'));
  return status;
}

function render(entries: Entry[], long: boolean, human: boolean, now: number, columns: number, total: boolean): string {
  if (!long) {
    const names = entries.map((e) => e.name);
    if (columns > 0) return inColumns(names, columns);
    return names.map((n) => `${n}\n`).join('');
  }
  const sizes = entries.map((e) => (human ? humanSize(e.stat.size) : String(e.stat.size)));
  const linkWidth = Math.max(0, ...entries.map((e) => String(e.stat.nlink).length));
  const sizeWidth = Math.max(0, ...sizes.map((s) => s.length));
  const kib = entries.reduce((n, e) => n + Math.ceil(e.stat.size / 4096) * 4, 0);
  let out = total ? `total ${kib}\n` : '';
  entries.forEach((e, i) => {
    const mode = e.stat.kind === 'dir' ? 'drwxr-xr-x' : '-rw-r--r--';
    out += `${mode} ${String(e.stat.nlink).padStart(linkWidth)} ${OWNER} ${OWNER} ${sizes[i]!.padStart(sizeWidth)} ${timeText(e.stat.mtimeMs, now)} ${e.name}\n`;
  });
  return out;
}

function timeText(ms: number, now: number): string {
  const d = new Date(ms);
  const day = String(d.getUTCDate()).padStart(2, ' ');
  const month = MONTHS[d.getUTCMonth()]!;
  const recent = ms <= now && now - ms < SIX_MONTHS_MS;
  if (recent) return `${month} ${day} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  return `${month} ${day}  ${d.getUTCFullYear()}`;
}

/** `-h`: powers of 1024, one decimal below 10 (rounded up), as `ls -lh` prints. */
export function humanSize(n: number): string {
  if (n < 1024) return String(n);
  const units = ['K', 'M', 'G', 'T'];
  let v = n;
  let u = -1;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  const text = v < 10 ? (Math.ceil(v * 10) / 10).toFixed(1) : String(Math.ceil(v));
  return text + units[u];
}

/** GNU ls's vertical columns: the most columns whose line fits the width, two spaces apart. */
export function inColumns(names: string[], width: number): string {
  if (names.length === 0) return '';
  let chosen = { rows: names.length, widths: [Math.max(...names.map((n) => n.length))] };
  for (let cols = names.length; cols > 1; cols--) {
    const rows = Math.ceil(names.length / cols);
    if ((cols - 1) * rows >= names.length) continue;
    const widths: number[] = [];
    for (let c = 0; c < cols; c++) widths.push(Math.max(...names.slice(c * rows, c * rows + rows).map((n) => n.length)));
    const line = widths.reduce((s, w, i) => s + w + (i < cols - 1 ? 2 : 0), 0);
    if (line < width) {
      chosen = { rows, widths };
      break;
    }
  }
  let out = '';
  for (let r = 0; r < chosen.rows; r++) {
    const cells: string[] = [];
    for (let c = 0; c < chosen.widths.length; c++) {
      const name = names[c * chosen.rows + r];
      if (name !== undefined) cells.push(name);
    }
    out += cells.map((n, c) => (c < cells.length - 1 ? n.padEnd(chosen.widths[c]! + 2) : n)).join('') + '\n';
  }
  return out;
}

export const lsCommand: CommandInfo = { run: ls, summary: 'list directory contents', usage: 'ls [-l] [-a] [-A] [-1] [-d] [-h] [FILE]...' };
