/**
 * The shell's own builtins: history, export, unset, env, exit, true, false, clear, help.
 * Their messages are bash's (`bash: export: `1x': not a valid identifier`).
 */
import { setVariable } from '@/cli/shell/exec';
import type { CommandContext, CommandInfo } from '@/cli/shell/types';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function history(ctx: CommandContext): number {
  const { history: lines } = ctx.state;
  if (ctx.args[0] === '-c') {
    lines.length = 0;
    return 0;
  }
  const n = ctx.args[0] === undefined ? lines.length : Number(ctx.args[0]);
  if (!Number.isInteger(n) || n < 0) {
    ctx.stderr.write(`bash: history: ${ctx.args[0]}: numeric argument required\n`);
    return 1;
  }
  const start = Math.max(0, lines.length - n);
  ctx.stdout.write(
    lines
      .slice(start)
      .map((l, i) => `${String(start + i + 1).padStart(5)}  ${l}\n`)
      .join(''),
  );
  return 0;
}

const dq = (v: string) => `"${v.replace(/(["\\$`])/g, '\\$1')}"`;

function exportCmd(ctx: CommandContext): number {
  const args = ctx.args.filter((a) => a !== '-p');
  if (args.length === 0) {
    const names = [...ctx.state.vars.entries()]
      .filter(([, v]) => v.exported)
      .map(([k]) => k)
      .sort();
    ctx.stdout.write(names.map((k) => `declare -x ${k}=${dq(ctx.state.vars.get(k)!.value)}\n`).join(''));
    return 0;
  }
  let status = 0;
  for (const arg of args) {
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    if (!NAME.test(name)) {
      ctx.stderr.write(`bash: export: \`${arg}': not a valid identifier\n`);
      status = 1;
      continue;
    }
    setVariable(ctx.state, name, eq < 0 ? (ctx.state.vars.get(name)?.value ?? '') : arg.slice(eq + 1), true);
  }
  return status;
}

function unset(ctx: CommandContext): number {
  for (const name of ctx.args.filter((a) => !a.startsWith('-'))) ctx.state.vars.delete(name);
  return 0;
}

function env(ctx: CommandContext): number {
  if (ctx.args.length) {
    ctx.stderr.write('env: running a command under env is not supported in this lab; use NAME=value command\n');
    return 125;
  }
  ctx.stdout.write(
    Object.entries(ctx.env)
      .map(([k, v]) => `${k}=${v}\n`)
      .join(''),
  );
  return 0;
}

function exit(ctx: CommandContext): number {
  const arg = ctx.args[0];
  ctx.state.exitRequested = true;
  if (!ctx.state.inSubshell) ctx.stderr.write('exit\n');
  if (arg === undefined) return ctx.state.lastStatus;
  if (!/^-?\d+$/.test(arg)) {
    ctx.stderr.write(`bash: exit: ${arg}: numeric argument required\n`);
    return 2;
  }
  return ((Number(arg) % 256) + 256) % 256;
}

function clear(ctx: CommandContext): number {
  ctx.state.clearRequested = true;
  return 0;
}

export const sessionCommands: Record<string, CommandInfo> = {
  history: { run: history, summary: 'show the command history', usage: 'history [-c] [N]' },
  export: { run: exportCmd, summary: 'set export attribute for shell variables', usage: 'export [NAME[=VALUE] ...]' },
  unset: { run: unset, summary: 'unset values of shell variables', usage: 'unset NAME...' },
  env: { run: env, summary: 'print the environment', usage: 'env' },
  exit: { run: exit, summary: 'exit the shell', usage: 'exit [N]' },
  true: { run: () => 0, summary: 'do nothing, successfully', usage: 'true' },
  false: { run: () => 1, summary: 'do nothing, unsuccessfully', usage: 'false' },
  clear: { run: clear, summary: 'clear the terminal screen', usage: 'clear' },
};

/** `help`: every command with its one-line summary (the registry of commands is passed in). */
export function helpCommand(commands: () => Map<string, CommandInfo>): CommandInfo {
  return {
    summary: 'list the commands of this shell',
    usage: 'help [COMMAND]',
    run(ctx) {
      const all = commands();
      if (ctx.args[0]) {
        const c = all.get(ctx.args[0]);
        if (!c) {
          ctx.stderr.write(`bash: help: no help topics match \`${ctx.args[0]}'.  Try \`help help' or \`man -k ${ctx.args[0]}' or \`info ${ctx.args[0]}'.\n`);
          return 1;
        }
        ctx.stdout.write(`${ctx.args[0]}: ${c.usage}\n    ${c.summary}\n`);
        return 0;
      }
      const names = [...all.keys()].sort();
      const width = Math.max(...names.map((n) => n.length));
      ctx.stdout.write(
        'KMS Lab CloudShell: a bash-like shell over a virtual file system.\n' +
          'Pipes |, redirections > >> 2> 2>&1 <, ; && ||, $VAR, $(command) and * globs work.\n' +
          'Type `aws help` for the AWS CLI, `help NAME` for one command.\n' +
          'After an aws command, `why` explains why it was allowed or denied (a KMS Lab command, not part of AWS).\n\n' +
          names.map((n) => `  ${n.padEnd(width)}  ${all.get(n)!.summary}\n`).join(''),
      );
      return 0;
    },
  };
}
