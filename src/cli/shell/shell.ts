/**
 * CloudShell's bash as an engine the terminal UI drives (createShell). One `run(line)` per
 * line typed; results are bytes (stdout, stderr, and both in the order written), the exit
 * status, and whether the UI should clear the screen or end the session.
 * The caller (who `aws` calls as) is chosen by the app and can change at any time.
 *
 * Lines may hold here-documents, glob patterns, `for`/`while`/`until`/`if` and subshells `( ... )`,
 * over several lines as typed at the prompt (an open construct asks for the next line).
 * Simplified: bash-like, not bash: no background jobs, functions, arithmetic, `break`/`continue`,
 * `test`/`[`; pipeline stages run one after another on whole outputs.
 * `aws --debug`, `--endpoint-url` and `--cli-input-json` are refused with a message, and
 * `aws configure` supports `list` only.
 */
import { ACCOUNT_ID, own } from '@/core';
import type { Cloud } from '@/cloud';
import { createStarterVfs, HOME, type Vfs } from '@/vfs';
import { createCommands } from '@/cli/builtins';
import { complete, type Completion } from './complete';
import { runParsed } from './exec';
import { Collector, Terminal } from './io';
import { parseLine } from './parse';
import { ShellSyntaxError } from './prescan';
import type { AwsOptions, CommandInfo, Output, Principal, ShellState, Variable } from './types';

export interface ShellOptions {
  cloud: Cloud;
  /** Defaults to a new home with secret.txt. */
  vfs?: Vfs;
  /** Who `aws` calls as; defaults to the IAM user lab-admin (or the root if it is gone). */
  caller?: Principal;
  /** Added to (or replacing) CloudShell's environment: HOME, AWS_REGION, AWS_DEFAULT_REGION ... */
  env?: Record<string, string>;
  cwd?: string;
  /** Terminal width in columns (ls columns, aws table output). Default 80. */
  columns?: number;
  /** Behave as a terminal (ls in columns). Default true; false makes output what a pipe gets. */
  tty?: boolean;
  /** Restored history lines (oldest first). */
  history?: string[];
  aws?: AwsOptions;
}

export interface RunResult {
  stdout: Uint8Array;
  stderr: Uint8Array;
  /** stdout and stderr chunks in the order they were written, for the terminal. */
  output: { fd: 1 | 2; data: Uint8Array }[];
  status: number;
  /** `clear` ran: the UI clears the screen. */
  clear: boolean;
  /** `exit` ran: the UI ends the session. */
  exit: boolean;
}

export interface Shell {
  run(line: string, options?: { signal?: AbortSignal }): Promise<RunResult>;
  /** Completion candidates for the word at the cursor. */
  complete(line: string, cursor?: number): Completion;
  /** True when the line is unfinished (open quote, trailing `|`): the UI may ask for more. */
  isIncomplete(line: string): boolean;
  history(): string[];
  readonly cwd: string;
  caller: Principal;
  columns: number;
  readonly vfs: Vfs;
  /** The exported environment. */
  env(): Record<string, string>;
  /** `[cloudshell-user@cloudshell ~]$ `, with the directory shortened like bash's \W. */
  prompt(): string;
}

export function defaultCaller(cloud: Cloud): Principal {
  const admin = own(cloud.state.iam.users, 'lab-admin');
  if (admin) return { type: 'user', arn: admin.arn, name: admin.userName, accountId: ACCOUNT_ID, userId: admin.userId };
  return { type: 'root', arn: `arn:aws:iam::${ACCOUNT_ID}:root`, name: 'root', accountId: ACCOUNT_ID, userId: ACCOUNT_ID };
}

