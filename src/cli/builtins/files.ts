/**
 * File commands over the virtual file system, with coreutils' and bash's messages:
 * cat, cp, mv, rm, mkdir, rmdir, touch, and the bash builtins cd and pwd.
 * Simplified: no permissions, so no "Permission denied"; no interactive prompts (-i).
 */
import { concatBytes, utf8 } from '@/core';
import { basename, isVfsError, joinPath, VfsError } from '@/vfs';
import { setVariable } from '@/cli/shell/exec';
import type { CommandContext, CommandInfo } from '@/cli/shell/types';
import { getopt, isError, lq, readOperand, resolve, splitLines, sq, sqIfNeeded, usageError } from './util';

function cat(ctx: CommandContext): number {
  const p = getopt(ctx, { number: { short: 'n', long: 'number' } });
  if (!p) return 1;
  let status = 0;
  let line = 1;
  for (const operand of p.operands.length ? p.operands : ['-']) {
    const data = readOperand(ctx, operand);
    if (isError(data)) {
      ctx.stderr.write(`cat: ${sqIfNeeded(operand)}: ${data.error}\n`);
      status = 1;
      continue;
    }
    if (!p.opts.number) {
      ctx.stdout.write(data);
      continue;
    }
    for (const l of splitLines(data)) ctx.stdout.write(concatBytes(utf8(`${String(line++).padStart(6)}\t`), l));
  }
  return status;
}

const errorText = (e: unknown) => {
  if (isVfsError(e)) return e.message;
  throw e;
};

/** Copies a file or (recursively) a directory; returns false after printing an error. */
function copyTree(ctx: CommandContext, from: string, to: string, shownFrom: string, shownTo: string): boolean {
  const vfs = ctx.state.vfs;
  if (vfs.isDir(from)) {
    if (to === from || to.startsWith(`${from}/`)) {
      ctx.stderr.write(`cp: cannot copy a directory, ${sq(shownFrom)}, into itself, ${sq(shownTo)}\n`);
      return false;
    }
    if (vfs.isFile(to)) {
      ctx.stderr.write(`cp: cannot overwrite non-directory ${sq(shownTo)} with directory ${sq(shownFrom)}\n`);
      return false;
    }
    if (!vfs.exists(to)) vfs.mkdir(to);
    let ok = true;
    for (const name of vfs.readdir(from)) ok = copyTree(ctx, joinPath(from, name), joinPath(to, name), `${shownFrom}/${name}`, `${shownTo}/${name}`) && ok;
    return ok;
  }
  try {
    vfs.writeFile(to, vfs.readFile(from));
    return true;
  } catch (e) {
    ctx.stderr.write(`cp: cannot create regular file ${sq(shownTo)}: ${errorText(e)}\n`);
    return false;
  }
}

/** Shared operand handling of cp and mv: SRC DEST, or SRC... DIR. */
function transfer(ctx: CommandContext, operands: string[], each: (src: string, dest: string, shownSrc: string, shownDest: string) => boolean): number {
  if (operands.length === 0) return usageError(ctx, 'missing file operand');
  if (operands.length === 1) return usageError(ctx, `missing destination file operand after ${sq(operands[0]!)}`);
  const target = operands[operands.length - 1]!;
  const targetPath = resolve(ctx, target);
  const intoDir = ctx.state.vfs.isDir(targetPath);
  if (operands.length > 2 && !intoDir) {
    const why = ctx.state.vfs.exists(targetPath) ? 'is not a directory' : ': No such file or directory';
    ctx.stderr.write(`${ctx.name}: target ${sq(target)}${why.startsWith(':') ? why : ` ${why}`}\n`);
    return 1;
  }
  let status = 0;
  for (const src of operands.slice(0, -1)) {
    const srcPath = resolve(ctx, src);
    if (!ctx.state.vfs.exists(srcPath)) {
      ctx.stderr.write(`${ctx.name}: cannot stat ${sq(src)}: No such file or directory\n`);
      status = 1;
      continue;
    }
    const name = basename(src);
    const dest = intoDir ? joinPath(targetPath, name) : targetPath;
    const shownDest = intoDir ? `${target.replace(/\/+$/, '')}/${name}` : target;
    if (dest === srcPath) {
      ctx.stderr.write(`${ctx.name}: ${sq(src)} and ${sq(shownDest)} are the same file\n`);
      status = 1;
      continue;
    }
    if (!each(srcPath, dest, src, shownDest)) status = 1;
  }
  return status;
}

