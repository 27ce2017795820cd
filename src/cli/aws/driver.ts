/**
 * The `aws` command: AWS CLI v2's flow (awscli/clidriver.py) over the simulated account.
 * 1. Global options anywhere on the line (argparse rules); `--version`; bad values are usage errors.
 * 2. `aws help`, `aws configure ...`, then `aws <service> <command>` from the registry.
 * 3. The command's options (arg-table.ts) -> parameters (unpack.ts) -> region -> binary format
 *    -> validation (validate.ts) -> the call (invoke.ts) -> output (output.ts).
 * Each failure prints the CLI's own text with its exit status (errors.ts).
 */
import { kebab } from '@/core';
import type { CommandContext, CommandInfo } from '@/cli/shell/types';
import { argActions, argTable, pyName } from './arg-table';
import { ArgParseError, ImmediateAction, parseKnownArgs, type Action } from './argparse';
import { configure } from './configure';
import { CliExit, CONFIG_ERROR, failure, GENERAL_ERROR, notSupported, PARAM_ERROR, unknownOptions, usageError } from './errors';
import { operationHelp, serviceHelp, topHelp } from './help';
import { Interrupted, invoke } from './invoke';
import { cliServices, commandTable, paginatorFor } from './model';
import { formatOutput, type OutputFormat } from './output';
import { PyValueError, type PyValue } from './py';
import { compileQuery } from './query';
import { ParamError, unpackArgument } from './unpack';
import { decodeBlobs, InvalidBase64Error, ParamValidationError, toInput, validateParams } from './validate';

export const CLI_VERSION = 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.84 exec-env/CloudShell exe/x86_64.amzn.2023 prompt/off';

const flag = (name: string, dest = pyName(name), constValue: unknown = true): Action => ({ dest, optionStrings: [`--${name}`], nargs: 0, constValue });
const option = (name: string, choices?: string[]): Action => ({
  dest: pyName(name),
  optionStrings: [`--${name}`],
  nargs: 1,
  choices: choices && (() => choices),
});

function globalActions(commands: string[]): Action[] {
  return [
    flag('debug'),
    option('endpoint-url'),
    flag('no-verify-ssl', 'verify_ssl', false),
    flag('no-paginate', 'paginate', false),
    option('output', ['json', 'text', 'table', 'yaml', 'yaml-stream']),
    option('query'),
    option('profile'),
    option('region'),
    { ...flag('version'), immediate: true },
    option('color', ['on', 'off', 'auto']),
    flag('no-sign-request', 'sign_request', false),
    option('ca-bundle'),
    option('cli-read-timeout'),
    option('cli-connect-timeout'),
    option('cli-binary-format', ['base64', 'raw-in-base64-out']),
    flag('no-cli-pager'),
    flag('cli-auto-prompt'),
    flag('no-cli-auto-prompt'),
    { dest: 'command', optionStrings: [], nargs: 1, required: true, choices: () => commands },
  ];
}

function parse(actions: Action[], args: string[]) {
  try {
    return parseKnownArgs(actions, args);
  } catch (e) {
    if (e instanceof ArgParseError) throw usageError(e.message);
    throw e;
  }
}

const VALID_REGION = /^(?![0-9]+$)(?!-)[a-zA-Z0-9-]{1,63}(?<!-)$/;

