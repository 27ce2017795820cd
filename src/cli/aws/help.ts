/**
 * `aws help`, `aws kms help`, `aws kms encrypt help`: plain-text pages in the layout of the
 * CLI's man pages (NAME, DESCRIPTION, SYNOPSIS, OPTIONS, GLOBAL OPTIONS), generated from the
 * registry: summaries, input shapes (type, required, enum values, constraints) and the
 * shorthand/JSON syntax the CLI documents for structures, maps and lists.
 * Simplified: the descriptions are the registry's one-line summaries, not AWS's full docs.
 */
import type { Shape } from '@/core';
import type { AnyOperation } from '@/cloud';
import type { CliArg } from './arg-table';

const GLOBAL_SYNOPSIS = [
  '[--debug]',
  '[--endpoint-url <value>]',
  '[--no-verify-ssl]',
  '[--no-paginate]',
  '[--output <value>]',
  '[--query <value>]',
  '[--profile <value>]',
  '[--region <value>]',
  '[--version <value>]',
  '[--color <value>]',
  '[--no-sign-request]',
  '[--ca-bundle <value>]',
  '[--cli-read-timeout <value>]',
  '[--cli-connect-timeout <value>]',
  '[--cli-binary-format <value>]',
  '[--no-cli-pager]',
  '[--cli-auto-prompt]',
  '[--no-cli-auto-prompt]',
];

const GLOBAL_OPTIONS: [string, string][] = [
  ['--debug (boolean)', 'Turn on debug logging. (Not available in KMS Lab.)'],
  ['--endpoint-url (string)', "Override command's default URL with the given URL. (Not available in KMS Lab: commands always reach the simulated account.)"],
  [
    '--no-paginate (boolean)',
    'Disable automatic pagination. If automatic pagination is disabled, the AWS CLI will only make one call, for the first page of results.',
  ],
  [
    '--output (string)',
    'The formatting style for command output.\n\n          o json\n\n          o text\n\n          o table\n\n          o yaml\n\n          o yaml-stream',
  ],
  ['--query (string)', 'A JMESPath query to use in filtering the response data.'],
  ['--profile (string)', 'Use a specific profile from your credential file. (KMS Lab has no profiles: the caller is the identity selected in the lab.)'],
  ['--region (string)', 'The region to use. Overrides config/env settings.'],
  ['--version (string)', 'Display the version of this tool.'],
  [
    '--cli-binary-format (string)',
    'The formatting style to be used for binary blobs. The default format is base64. The base64 format expects binary blobs to be provided as a base64 encoded string. The raw-in-base64-out format preserves compatibility with AWS CLI V1 behavior and binary values must be passed literally. When providing contents from a file that map to a binary blob fileb:// will always be treated as binary and use the file contents directly regardless of the cli-binary-format setting. When using file:// the file contents will need to properly formatted for the configured cli-binary-format.\n\n          o base64\n\n          o raw-in-base64-out',
  ],
];

