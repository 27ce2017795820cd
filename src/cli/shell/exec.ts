/**
 * Runs parsed command lines: `;`, `&&`, `||`, pipelines (each stage gets the previous stage's
 * whole output: commands here are not streams), redirections in bash's left-to-right order
 * (`> f 2>&1` sends both to f, `2>&1 > f` only stdout), `NAME=value` assignments, `$?`.
 */
import { isVfsError } from '@/vfs';
import { expandString, expandWord, type ExpandContext } from './expand';
import { Collector, FileOutput } from './io';
import type { ParsedLine, SimpleCommand } from './parse';
import type { CommandInfo, Output, ShellState } from './types';

export interface Runner {
  state: ShellState;
  commands: Map<string, CommandInfo>;
  out: Output;
  err: Output;
  signal?: AbortSignal;
}

export const INTERRUPTED = 130;
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;

export async function runParsed(r: Runner, parsed: ParsedLine): Promise<number> {
  for (const item of parsed.list) {
    if (item.join === '&&' && r.state.lastStatus !== 0) continue;
    if (item.join === '||' && r.state.lastStatus === 0) continue;
    if (r.signal?.aborted) {
      r.state.lastStatus = INTERRUPTED;
      break;
    }
    if (r.state.exitRequested) break;
    let stdin: Uint8Array = new Uint8Array();
    let status = 0;
    for (let i = 0; i < item.pipeline.length; i++) {
      const last = i === item.pipeline.length - 1;
      const pipe = last ? undefined : new Collector();
      status = await runSimple(r, parsed, item.pipeline[i]!, stdin, pipe ?? r.out);
      stdin = pipe ? pipe.bytes() : new Uint8Array();
    }
    r.state.lastStatus = r.signal?.aborted ? INTERRUPTED : status;
  }
  return r.state.lastStatus;
}

async function runSimple(r: Runner, parsed: ParsedLine, cmd: SimpleCommand, stdin: Uint8Array, out: Output): Promise<number> {
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

  const fds: { in: Uint8Array; 1: Output; 2: Output } = { in: stdin, 1: out, 2: r.err };
  const files: FileOutput[] = [];
  try {
    for (const red of cmd.redirects) {
      if (red.kind === 'dup') {
        if (red.to !== 1 && red.to !== 2) return fail(r, `${red.to}: Bad file descriptor`);
        if (red.fd === 1 || red.fd === 2) fds[red.fd] = fds[red.to];
        continue;
      }
      const shown = await expandString(ectx, red.path.text);
      const path = state.vfs.resolve(state.cwd, shown);
      try {
        if (red.kind === 'file' && red.mode === 'read') {
          fds.in = state.vfs.readFile(path);
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
    try {
      return await command.run({ name, args: argv.slice(1), stdin: fds.in, stdout: fds[1], stderr: fds[2], state, env, signal: r.signal });
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
