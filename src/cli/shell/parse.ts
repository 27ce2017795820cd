/**
 * Command lines -> lists of pipelines of commands, with bash's syntax errors.
 * Tokens come from shell-quote (quotes, escapes, operators); heredoc.ts has already turned
 * here-documents into here-strings, and prescan.ts expansions into placeholders, file-descriptor
 * prefixes into marker words and unquoted newlines into NEWLINE words.
 * Supported: `|`, `;`, newlines, `&&`, `||`, `>`, `>>`, `<`, `<<<`, here-documents, `2>`, `2>>`,
 * `2>&1`, `>&2`, `&>`, `>|`; subshells `( ... )`; `for NAME [in WORDS]; do ...; done`,
 * `while`/`until LIST; do ...; done` and `if LIST; then ...; [elif ...;] [else ...;] fi`.
 * Not supported (a clear error): background `&`. Reserved words are recognised as bash does, at
 * the start of a command, but also when quoted there (shell-quote drops the quotes).
 */
import { parse as shellParse } from 'shell-quote';
import { HEREDOC_MARK, inlineHereDocs } from './heredoc';
import { BRACKET, FD_MARK, NEWLINE, placeholderValue, prescan, ShellSyntaxError, type Expansion } from './prescan';

/** A word: text that may hold expansion placeholders, or an unquoted glob pattern. */
export type Word = { text: string; glob?: boolean };

export type Redirect =
  | { kind: 'file'; fd: number; path: Word; mode: 'write' | 'append' | 'read' }
  | { kind: 'dup'; fd: number; to: number }
  | { kind: 'both'; path: Word; mode: 'write' | 'append' }
  /** `<<< word` (a newline is added) or a here-document (its body as is). */
  | { kind: 'string'; word: Word; heredoc: boolean };

export interface SimpleCommand {
  kind?: undefined;
  words: Word[];
  redirects: Redirect[];
}

export type CompoundCommand =
  | { kind: 'subshell'; body: ListItem[]; redirects: Redirect[] }
  | { kind: 'for'; name: string; items?: Word[]; body: ListItem[]; redirects: Redirect[] }
  | { kind: 'while' | 'until'; condition: ListItem[]; body: ListItem[]; redirects: Redirect[] }
  | { kind: 'if'; branches: { condition: ListItem[]; body: ListItem[] }[]; otherwise?: ListItem[]; redirects: Redirect[] };

export type Command = SimpleCommand | CompoundCommand;

export interface ListItem {
  pipeline: Command[];
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
const RESERVED_ENDS = new Set(['do', 'done', 'then', 'elif', 'else', 'fi', '}']);
const REDIRECT_OPS = new Set(['>', '>>', '<', '>|', '&>', '>&', '<<<']);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function parseLine(line: string): ParsedLine {
  const { text, expansions } = prescan(inlineHereDocs(line));
  const env = (key: string) => (key.startsWith('__k') ? placeholderValue(Number(key.slice(3))) : '');
  const tokens = (shellParse(text, env) as Token[]).filter((t) => typeof t === 'string' || !('comment' in t));
  const p = new Parser(tokens as (string | { op: string; pattern?: string })[]);
  const list = p.list(() => false);
  if (!p.atEnd()) throw unexpected(p.show(p.peek()));
  // Marker words left without a redirection were digits written before `<`/`>` in text: restore them.
  const restore = (items: ListItem[]): void => {
    for (const item of items)
      for (const c of item.pipeline) {
        if (!c.kind) for (const w of c.words) if (w.text.startsWith(FD_MARK)) w.text = w.text.slice(1);
        if (c.kind === 'subshell' || c.kind === 'for') restore(c.body);
        if (c.kind === 'while' || c.kind === 'until') {
          restore(c.condition);
          restore(c.body);
        }
        if (c.kind === 'if') {
          for (const b of c.branches) {
            restore(b.condition);
            restore(b.body);
          }
          if (c.otherwise) restore(c.otherwise);
        }
      }
  };
  restore(list);
  return { list, expansions };
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: (string | { op: string; pattern?: string })[]) {}

