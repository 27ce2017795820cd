/**
 * One CloudShell session: the shell (src/cli) and the screen it writes to, shared by the full
 * screen and the docked panel. Lines run one at a time, in order (typed ahead, or pasted
 * several at once); an unfinished line (open quote, trailing `|`) asks for more with `> `.
 * Before each command the session brings the shell in line with the console: `aws` calls as the
 * identity selected in the top bar, in the Region selected there (AWS_REGION and
 * AWS_DEFAULT_REGION follow it, unless the user exported values of their own).
 * The app builds the shell (it is the only place that wires the engine): `makeShell` creates
 * one over the session's file system with the options given.
 */
import type { RunResult, Shell } from '@/cli';
import type { Principal } from '@/iam/model';
import { applyCompletion, columns, displayName, type Completed } from './completion';
import { Scrollback, visible, type Line } from './scrollback';
import { transferCommands, type TransferCommands } from './transfer';

export interface ShellSpec {
  caller: Principal;
  region: string;
  columns: number;
  history: string[];
  /** Set when a shell is replaced (Region change): its exported variables and directory carry over. */
  env?: Record<string, string>;
  cwd?: string;
}

export interface SessionOptions {
  makeShell(spec: ShellSpec): Shell;
  identity(): Principal;
  region(): string;
  history?: string[];
}

export interface SessionView {
  lines: readonly Line[];
  prompt: string;
  running: boolean;
}

export class TerminalSession {
  private shell: Shell;
  /** The Region the session last put in AWS_REGION / AWS_DEFAULT_REGION. */
  private regionSet: string;
  private width = 80;
  private readonly screen = new Scrollback();
  private readonly queue: string[] = [];
  private pending: string[] = [];
  private controller: AbortController | undefined;
  private draining: Promise<void> | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly commandListeners = new Set<() => void>();
  private view: SessionView;
  readonly files: TransferCommands;

  constructor(private readonly o: SessionOptions) {
    this.regionSet = o.region();
    this.shell = o.makeShell({ caller: o.identity(), region: this.regionSet, columns: this.width, history: o.history ?? [] });
    this.files = transferCommands(() => this.shell.vfs);
    this.view = this.makeView();
  }

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  readonly getView = () => this.view;

  /** Called after every command line has run (the app saves the history). */
  onCommand(listener: () => void): () => void {
    this.commandListeners.add(listener);
    return () => void this.commandListeners.delete(listener);
  }

  get vfs() {
    return this.shell.vfs;
  }

  history(): string[] {
    return this.shell.history();
  }

  setColumns(n: number): void {
    this.width = Math.max(20, Math.floor(n));
    this.shell.columns = this.width;
  }

  /** The caller follows the top bar at once (not only before the next command). */
  syncIdentity(): void {
    this.shell.caller = this.o.identity();
  }

  /** Queues lines to run in order, as typed (Enter) or pasted. */
  submit(...lines: string[]): void {
    this.queue.push(...lines);
    this.kick();
  }

  /** Resolves once every queued line has run. */
  async whenIdle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  /** Ctrl+C: cancels the running command and what was typed ahead, or abandons the line being typed. */
  interrupt(typed: string): void {
    this.queue.length = 0;
    if (this.controller) {
      this.controller.abort();
      return;
    }
    this.echo(typed, '');
    this.screen.write('note', '^C\n');
    this.pending = [];
    this.emit();
  }

  clearScreen(): void {
    this.screen.clear();
    this.emit();
  }

  /** Tab: completes the line, or lists the candidates under it (the line is echoed first, as bash does). */
  complete(line: string, cursor: number): Completed {
    const result = applyCompletion(line, cursor, this.shell.complete(line, cursor));
    if (result.list) {
      this.echo(line);
      for (const row of columns(result.list.map(displayName), this.width)) this.screen.write('out', `${visible(row)}\n`);
      this.emit();
    }
    return result;
  }

