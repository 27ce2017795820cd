/** What commands see: arguments, bytes in, bytes out, and the shell's state. */
import type { Cloud, CallRequest } from '@/cloud';
import type { Vfs } from '@/vfs';

export type Principal = NonNullable<CallRequest['caller']>;

export interface Output {
  write(data: Uint8Array | string): void;
}

export interface Variable {
  value: string;
  exported: boolean;
}

/** Options of the `aws` command that the app or a test sets. */
export interface AwsOptions {
  /** Drops these response fields and hides these commands, as an older CLI's model would (golden test only). */
  modelGaps?: ModelGaps;
  /** Text recorded as the trail's userAgent prefix. */
  userAgent?: string;
}

export interface ModelGaps {
  /** Per operation, dotted paths of response members the older model lacks (`KeyMetadata.CurrentKeyMaterialId`, `Aliases[].X`). */
  outputFields: Readonly<Record<string, readonly string[]>>;
  /** Per operation, input members (flags) the older model lacks. */
  inputMembers: Readonly<Record<string, readonly string[]>>;
  /** Operations the older CLI does not have, per service. */
  commands: Readonly<Record<string, readonly string[]>>;
}

export interface ShellState {
  vfs: Vfs;
  cloud: Cloud;
  caller: Principal;
  cwd: string;
  vars: Map<string, Variable>;
  history: string[];
  lastStatus: number;
  /** Terminal width, for `ls` columns and `aws --output table` (the CLI falls back to 80 when it cannot tell). */
  columns: number;
  /** The terminal's stdout when the shell behaves as a terminal (tty): `ls` prints columns there. */
  terminalOut?: Output;
  aws: AwsOptions;
  /** Set by `clear`: the UI clears the screen. */
  clearRequested: boolean;
  /** Set by `exit`. */
  exitRequested: boolean;
  /** True in a subshell (`( ... )`, `$(...)`): `exit` leaves only it, without printing `exit`. */
  inSubshell?: boolean;
  /** A copy of this state for a subshell: variables and directory changes stay in the copy. */
  fork(): ShellState;
  /** Runs a command line in a subshell (command substitution); returns its stdout. */
  subshell(line: string, stderr: Output, signal?: AbortSignal): Promise<{ stdout: Uint8Array; status: number }>;
}

/** Standard input shared by the commands of a compound command: `read` takes one line at a time from it. */
export interface Input {
  bytes: Uint8Array;
  pos: number;
}

export interface CommandContext {
  name: string;
  args: string[];
  /** What is left of standard input (commands that read it all see it all). */
  stdin: Uint8Array;
  /** The standard input itself, for commands that consume only part of it (`read`). */
  input?: Input;
  stdout: Output;
  stderr: Output;
  state: ShellState;
  /** The exported environment this command sees (with its own `NAME=value` prefixes). */
  env: Record<string, string>;
  signal?: AbortSignal;
}

export type CommandFn = (ctx: CommandContext) => Promise<number> | number;

export interface CommandInfo {
  run: CommandFn;
  /** One line for `help`. */
  summary: string;
  usage: string;
}