const wrap = (text: string, indent: number, width = 78) => {
  const pad = ' '.repeat(indent);
  return text
    .split('\n')
    .map((para) => {
      if (para.trim() === '') return '';
      if (/^\s/.test(para)) return para;
      const lines: string[] = [];
      let line = '';
      for (const word of para.split(/\s+/)) {
        if (line && pad.length + line.length + 1 + word.length > width) {
          lines.push(pad + line);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      if (line) lines.push(pad + line);
      return lines.join('\n');
    })
    .join('\n');
};

function header(name: string): string {
  const title = `${name.toUpperCase()}()`;
  return `${title}${' '.repeat(Math.max(1, 77 - title.length * 2))}${title}\n\n\n\n`;
}

function shorthand(shape: Shape, depth = 0): string {
  if (shape.type === 'structure') {
    const inner = Object.entries(shape.members)
      .map(([k, m]) => `${k}=${shorthand(m, depth + 1)}`)
      .join(',');
    return depth ? `{${inner}}` : inner;
  }
  if (shape.type === 'list') {
    const e = shorthand(shape.member, depth + 1);
    return shape.member.type === 'structure' || depth ? `[${e},${e}]` : `${e},${e}`;
  }
  if (shape.type === 'map') return `KeyName1=${shorthand(shape.value, depth + 1)},KeyName2=${shorthand(shape.value, depth + 1)}`;
  return shape.type;
}

function jsonSyntax(shape: Shape, indent = ''): string {
  if (shape.type === 'structure') {
    const inner = Object.entries(shape.members).map(([k, m]) => `${indent}  "${k}": ${jsonSyntax(m, indent + '  ')}`);
    return `{\n${inner.join(',\n')}\n${indent}}`;
  }
  if (shape.type === 'list') return `[${jsonSyntax(shape.member, indent)} ...]`;
  if (shape.type === 'map') return `{"string": ${jsonSyntax(shape.value, indent)}\n${indent}  ...}`;
  if (shape.type === 'string' && shape.enum) return `"${shape.enum.join('"|"')}"`;
  if (shape.type === 'integer') return 'integer';
  if (shape.type === 'boolean') return 'true|false';
  if (shape.type === 'timestamp') return 'timestamp';
  return shape.type === 'blob' ? 'blob' : '"string"';
}

function constraints(shape: Shape): string | undefined {
  const parts: string[] = [];
  if ('min' in shape && shape.min !== undefined) parts.push(`min: ${shape.min}`);
  if ('max' in shape && shape.max !== undefined) parts.push(`max: ${shape.max}`);
  if (shape.type === 'string' && shape.pattern) parts.push(`pattern: ${shape.pattern}`);
  return parts.length ? `Constraints: ${parts.join(', ')}` : undefined;
}

function optionDoc(arg: CliArg): string {
  const s = arg.shape!;
  const name = s.type === 'boolean' ? `--${arg.name} | --no-${arg.name}` : `--${arg.name}`;
  let out = `       ${name} (${s.type})${arg.required ? ' [required]' : ''}\n`;
  const doc = [s.doc, constraints(s)].filter(Boolean).join('\n\n');
  if (doc) out += wrap(doc, 10) + '\n';
  if (s.type === 'string' && s.enum) out += `\n          Possible values:\n\n${s.enum.map((v) => `          o ${v}`).join('\n\n')}\n`;
  if (s.type === 'map' || s.type === 'structure' || (s.type === 'list' && s.member.type === 'structure')) {
    out += `\n       Shorthand Syntax:\n\n          ${shorthand(s)}${s.type === 'list' ? ' ...' : ''}\n`;
  }
  if (s.type === 'list' && s.member.type !== 'structure') out += `\n       Syntax:\n\n          "${s.member.type}" "${s.member.type}" ...\n`;
  if (s.type !== 'list' || s.member.type === 'structure') {
    if (s.type === 'map' || s.type === 'structure' || s.type === 'list')
      out += `\n       JSON Syntax:\n\n${jsonSyntax(s)
        .split('\n')
        .map((l) => `          ${l}`)
        .join('\n')}\n`;
  }
  return out + '\n';
}

export function operationHelp(service: string, cliName: string, op: AnyOperation, table: CliArg[], paginated: boolean): string {
  const visible = table.filter((a) => a.kind === 'member' && !a.hidden);
  const synopsis = visible.map((a) => {
    const flag = a.shape!.type === 'boolean' ? `--${a.name} | --no-${a.name}` : `--${a.name} <value>`;
    return a.required ? `          ${flag}` : `          [${flag}]`;
  });
  if (paginated) synopsis.push('          [--starting-token <value>]', '          [--page-size <value>]', '          [--max-items <value>]');
  let out = header(cliName);
  out += `NAME\n       ${cliName} -\n\nDESCRIPTION\n${wrap(op.summary, 7)}\n`;
  if (paginated)
    out += `\n${wrap(`${cliName} is a paginated operation. Multiple API calls may be issued in order to retrieve the entire data set of results. You can disable pagination by providing the --no-paginate argument.`, 7)}\n`;
  out += `\n       See also: AWS API Documentation (${op.name} in the ${service.toUpperCase()} API Reference)\n\nSYNOPSIS\n            ${cliName}\n${synopsis.join('\n')}\n`;
  out += GLOBAL_SYNOPSIS.map((s) => `          ${s}`).join('\n') + '\n\nOPTIONS\n';
  out += visible.length ? visible.map(optionDoc).join('') : '       None\n\n';
  if (paginated) {
    out +=
      '       --starting-token (string)\n' +
      wrap('A token to specify where to start paginating. This is the NextToken from a previously truncated response.', 10) +
      '\n\n';
    out +=
      '       --page-size (integer)\n' +
      wrap("The size of each page to get in the AWS service call. This does not affect the number of items returned in the command's output.", 10) +
      '\n\n';
    out +=
      '       --max-items (integer)\n' +
      wrap(
        "The total number of items to return in the command's output. If the total number of items available is more than the value specified, a NextToken is provided in the command's output.",
        10,
      ) +
      '\n\n';
  }
  return out + globalOptions();
}

function globalOptions(): string {
  return 'GLOBAL OPTIONS\n' + GLOBAL_OPTIONS.map(([n, d]) => `       ${n}\n\n${wrap(d, 7)}\n`).join('\n') + '\n';
}

export function serviceHelp(service: string, title: string, commands: Map<string, AnyOperation>): string {
  let out = header(service) + `NAME\n       ${service} -\n\nDESCRIPTION\n`;
  out += wrap(`${title}, as simulated by KMS Lab.`, 7);
  out += '\n\nAVAILABLE COMMANDS\n';
  out += [...commands.entries()].map(([name, op]) => `       o ${name}\n${wrap(op.summary, 9)}\n`).join('\n');
  return `${out}\n       o help\n\n`;
}

export function topHelp(services: readonly string[]): string {
  let out = header('aws') + 'NAME\n       aws -\n\nDESCRIPTION\n';
  out += wrap(
    'The AWS Command Line Interface is a unified tool to manage your AWS services. In KMS Lab it manages the simulated account: every command is a real API call, checked and recorded like on AWS.',
    7,
  );
  out += '\n\nSYNOPSIS\n          aws [options] <command> <subcommand> [parameters]\n\n';
  out += wrap(
    'Use aws command help for information on a specific command. The synopsis for each command shows its parameters and their usage. Optional parameters are shown in square brackets.',
    7,
  );
  out += '\n\n' + globalOptions() + 'AVAILABLE SERVICES\n' + [...services, 'configure'].map((s) => `       o ${s}\n`).join('\n') + '\n';
  return out;
}