  /** A message from the terminal itself (not from a command), on a line of its own. */
  note(text: string): void {
    this.screen.ensureNewline();
    this.screen.write('note', `${visible(text)}\n`);
    this.emit();
  }

  private prompt(): string {
    return this.pending.length ? '> ' : this.shell.prompt();
  }

  private echo(line: string, end = '\n'): void {
    this.screen.ensureNewline();
    this.screen.write('prompt', this.prompt());
    this.screen.write('input', visible(line) + end);
  }

  private kick(): void {
    if (this.draining) return;
    this.draining = this.drain().finally(() => {
      this.draining = undefined;
      if (this.queue.length) this.kick();
    });
  }

  private async drain(): Promise<void> {
    while (this.queue.length) {
      const line = this.queue.shift()!;
      this.echo(line);
      const full = [...this.pending, line].join('\n');
      if (this.shell.isIncomplete(full)) {
        this.pending.push(line);
        this.emit();
        continue;
      }
      this.pending = [];
      // An empty line runs nothing (and keeps $?), as in bash.
      if (full.trim()) await this.execute(full);
      else this.emit();
    }
  }

  private async execute(line: string): Promise<void> {
    this.syncShell();
    const controller = new AbortController();
    this.controller = controller;
    this.emit();
    let result: RunResult | undefined;
    try {
      result = await this.shell.run(line, { signal: controller.signal });
    } catch (e) {
      // Anything thrown is a bug of the lab, never an AWS error (docs/architecture.md, "Errors"): say so.
      this.screen.write('err', visible(`kmslab: internal error (a bug in KMS Lab, not an AWS answer): ${e instanceof Error ? e.message : String(e)}\n`));
    }
    this.controller = undefined;
    if (result) this.show(result);
    if (controller.signal.aborted) {
      this.screen.write('note', '^C');
      this.screen.ensureNewline();
    }
    if (result?.exit) this.restart();
    for (const l of this.commandListeners) l();
    this.emit();
  }

  private show(result: RunResult): void {
    if (result.clear) this.screen.clear();
    const decoders = { 1: new TextDecoder('utf-8'), 2: new TextDecoder('utf-8') };
    for (const { fd, data } of result.output) {
      const text = decoders[fd].decode(data, { stream: true });
      if (text) this.screen.write(fd === 2 ? 'err' : 'out', visible(text));
    }
    for (const fd of [1, 2] as const) {
      const rest = decoders[fd].decode();
      if (rest) this.screen.write(fd === 2 ? 'err' : 'out', visible(rest));
    }
  }

  /** `exit` ends the shell; CloudShell starts a new one in the same home, with the history kept. */
  private restart(): void {
    this.regionSet = this.o.region();
    this.shell = this.o.makeShell({ caller: this.o.identity(), region: this.regionSet, columns: this.width, history: this.shell.history() });
    this.note('Session ended. A new session started in your home directory.');
  }

  /**
   * The shell has no way to set a variable from outside, so a Region change replaces the shell,
   * carrying over its exported variables, directory and history (unexported shell variables
   * and $? start afresh). A user who exported AWS_REGION or AWS_DEFAULT_REGION keeps theirs.
   */
  private syncShell(): void {
    const caller = this.o.identity();
    const region = this.o.region();
    const env = this.shell.env();
    const followsConsole = env.AWS_REGION === this.regionSet && env.AWS_DEFAULT_REGION === this.regionSet;
    if (region !== this.regionSet && followsConsole) {
      this.regionSet = region;
      this.shell = this.o.makeShell({
        caller,
        region,
        columns: this.width,
        history: this.shell.history(),
        env: { ...env, AWS_REGION: region, AWS_DEFAULT_REGION: region },
        cwd: this.shell.cwd,
      });
    }
    this.shell.caller = caller;
    this.shell.columns = this.width;
  }

  private makeView(): SessionView {
    return { lines: this.screen.lines(), prompt: this.prompt(), running: !!this.controller };
  }

  private emit(): void {
    this.view = this.makeView();
    for (const l of this.listeners) l();
  }
}