function cp(ctx: CommandContext): number {
  const p = getopt(ctx, { recursive: { short: 'r', long: 'recursive' }, R: { short: 'R' }, force: { short: 'f', long: 'force' } });
  if (!p) return 1;
  const recursive = p.opts.recursive || p.opts.R;
  return transfer(ctx, p.operands, (src, dest, shownSrc, shownDest) => {
    if (ctx.state.vfs.isDir(src) && !recursive) {
      ctx.stderr.write(`cp: -r not specified; omitting directory ${sq(shownSrc)}\n`);
      return false;
    }
    return copyTree(ctx, src, dest, shownSrc, shownDest);
  });
}

function mv(ctx: CommandContext): number {
  const p = getopt(ctx, { force: { short: 'f', long: 'force' } });
  if (!p) return 1;
  return transfer(ctx, p.operands, (src, dest, shownSrc, shownDest) => {
    const vfs = ctx.state.vfs;
    if (vfs.isDir(src) && (dest === src || dest.startsWith(`${src}/`))) {
      ctx.stderr.write(`mv: cannot move ${sq(shownSrc)} to a subdirectory of itself, ${sq(shownDest)}\n`);
      return false;
    }
    if (vfs.isDir(src) && vfs.isFile(dest)) {
      ctx.stderr.write(`mv: cannot overwrite non-directory ${sq(shownDest)} with directory ${sq(shownSrc)}\n`);
      return false;
    }
    try {
      vfs.rename(src, dest);
      return true;
    } catch (e) {
      ctx.stderr.write(`mv: cannot move ${sq(shownSrc)} to ${sq(shownDest)}: ${errorText(e)}\n`);
      return false;
    }
  });
}