async function run(ctx: CommandContext): Promise<number> {
  const { state } = ctx;
  const gaps = state.aws.modelGaps;
  const services = cliServices(state.cloud);
  const g = parse(globalActions([...services, 'configure', 'help']), ctx.args);
  const globals = g.ns as Record<string, string | boolean | undefined>;
  const str = (k: string) => globals[k] as string | undefined;

  // Top-level options, checked as soon as they are parsed (awscli/customizations/globalargs.py).
  if (str('query') !== undefined) compileQuery(str('query')!);
  const endpoint = str('endpoint_url');
  if (endpoint !== undefined) {
    if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(endpoint)) {
      throw failure(
        PARAM_ERROR,
        `Bad value for --endpoint-url "${endpoint}": scheme is missing.  Must be of the form http://<hostname>/ or https://<hostname>/`,
      );
    }
    throw notSupported(`--endpoint-url ${endpoint}: commands always go to the simulated account`);
  }
  if (globals.debug) throw notSupported("--debug: there is no HTTP traffic to log; every call is recorded in the lab's event history");
  if (globals.cli_auto_prompt) throw notSupported('--cli-auto-prompt');

  const command = str('command')!;
  if (command === 'help') return write(ctx, topHelp(services));
  if (command === 'configure') return configure(ctx, g.extras, { profile: str('profile'), region: str('region') });
  const service = command;
  const table = commandTable(state.cloud, service, gaps);
  const s = parse([{ dest: 'operation', optionStrings: [], nargs: 1, required: true, choices: () => [...table.keys(), 'help'] }], g.extras);
  const operation = s.ns.operation as string;
  if (operation === 'help') return write(ctx, serviceHelp(service, state.cloud.services.get(service)?.title ?? service, table));
  const op = table.get(operation)!;
  const paginator = paginatorFor(state.cloud, service, op);
  const args = argTable(op.input, paginator, gaps?.inputMembers[op.name]);
  if (s.extras.length === 1 && s.extras[0] === 'help') return write(ctx, operationHelp(service, operation, op, args, !!paginator));
  const o = parse(argActions(args), s.extras);
  if (o.ns.help === 'help') return write(ctx, operationHelp(service, operation, op, args, !!paginator));
  if (o.ns.help !== undefined) o.extras.push(o.ns.help as string);
  if (o.extras.length) throw unknownOptions(o.extras);
  const value = (name: string) => o.ns[pyName(name)];
  for (const a of args) if (a.kind === 'unsupported' && value(a.name) !== undefined) throw notSupported(`--${a.name}`);

  // Pagination: a manual Marker/Limit turns it off; --no-paginate excludes the paging options.
  let paginate = globals.paginate !== false && !!paginator;
  if (paginator && [paginator.inputToken, paginator.limitKey].some((m) => value(kebab(m)) !== undefined)) paginate = false;
  const pagingUsed = ['starting-token', 'page-size', 'max-items'].filter((n) => value(n) !== undefined);
  if (!paginate && paginator && pagingUsed.length) {
    throw failure(PARAM_ERROR, `Cannot specify --no-paginate along with pagination arguments: ${pagingUsed.map((n) => `--${n}`).join(', ')}`);
  }
  const int = (name: string) => {
    const v = value(name) as string | undefined;
    if (v === undefined) return undefined;
    if (!/^\s*[-+]?\d+\s*$/.test(v)) throw usageError(`argument --${name}: invalid int value: '${v}'`);
    return Number(v);
  };
  const paging = {
    paginator: paginate ? paginator : undefined,
    pageSize: int('page-size'),
    maxItems: int('max-items'),
    startingToken: value('starting-token') as string | undefined,
  };

  const params: Record<string, PyValue> = {};
  const files = { vfs: state.vfs, cwd: state.cwd, env: ctx.env };
  for (const a of args) {
    const v = value(a.name);
    if (a.kind !== 'member' || v === undefined) continue;
    params[a.member!] = a.shape!.type === 'boolean' ? (v as boolean) : unpackArgument(files, a, v as string | string[]);
  }

  const region = str('region') ?? (ctx.env.AWS_REGION || undefined) ?? (ctx.env.AWS_DEFAULT_REGION || undefined);
  if (!region) throw failure(CONFIG_ERROR, 'You must specify a region. You can also configure your region by running "aws configure".');
  if (!VALID_REGION.test(region)) throw failure(GENERAL_ERROR, `Provided region_name '${region}' doesn't match a supported format.`);
  if (str('profile') !== undefined) throw failure(GENERAL_ERROR, `The config profile (${str('profile')}) could not be found`);
  if ((str('cli_binary_format') ?? 'base64') === 'base64') decodeBlobs(params, op.input);
  validateParams(params, op.input);

  const result = await invoke(
    {
      cloud: state.cloud,
      caller: state.caller,
      region,
      service,
      op,
      gaps,
      signal: ctx.signal,
      userAgent: `${state.aws.userAgent ?? CLI_VERSION} command/${service}.${operation}`,
    },
    toInput(params, op.input) as Record<string, unknown>,
    paging,
  );
  const format = (str('output') ?? ctx.env.AWS_DEFAULT_OUTPUT ?? 'json') as OutputFormat;
  if (!['json', 'text', 'table', 'yaml', 'yaml-stream'].includes(format)) throw failure(GENERAL_ERROR, `Unknown output type: ${format}`);
  let text: string;
  try {
    text = formatOutput(result, format, str('query'), state.columns);
  } catch (e) {
    if (e instanceof CliExit) throw e;
    throw failure(GENERAL_ERROR, e instanceof Error ? e.message : String(e));
  }
  return write(ctx, text);
}

function write(ctx: CommandContext, text: string): number {
  ctx.stdout.write(text);
  return 0;
}

async function aws(ctx: CommandContext): Promise<number> {
  try {
    return await run(ctx);
  } catch (e) {
    if (e instanceof ImmediateAction) return write(ctx, `${CLI_VERSION}\n`);
    if (e instanceof Interrupted) {
      ctx.stdout.write('\n');
      return 130;
    }
    let exit: CliExit;
    if (e instanceof CliExit) exit = e;
    else if (e instanceof ParamError || e instanceof ParamValidationError) exit = failure(PARAM_ERROR, e.message);
    else if (e instanceof PyValueError || e instanceof InvalidBase64Error) exit = failure(GENERAL_ERROR, e.message);
    else throw e;
    ctx.stdout.write(exit.stdout);
    ctx.stderr.write(exit.stderr);
    return exit.status;
  }
}

export const awsCommand: CommandInfo = {
  run: aws,
  summary: 'the AWS CLI v2 (acm, acm-pca, iam, kms, sts, configure) against the simulated account',
  usage: 'aws [options] <command> <subcommand> [parameters]',
};
