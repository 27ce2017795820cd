/**
 * Runs parsed command lines: `;`, `&&`, `||`, subshells (on a copy of the shell's variables and
 * directory), `for`, `while`, `until` and `if`, pipelines (each stage gets the previous stage's
 * whole output: commands here are not streams), redirections in bash's left-to-right order
 * (`> f 2>&1` sends both to f, `2>&1 > f` only stdout) and to or from /dev/null, `NAME=value`
 * assignments, `$?`.
 */
import { utf8 } from '@/core';
import { isVfsError } from '@/vfs';
import { expandString, expandWord, type ExpandContext } from './expand';
import { Collector, FileOutput } from './io';
import type { Command, ListItem, ParsedLine, Redirect, SimpleCommand } from './parse';
import type { CommandInfo, Input, Output, ShellState } from './types';

export interface Runner {
  state: ShellState;
  commands: Map<string, CommandInfo>;
  out: Output;
  err: Output;
  signal?: AbortSignal;
}

export const INTERRUPTED = 130;
const DEV_NULL = '/dev/null';
const DISCARD: Output = { write: () => undefined };
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;

export async function runParsed(r: Runner, parsed: ParsedLine): Promise<number> {
  return runList(r, parsed, parsed.list, undefined);
}

async function runList(r: Runner, parsed: ParsedLine, list: ListItem[], input: Input | undefined): Promise<number> {
  for (const item of list) {
    if (item.join === '&&' && r.state.lastStatus !== 0) continue;
    if (item.join === '||' && r.state.lastStatus === 0) continue;
    if (r.signal?.aborted) {
      r.state.lastStatus = INTERRUPTED;
      break;
    }
    if (r.state.exitRequested) break;
    let stdin = input;
    let status = 0;
    for (let i = 0; i < item.pipeline.length; i++) {
      const last = i === item.pipeline.length - 1;
      const pipe = last ? undefined : new Collector();
      status = await runCommand(r, parsed, item.pipeline[i]!, stdin, pipe ?? r.out);
      stdin = pipe ? { bytes: pipe.bytes(), pos: 0 } : undefined;
    }
    r.state.lastStatus = r.signal?.aborted ? INTERRUPTED : status;
  }
  return r.state.lastStatus;
}

/** Loops give the page a chance to paint and to take Ctrl+C every so many rounds. */
const YIELD_EVERY = 200;
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function runCommand(r: Runner, parsed: ParsedLine, cmd: Command, input: Input | undefined, out: Output): Promise<number> {
  if (!cmd.kind) return runSimple(r, parsed, cmd, input, out);
  const ectx: ExpandContext = { state: r.state, expansions: parsed.expansions, stderr: r.err, signal: r.signal };
  const fds: Fds = { in: input, 1: out, 2: r.err };
  const files: FileOutput[] = [];
  try {
    const failed = await openRedirects(r, ectx, cmd.redirects, fds, files);
    if (failed !== undefined) return failed;
    const inner: Runner = { ...r, out: fds[1], err: fds[2] };
    const stopped = () => r.signal?.aborted || r.state.exitRequested;
    switch (cmd.kind) {
      case 'subshell': {
        const child = r.state.fork();
        await runList({ ...inner, state: child }, parsed, cmd.body, fds.in);
        return child.lastStatus;
      }
      case 'for': {
        const values: string[] = [];
        for (const w of cmd.items ?? []) values.push(...(await expandWord(ectx, w)));
        let status = 0;
        for (let n = 0; n < values.length && !stopped(); n++) {
          if (n && n % YIELD_EVERY === 0) await breathe();
          setVariable(r.state, cmd.name, values[n]!);
          status = await runList(inner, parsed, cmd.body, fds.in);
        }
        return status;
      }
      case 'while':
      case 'until': {
        let status = 0;
        for (let n = 1; !stopped(); n++) {
          if (n % YIELD_EVERY === 0) await breathe();
          const condition = await runList(inner, parsed, cmd.condition, fds.in);
          if ((condition === 0) !== (cmd.kind === 'while') || stopped()) break;
          status = await runList(inner, parsed, cmd.body, fds.in);
        }
        return r.signal?.aborted ? INTERRUPTED : status;
      }
      case 'if': {
        for (const branch of cmd.branches) {
          if ((await runList(inner, parsed, branch.condition, fds.in)) === 0) return runList(inner, parsed, branch.body, fds.in);
          if (stopped()) return r.state.lastStatus;
        }
        return cmd.otherwise ? runList(inner, parsed, cmd.otherwise, fds.in) : 0;
      }
    }
    return 0;
  } finally {
    for (const f of files) f.flush();
  }
}

type Fds = { in: Input | undefined; 1: Output; 2: Output };