function rm(ctx: CommandContext): number {
  const p = getopt(ctx, {
    force: { short: 'f', long: 'force' },
    recursive: { short: 'r', long: 'recursive' },
    R: { short: 'R' },
    dir: { short: 'd', long: 'dir' },
  });
  if (!p) return 1;
  const { opts, operands } = p;
  if (operands.length === 0) return opts.force ? 0 : usageError(ctx, 'missing operand');
  const recursive = opts.recursive || opts.R;
  let status = 0;
  for (const operand of operands) {
    const path = resolve(ctx, operand);
    if (/(^|\/)\.\.?\/*$/.test(operand)) {
      ctx.stderr.write(`rm: refusing to remove '.' or '..' directory: skipping ${sq(operand)}\n`);
      status = 1;
      continue;
    }
    if (path === '/' && recursive) {
      ctx.stderr.write(`rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n`);
      status = 1;
      continue;
    }
    const vfs = ctx.state.vfs;
    if (!vfs.exists(path)) {
      if (!opts.force) {
        ctx.stderr.write(`rm: cannot remove ${sq(operand)}: No such file or directory\n`);
        status = 1;
      }
      continue;
    }
    try {
      if (vfs.isDir(path) && recursive) vfs.removeTree(path);
      else if (vfs.isDir(path) && opts.dir) vfs.rmdir(path);
      else vfs.unlink(path);
    } catch (e) {
      ctx.stderr.write(`rm: cannot remove ${sq(operand)}: ${errorText(e)}\n`);
      status = 1;
    }
  }
  return status;
}

function mkdir(ctx: CommandContext): number {
  const p = getopt(ctx, { parents: { short: 'p', long: 'parents' } });
  if (!p) return 1;
  if (p.operands.length === 0) return usageError(ctx, 'missing operand');
  let status = 0;
  for (const operand of p.operands) {
    try {
      ctx.state.vfs.mkdir(resolve(ctx, operand), { parents: !!p.opts.parents });
    } catch (e) {
      ctx.stderr.write(`mkdir: cannot create directory ${lq(operand)}: ${errorText(e)}\n`);
      status = 1;
    }
  }
  return status;
}

function rmdir(ctx: CommandContext): number {
  const p = getopt(ctx, {});
  if (!p) return 1;
  if (p.operands.length === 0) return usageError(ctx, 'missing operand');
  let status = 0;
  for (const operand of p.operands) {
    try {
      ctx.state.vfs.rmdir(resolve(ctx, operand));
    } catch (e) {
      ctx.stderr.write(`rmdir: failed to remove ${sq(operand)}: ${errorText(e)}\n`);
      status = 1;
    }
  }
  return status;
}

function touch(ctx: CommandContext): number {
  const p = getopt(ctx, {});
  if (!p) return 1;
  if (p.operands.length === 0) return usageError(ctx, 'missing file operand');
  let status = 0;
  for (const operand of p.operands) {
    try {
      ctx.state.vfs.touch(resolve(ctx, operand));
    } catch (e) {
      ctx.stderr.write(`touch: cannot touch ${sq(operand)}: ${errorText(e)}\n`);
      status = 1;
    }
  }
  return status;
}

/** bash's cd: no operand goes home, `-` goes back (and prints where); PWD and OLDPWD follow. */
function cd(ctx: CommandContext): number {
  const { state } = ctx;
  if (ctx.args.length > 1) {
    ctx.stderr.write('bash: cd: too many arguments\n');
    return 1;
  }
  let target = ctx.args[0] ?? state.vars.get('HOME')?.value ?? '/';
  const back = target === '-';
  if (back) {
    const old = state.vars.get('OLDPWD')?.value;
    if (!old) {
      ctx.stderr.write('bash: cd: OLDPWD not set\n');
      return 1;
    }
    target = old;
  }
  const path = resolve(ctx, target);
  try {
    if (!state.vfs.isDir(path)) {
      state.vfs.stat(path);
      throw new VfsError('ENOTDIR', path);
    }
  } catch (e) {
    ctx.stderr.write(`bash: cd: ${target}: ${errorText(e)}\n`);
    return 1;
  }
  setVariable(state, 'OLDPWD', state.cwd, true);
  state.cwd = path;
  setVariable(state, 'PWD', path, true);
  if (back) ctx.stdout.write(`${path}\n`);
  return 0;
}

function pwd(ctx: CommandContext): number {
  ctx.stdout.write(`${ctx.state.cwd}\n`);
  return 0;
}

export const fileCommands: Record<string, CommandInfo> = {
  cat: { run: cat, summary: 'concatenate files and print on the standard output', usage: 'cat [-n] [FILE]...' },
  cp: { run: cp, summary: 'copy files and directories', usage: 'cp [-r] SOURCE... DEST' },
  mv: { run: mv, summary: 'move (rename) files', usage: 'mv SOURCE... DEST' },
  rm: { run: rm, summary: 'remove files or directories', usage: 'rm [-f] [-r] FILE...' },
  mkdir: { run: mkdir, summary: 'make directories', usage: 'mkdir [-p] DIRECTORY...' },
  rmdir: { run: rmdir, summary: 'remove empty directories', usage: 'rmdir DIRECTORY...' },
  touch: { run: touch, summary: 'create a file or update its modification time', usage: 'touch FILE...' },
  cd: { run: cd, summary: 'change the working directory', usage: 'cd [DIR | -]' },
  pwd: { run: pwd, summary: 'print the working directory', usage: 'pwd' },
};