  atEnd = () => this.i >= this.tokens.length;
  peek = () => this.tokens[this.i];
  show = (t: Parser['tokens'][number] | undefined) =>
    t === undefined ? 'newline' : typeof t === 'string' ? (t === NEWLINE ? 'newline' : t) : (t.pattern ?? t.op);
  private isOp = (op: string) => {
    const t = this.peek();
    return typeof t === 'object' && t.op === op;
  };
  private isWord = (w: string) => this.peek() === w;
  private skipNewlines() {
    while (this.peek() === NEWLINE) this.i++;
  }

  /** A list of pipelines, until the end or a token `stop` accepts at the start of a command. */
  list(stop: () => boolean): ListItem[] {
    const items: ListItem[] = [];
    let join: ListItem['join'] = ';';
    for (;;) {
      this.skipNewlines();
      if (this.atEnd() || stop()) {
        if (join !== ';') throw this.atEnd() ? endOfFile() : unexpected(this.show(this.peek()));
        return items;
      }
      items.push({ pipeline: this.pipeline(), join });
      join = ';';
      if (this.isOp(';') || this.peek() === NEWLINE) this.i++;
      else if (this.isOp('&&') || this.isOp('||')) join = (this.tokens[this.i++] as { op: '&&' | '||' }).op;
      else if (this.isOp('&')) throw new ShellSyntaxError('background jobs (&) are not supported in this shell');
      else if (!this.atEnd() && !stop() && !this.isOp(')')) throw unexpected(this.show(this.peek()));
      else return items;
    }
  }

  private pipeline(): Command[] {
    const commands = [this.command()];
    while (this.isOp('|')) {
      this.i++;
      this.skipNewlines();
      if (this.atEnd()) throw endOfFile();
      commands.push(this.command());
    }
    return commands;
  }

  private expectWord(word: string) {
    this.skipNewlines();
    if (this.atEnd()) throw endOfFile();
    if (!this.isWord(word)) throw unexpected(this.show(this.peek()));
    this.i++;
  }

  private body(until: string[]): ListItem[] {
    const items = this.list(() => typeof this.peek() === 'string' && until.includes(this.peek() as string));
    if (this.atEnd()) throw endOfFile();
    if (!items.length) throw unexpected(this.show(this.peek()));
    return items;
  }

  private command(): Command {
    const t = this.peek();
    if (typeof t === 'object' && t.op === '(') {
      this.i++;
      const body = this.list(() => this.isOp(')'));
      if (this.atEnd()) throw endOfFile();
      if (!body.length) throw unexpected(')');
      this.i++;
      return { kind: 'subshell', body, redirects: this.redirects() };
    }
    if (t === 'for') return this.forCommand();
    if (t === 'while' || t === 'until') {
      this.i++;
      const condition = this.body(['do']);
      this.expectWord('do');
      const body = this.body(['done']);
      this.expectWord('done');
      return { kind: t, condition, body, redirects: this.redirects() };
    }
    if (t === 'if') {
      this.i++;
      const branches: { condition: ListItem[]; body: ListItem[] }[] = [];
      let otherwise: ListItem[] | undefined;
      for (;;) {
        const condition = this.body(['then']);
        this.expectWord('then');
        branches.push({ condition, body: this.body(['elif', 'else', 'fi']) });
        const end = this.tokens[this.i++] as string;
        if (end === 'fi') break;
        if (end === 'else') {
          otherwise = this.body(['fi']);
          this.expectWord('fi');
          break;
        }
      }
      return { kind: 'if', branches, otherwise, redirects: this.redirects() };
    }
    if (typeof t === 'string' && RESERVED_ENDS.has(t)) throw unexpected(t);
    return this.simple();
  }