/** Applies redirections in bash's left-to-right order; returns an exit status when one fails. */
async function openRedirects(r: Runner, ectx: ExpandContext, redirects: Redirect[], fds: Fds, files: FileOutput[]): Promise<number | undefined> {
  const { state } = r;
  for (const red of redirects) {
    if (red.kind === 'dup') {
      if (red.to !== 1 && red.to !== 2) return fail(r, `${red.to}: Bad file descriptor`);
      if (red.fd === 1 || red.fd === 2) fds[red.fd] = fds[red.to];
      continue;
    }
    if (red.kind === 'string') {
      const text = await expandString(ectx, red.word.text);
      fds.in = { bytes: utf8(red.heredoc ? text : `${text}\n`), pos: 0 };
      continue;
    }
    const shown = await expandString(ectx, red.path.text);
    const path = state.vfs.resolve(state.cwd, shown);
    if (path === DEV_NULL && !state.vfs.exists(DEV_NULL)) {
      // /dev/null: reads nothing, swallows what is written (`> /dev/null`, `2>/dev/null`, `&>/dev/null`).
      if (red.kind === 'file' && red.mode === 'read') fds.in = { bytes: new Uint8Array(), pos: 0 };
      else if (red.kind === 'both') fds[1] = fds[2] = DISCARD;
      else if (red.fd === 1 || red.fd === 2) fds[red.fd] = DISCARD;
      continue;
    }
    try {
      if (red.kind === 'file' && red.mode === 'read') {
        fds.in = { bytes: state.vfs.readFile(path), pos: 0 };
        continue;
      }
      if (red.mode === 'write') state.vfs.writeFile(path, new Uint8Array());
      else if (!state.vfs.exists(path)) state.vfs.writeFile(path, new Uint8Array());
      else if (state.vfs.isDir(path)) state.vfs.readFile(path); // throws EISDIR
    } catch (e) {
      if (isVfsError(e)) return fail(r, `${shown}: ${e.message}`);
      throw e;
    }
    const file = new FileOutput(state.vfs, path);
    files.push(file);
    if (red.kind === 'both') fds[1] = fds[2] = file;
    else if (red.fd === 1 || red.fd === 2) fds[red.fd] = file;
  }
  return undefined;
}

async function runSimple(r: Runner, parsed: ParsedLine, cmd: SimpleCommand, input: Input | undefined, out: Output): Promise<number> {
  const { state } = r;
  const ectx: ExpandContext = { state, expansions: parsed.expansions, stderr: r.err, signal: r.signal };
  let i = 0;
  const assignments: [string, string][] = [];
  for (; i < cmd.words.length; i++) {
    const w = cmd.words[i]!;
    const m = w.glob ? null : ASSIGNMENT.exec(w.text);
    if (!m) break;
    assignments.push([m[1]!, await expandString(ectx, w.text.slice(m[0].length))]);
  }
  const argv: string[] = [];
  for (const w of cmd.words.slice(i)) argv.push(...(await expandWord(ectx, w)));

  const fds: Fds = { in: input, 1: out, 2: r.err };
  const files: FileOutput[] = [];
  try {
    const failed = await openRedirects(r, ectx, cmd.redirects, fds, files);
    if (failed !== undefined) return failed;

    if (argv.length === 0) {
      for (const [name, value] of assignments) setVariable(state, name, value);
      return ectx.substitutionStatus ?? 0;
    }
    const name = argv[0]!;
    const command = r.commands.get(name);
    if (!command) {
      if (name.includes('/')) {
        const path = state.vfs.resolve(state.cwd, name);
        if (state.vfs.isDir(path)) return fail(r, `${name}: Is a directory`, 126);
        return fail(r, `${name}: ${state.vfs.exists(path) ? 'Permission denied' : 'No such file or directory'}`, state.vfs.exists(path) ? 126 : 127);
      }
      return fail(r, `${name}: command not found`, 127);
    }
    const env: Record<string, string> = {};
    for (const [k, v] of state.vars) if (v.exported) env[k] = v.value;
    for (const [k, v] of assignments) env[k] = v;
    const stdin = fds.in ? fds.in.bytes.subarray(fds.in.pos) : new Uint8Array();
    try {
      return await command.run({ name, args: argv.slice(1), stdin, input: fds.in, stdout: fds[1], stderr: fds[2], state, env, signal: r.signal });
    } catch (e) {
      // Commands report their own errors; anything thrown is a bug of ours, shown as such.
      fds[2].write(`${name}: internal error (a bug in KMS Lab): ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
  } finally {
    for (const f of files) f.flush();
  }
}

function fail(r: Runner, message: string, status = 1): number {
  r.err.write(`bash: ${message}\n`);
  return status;
}

export function setVariable(state: ShellState, name: string, value: string, exported?: boolean): void {
  const existing = state.vars.get(name);
  state.vars.set(name, { value, exported: exported ?? existing?.exported ?? false });
}
