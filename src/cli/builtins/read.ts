/**
 * `read [-r] [NAME...]`: one line of standard input into variables, as bash's builtin does. The
 * line is split on spaces, tabs and newlines (IFS's default): each NAME takes a word and the last
 * one the rest; with no NAME, REPLY takes the whole line. Without -r a backslash escapes the next
 * character and a backslash at the end of a line joins the next line. The status is 1 when input
 * ends before a newline, so `while read line` stops after the last line. Inside a loop, each read
 * takes the next line of the loop's input.
 * Simplified: only `-r`; other commands of a loop see the rest of its input without consuming it.
 */
import { fromUtf8 } from '@/core';
import { setVariable } from '@/cli/shell/exec';
import type { CommandContext, CommandInfo } from '@/cli/shell/types';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const USAGE = 'read: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]';

function readCmd(ctx: CommandContext): number {
  let raw = false;
  const names: string[] = [];
  for (const arg of ctx.args) {
    if (!names.length && arg === '-r') raw = true;
    else if (!names.length && arg.startsWith('-') && arg !== '-') {
      ctx.stderr.write(`bash: read: ${arg.slice(0, 2)}: invalid option\n${USAGE}\n`);
      return 2;
    } else names.push(arg);
  }
  for (const n of names)
    if (!NAME.test(n)) {
      ctx.stderr.write(`bash: read: \`${n}': not a valid identifier\n`);
      return 1;
    }
  const input = ctx.input ?? { bytes: ctx.stdin, pos: 0 };
  let line = '';
  let ended = false;
  for (;;) {
    const rest = input.bytes.subarray(input.pos);
    const nl = rest.indexOf(0x0a);
    const chunk = fromUtf8(nl < 0 ? rest : rest.subarray(0, nl));
    input.pos += nl < 0 ? rest.length : nl + 1;
    if (nl < 0) ended = true;
    // Without -r, a backslash at the end of the line continues it on the next one.
    const continued = !raw && !ended && /(^|[^\\])(\\\\)*\\$/.test(chunk);
    line += continued ? chunk.slice(0, -1) : chunk;
    if (!continued) break;
  }
  const fields = splitLine(line, raw, names.length);
  if (!names.length) setVariable(ctx.state, 'REPLY', raw ? line : unescape(line));
  else names.forEach((n, i) => setVariable(ctx.state, n, fields[i] ?? ''));
  return ended ? 1 : 0;
}

const unescape = (s: string) => s.replace(/\\(.)/g, '$1');

/** Splits on IFS whitespace: `count` fields, the last taking the rest (trailing blanks removed). */
function splitLine(line: string, raw: boolean, count: number): string[] {
  const fields: string[] = [];
  let i = 0;
  const blank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n';
  while (blank(line[i])) i++;
  while (i < line.length && fields.length < count - 1) {
    let word = '';
    for (; i < line.length && !blank(line[i]); i++) {
      if (!raw && line[i] === '\\' && i + 1 < line.length) word += line[++i];
      else word += line[i];
    }
    fields.push(word);
    while (blank(line[i])) i++;
  }
  if (i < line.length) {
    let rest = '';
    let keep = 0; // length of rest up to its last escaped or non-blank character
    for (; i < line.length; i++) {
      if (!raw && line[i] === '\\' && i + 1 < line.length) rest += line[++i];
      else rest += line[i];
      if (!blank(line[i]) || (!raw && line[i - 1] === '\\')) keep = rest.length;
    }
    fields.push(rest.slice(0, keep));
  }
  return fields;
}

export const readCommand: CommandInfo = { run: readCmd, summary: 'read a line from standard input into variables', usage: 'read [-r] [NAME...]' };
