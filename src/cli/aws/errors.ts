/**
 * How the AWS CLI v2 reports problems (awscli/errorhandler.py): a blank line, the message, a
 * newline, on stderr; usage errors add argparse's usage text. Exit statuses:
 * 252 usage and parameter errors, 253 configuration, 254 service errors, 255 anything else.
 */
export const USAGE =
  'aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n' +
  'To see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n';

export const PARAM_ERROR = 252;
export const CONFIG_ERROR = 253;
export const CLIENT_ERROR = 254;
export const GENERAL_ERROR = 255;

/** Ends the command with a status and what to print. */
export class CliExit extends Error {
  constructor(
    readonly status: number,
    readonly stderr = '',
    readonly stdout = '',
  ) {
    super(stderr);
  }
}

export const failure = (status: number, message: string) => new CliExit(status, `\n${message}\n`);

/** argparse's error(): usage, then `aws: error: ...`. */
export const usageError = (message: string) => new CliExit(PARAM_ERROR, `\nusage: ${USAGE.trimEnd()}\n\naws: error: ${message}\n\n`);

/** UnknownArgumentError: usage, then `Unknown options: ...`. */
export const unknownOptions = (options: string[]) => new CliExit(PARAM_ERROR, `\nusage: ${USAGE}\nUnknown options: ${options.join(', ')}\n\n`);

export const serviceError = (code: string, operation: string, message: string) =>
  failure(CLIENT_ERROR, `An error occurred (${code}) when calling the ${operation} operation: ${message}`);

/** Something the lab's CLI deliberately does not do: said plainly, nothing is called. */
export const notSupported = (what: string) => failure(PARAM_ERROR, `${what} (KMS Lab's CloudShell does not support this).`);
