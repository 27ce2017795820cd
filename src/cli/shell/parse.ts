/**
 * Command lines -> lists of pipelines of simple commands, with bash's syntax errors.
 * Tokens come from shell-quote (quotes, escapes, operators); prescan.ts has already turned
 * expansions into placeholders and file-descriptor prefixes into marker words.
 * Supported: `|`, `;`, `&&`, `||`, `>`, `>>`, `<`, `2>`, `2>>`, `2>&1`, `>&2`, `&>`, `>|`.
 * Not supported (a clear error): subshells `( )`, background `&`, here-documents `<<`.
 */
import { parse as shellParse } from 'shell-quote';
import { FD_MARK, placeholderValue, prescan, ShellSyntaxError, type Expansion } from './prescan';

/** A word: text that may hold expansion placeholders, or an unquoted glob pattern. */
export type Word = { text: string; glob?: boolean };

export type Redirect =
  | { kind: 'file'; fd: number; path: Word; mode: 'write' | 'append' | 'read' }
  | { kind: 'dup'; fd: number; to: number }
  | { kind: 'both'; path: Word; mode: 'write' | 'append' };

export interface SimpleCommand {
  words: Word[];
  redirects: Redirect[];
}

export interface ListItem {
  pipeline: SimpleCommand[];
  /** How this pipeline is joined to the previous one. */
  join: ';' | '&&' | '||';
}

export interface ParsedLine {
  list: ListItem[];
  expansions: Expansion[];
}

type Token = string | { op: string; pattern?: string } | { comment: string };

const unexpected = (token: string) => new ShellSyntaxError(`syntax error near unexpected token \`${token}'`);
const endOfFile = () => new ShellSyntaxError('syntax error: unexpected end of file', true);

export function parseLine(line: string): ParsedLine {
  const { text, expansions } = prescan(line);
  const env = (key: string) => (key.startsWith('__k') ? placeholderValue(Number(key.slice(3))) : '');
  const tokens = shellParse(text, env) as Token[];
  const list: ListItem[] = [];
  let pipeline: SimpleCommand[] = [];
  let cmd: SimpleCommand = { words: [], redirects: [] };
  let join: ListItem['join'] = ';';
  let pendingPipe = false;

  const endCommand = (op: string) => {
    if (cmd.words.length === 0 && cmd.redirects.length === 0) throw unexpected(op);
    pipeline.push(cmd);
    cmd = { words: [], redirects: [] };
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (typeof t === 'string') {
      cmd.words.push({ text: t });
      pendingPipe = false;
      continue;
    }
    if ('comment' in t) break;
    const op = t.op;
    if (op === 'glob') {
      cmd.words.push({ text: t.pattern!, glob: true });
      pendingPipe = false;
    } else if (op === '|') {
      endCommand(op);
      pendingPipe = true;
    } else if (op === ';' || op === '&&' || op === '||') {
      endCommand(op);
      list.push({ pipeline, join });
      pipeline = [];
      join = op;
      pendingPipe = op !== ';';
    } else if (op === '>' || op === '>>' || op === '<' || op === '>|' || op === '&>' || op === '>&') {
      const target = tokens[++i];
      if (target === undefined) throw unexpected('newline');
      if (typeof target !== 'string' && !('op' in target && target.op === 'glob')) throw unexpected('op' in target ? target.op : 'newline');
      const word: Word = typeof target === 'string' ? { text: target } : { text: target.pattern!, glob: true };
      const last = cmd.words[cmd.words.length - 1];
      const explicitFd = last && !last.glob && last.text.startsWith(FD_MARK) ? Number(cmd.words.pop()!.text.slice(1)) : undefined;
      cmd.redirects.push(redirect(op, explicitFd, word));
    } else if (op === '&') {
      throw new ShellSyntaxError('background jobs (&) are not supported in this shell');
    } else if (op === '(' || op === ')') {
      throw new ShellSyntaxError(`subshells ( ... ) are not supported in this shell`);
    } else if (op === '<<' || op === '<<<') {
      throw new ShellSyntaxError('here-documents (<<) are not supported in this shell');
    } else {
      throw unexpected(op);
    }
  }
  if (pendingPipe) throw endOfFile();
  if (cmd.words.length || cmd.redirects.length) pipeline.push(cmd);
  if (pipeline.length) list.push({ pipeline, join });
  // Marker words left without a redirection were digits written before `<`/`>` in text: restore them.
  for (const item of list) for (const c of item.pipeline) for (const w of c.words) if (w.text.startsWith(FD_MARK)) w.text = w.text.slice(1);
  return { list, expansions };
}

function redirect(op: string, fd: number | undefined, target: Word): Redirect {
  switch (op) {
    case '<':
      return { kind: 'file', fd: fd ?? 0, path: target, mode: 'read' };
    case '>>':
      return { kind: 'file', fd: fd ?? 1, path: target, mode: 'append' };
    case '&>':
      return { kind: 'both', path: target, mode: 'write' };
    case '>&':
      // `>&2` duplicates; `>&file` is bash's old spelling of `&>file`.
      if (/^\d+$/.test(target.text)) return { kind: 'dup', fd: fd ?? 1, to: Number(target.text) };
      return fd === undefined ? { kind: 'both', path: target, mode: 'write' } : { kind: 'file', fd, path: target, mode: 'write' };
    default:
      return { kind: 'file', fd: fd ?? 1, path: target, mode: 'write' };
  }
}