export function cloudShellEnv(region = 'us-east-1'): Record<string, string> {
  return {
    HOME,
    USER: 'cloudshell-user',
    LOGNAME: 'cloudshell-user',
    SHELL: '/bin/bash',
    PATH: '/usr/local/bin:/usr/bin:/bin',
    LANG: 'C.UTF-8',
    TERM: 'xterm-256color',
    PWD: HOME,
    AWS_REGION: region,
    AWS_DEFAULT_REGION: region,
    AWS_EXECUTION_ENV: 'CloudShell',
    AWS_PAGER: '',
  };
}

export function createShell(o: ShellOptions): Shell {
  const commands: Map<string, CommandInfo> = createCommands();
  const vfs = o.vfs ?? createStarterVfs(o.cloud.clock);
  const vars = new Map<string, Variable>();
  for (const [k, v] of Object.entries({ ...cloudShellEnv(), ...o.env })) vars.set(k, { value: v, exported: true });
  const cwd = o.cwd ?? vars.get('HOME')!.value;
  vars.set('PWD', { value: cwd, exported: true });

  const makeState = (base: Omit<ShellState, 'subshell' | 'fork'>): ShellState => {
    const state = base as ShellState;
    state.fork = () =>
      makeState({
        ...state,
        vars: new Map([...state.vars].map(([k, v]) => [k, { ...v }])),
        clearRequested: false,
        exitRequested: false,
        inSubshell: true,
      });
    state.subshell = async (line: string, stderr: Output, signal?: AbortSignal) => {
      const child = state.fork();
      child.terminalOut = undefined;
      const out = new Collector();
      try {
        await runParsed({ state: child, commands, out, err: stderr, signal }, parseLine(line));
      } catch (e) {
        if (!(e instanceof ShellSyntaxError)) throw e;
        stderr.write(`bash: ${e.message}\n`);
        child.lastStatus = 2;
      }
      return { stdout: out.bytes(), status: child.lastStatus };
    };
    return state;
  };

  const state = makeState({
    vfs,
    cloud: o.cloud,
    caller: o.caller ?? defaultCaller(o.cloud),
    cwd,
    vars,
    history: [...(o.history ?? [])],
    lastStatus: 0,
    columns: o.columns ?? 80,
    aws: o.aws ?? {},
    clearRequested: false,
    exitRequested: false,
  });

  return {
    async run(line, options = {}) {
      const terminal = new Terminal();
      state.clearRequested = false;
      state.exitRequested = false;
      state.terminalOut = o.tty === false ? undefined : terminal.out;
      if (line.trim()) state.history.push(line);
      try {
        await runParsed({ state, commands, out: terminal.out, err: terminal.err, signal: options.signal }, parseLine(line));
      } catch (e) {
        if (!(e instanceof ShellSyntaxError)) throw e;
        terminal.err.write(`bash: ${e.message}\n`);
        state.lastStatus = 2;
      }
      return {
        stdout: terminal.stream(1),
        stderr: terminal.stream(2),
        output: terminal.chunks,
        status: state.lastStatus,
        clear: state.clearRequested,
        exit: state.exitRequested,
      };
    },
    complete: (line, cursor = line.length) => complete(state, commands, line, cursor),
    isIncomplete(line) {
      try {
        parseLine(line);
        return false;
      } catch (e) {
        return e instanceof ShellSyntaxError && e.incomplete;
      }
    },
    history: () => [...state.history],
    get cwd() {
      return state.cwd;
    },
    get caller() {
      return state.caller;
    },
    set caller(p: Principal) {
      state.caller = p;
    },
    get columns() {
      return state.columns;
    },
    set columns(n: number) {
      state.columns = n;
    },
    vfs,
    env() {
      const env: Record<string, string> = {};
      for (const [k, v] of state.vars) if (v.exported) env[k] = v.value;
      return env;
    },
    prompt() {
      const home = state.vars.get('HOME')?.value;
      const dir = state.cwd === home ? '~' : state.cwd === '/' ? '/' : state.cwd.slice(state.cwd.lastIndexOf('/') + 1);
      return `[cloudshell-user@cloudshell ${dir}]$ `;
    },
  };
}