  private forCommand(): Command {
    this.i++;
    const name = this.peek();
    if (name === undefined || name === NEWLINE) throw name === undefined ? endOfFile() : unexpected('newline');
    if (typeof name !== 'string') throw unexpected(this.show(name));
    if (!NAME.test(name)) throw new ShellSyntaxError(`\`${name}': not a valid identifier`);
    this.i++;
    let items: Word[] | undefined;
    this.skipNewlines();
    if (this.isWord('in')) {
      this.i++;
      items = [];
      for (;;) {
        const t = this.peek();
        if (t === undefined) throw endOfFile();
        if (t === NEWLINE || (typeof t === 'object' && t.op === ';')) break;
        if (typeof t === 'object' && t.op !== 'glob') throw unexpected(t.op);
        items.push(this.word(t));
        this.i++;
      }
      this.i++;
    } else if (this.isOp(';')) this.i++;
    this.expectWord('do');
    const body = this.body(['done']);
    this.expectWord('done');
    return { kind: 'for', name, items, body, redirects: this.redirects() };
  }

  private word(t: string | { op: string; pattern?: string }): Word {
    if (typeof t !== 'string') return { text: t.pattern!, glob: true };
    const open = t.indexOf(BRACKET);
    if (open < 0) return { text: t };
    // `[` opens a bracket expression only when a `]` follows it; otherwise it is a plain character.
    return t.indexOf(']', open + 2) > 0 ? { text: t, glob: true } : { text: t.split(BRACKET).join('[') };
  }

  private redirects(): Redirect[] {
    const cmd: SimpleCommand = { words: [], redirects: [] };
    const isRedirect = (t: Parser['tokens'][number] | undefined) => typeof t === 'object' && REDIRECT_OPS.has(t.op);
    for (;;) {
      const t = this.peek();
      if (typeof t === 'string' && t.startsWith(FD_MARK) && isRedirect(this.tokens[this.i + 1])) {
        cmd.words.push({ text: t });
        this.i++;
      } else if (!isRedirect(t)) break;
      this.redirect(cmd);
    }
    const t = this.peek();
    if (t !== undefined && t !== NEWLINE && typeof t === 'string') throw unexpected(t);
    return cmd.redirects;
  }

  private redirect(cmd: SimpleCommand) {
    const op = (this.tokens[this.i++] as { op: string }).op;
    const target = this.tokens[this.i++];
    if (target === undefined || target === NEWLINE) throw unexpected('newline');
    if (typeof target !== 'string' && target.op !== 'glob') throw unexpected(target.op);
    const word = this.word(target);
    const last = cmd.words[cmd.words.length - 1];
    const explicitFd = last && !last.glob && last.text.startsWith(FD_MARK) ? Number(cmd.words.pop()!.text.slice(1)) : undefined;
    cmd.redirects.push(redirect(op, explicitFd, word));
  }

  private simple(): SimpleCommand {
    const cmd: SimpleCommand = { words: [], redirects: [] };
    for (;;) {
      const t = this.peek();
      if (t === undefined || t === NEWLINE) break;
      if (typeof t === 'string' || t.op === 'glob') {
        cmd.words.push(this.word(t));
        this.i++;
        continue;
      }
      if (REDIRECT_OPS.has(t.op)) {
        this.redirect(cmd);
        continue;
      }
      // `name (` would start a function definition (not supported): bash then stumbles on the token after `(`.
      if (t.op === '(' && cmd.words.length === 1) throw unexpected(this.show(this.tokens[this.i + 1]));
      if (t.op === '(' || t.op === '<<') throw unexpected(t.op);
      break;
    }
    if (cmd.words.length === 0 && cmd.redirects.length === 0) throw this.atEnd() ? endOfFile() : unexpected(this.show(this.peek()));
    return cmd;
  }
}

function redirect(op: string, fd: number | undefined, target: Word): Redirect {
  switch (op) {
    case '<':
      return { kind: 'file', fd: fd ?? 0, path: target, mode: 'read' };
    case '<<<': {
      const heredoc = target.text.startsWith(HEREDOC_MARK);
      return { kind: 'string', word: { text: heredoc ? target.text.slice(1) : target.text }, heredoc };
    }
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
