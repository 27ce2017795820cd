/**
 * The first pass over a command line, before shell-quote tokenizes it. shell-quote handles
 * quotes, escapes and operators; this pass adds what it cannot know:
 * - expansions (`$VAR`, `${VAR}`, `$?`, `$(...)`, backquotes, a leading `~`) become
 *   placeholders `${__kN}`, recorded with whether they were inside double quotes, so they are
 *   expanded when their command runs (`K=$(...); echo $K` on one line works) and unquoted
 *   ones are split into words as bash does;
 * - a file-descriptor prefix (`2>`, `2>>`, `2>&1`) becomes a marker word, since shell-quote
 *   splits `2>err` into "2", `>`, "err" exactly like `2 > err`;
 * - `#` starts a comment only at the start of a word (shell-quote ends the line at any `#`);
 * - unbalanced quotes and `$(` are bash's syntax errors.
 */
export interface Expansion {
  kind: 'var' | 'cmd';
  /** Variable name (`HOME`, `?`) or the command text of a substitution. */
  value: string;
  /** Inside double quotes: no word splitting. */
  quoted: boolean;
}

export interface Prescanned {
  text: string;
  expansions: Expansion[];
}

/** A syntax error, with bash's message (without the `bash: ` prefix). */
export class ShellSyntaxError extends Error {
  /** True when more input could complete the line (an open quote, a trailing `|`). */
  readonly incomplete: boolean;
  constructor(message: string, incomplete = false) {
    super(message);
    this.name = 'ShellSyntaxError';
    this.incomplete = incomplete;
  }
}

/** Marks a file-descriptor number written right before a redirection operator. */
export const FD_MARK = '\uE000';
export const placeholderValue = (n: number) => `\uE001${n}\uE002`;
export const PLACEHOLDER_RE = /\uE001(\d+)\uE002/g;
/** An unquoted newline: a word of its own that ends a command, as `;` does (and may stand where `;` may not). */
export const NEWLINE = '\uE003';
/** An unquoted `[`, which may open a bracket expression of a glob pattern. */
export const BRACKET = '\uE005';

const OPERATOR_CHARS = '|&;<>()';
const SPECIAL_VARS = '?$#!@*-0123456789';

const eofError = (quote: string) =>
  new ShellSyntaxError(`unexpected EOF while looking for matching \`${quote}'\nbash: syntax error: unexpected end of file`, true);

export function prescan(line: string): Prescanned {
  const expansions: Expansion[] = [];
  let out = '';
  let quote: "'" | '"' | null = null;
  let wordStart = true;
  const add = (e: Expansion) => {
    expansions.push(e);
    out += `\${__k${expansions.length - 1}}`;
  };

  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote === "'") {
      out += c;
      if (c === "'") quote = null;
      continue;
    }
    if (c === '\\' && line[i + 1] === '\n') {
      // A line continuation: both characters go.
      i++;
      continue;
    }
    if (c === '\\') {
      // A trailing backslash stays literal, as in `bash -c`.
      out += i + 1 >= line.length ? '\\\\' : c + line[++i];
      wordStart = false;
      continue;
    }
    if (c === '$' || c === '`') {
      i = expansion(line, i, quote === '"', add, (s) => (out += s));
      wordStart = false;
      continue;
    }
    if (quote === '"') {
      out += c;
      if (c === '"') quote = null;
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      out += c;
      wordStart = false;
    } else if (c === '\n') {
      out += ` ${NEWLINE} `;
      wordStart = true;
    } else if (/\s/.test(c)) {
      out += c;
      wordStart = true;
    } else if (c === '#' && wordStart) {
      // A comment runs to the end of its line.
      const end = line.indexOf('\n', i);
      if (end < 0) break;
      i = end - 1;
    } else if (c === '[') {
      out += BRACKET;
      wordStart = false;
    } else if (c === '#') {
      out += '\\#';
    } else if (OPERATOR_CHARS.includes(c)) {
      out += c;
      wordStart = true;
    } else if (wordStart && /\d/.test(c) && /^\d+(>|<)/.test(line.slice(i))) {
      const digits = /^\d+/.exec(line.slice(i))![0];
      out += ` ${FD_MARK}${digits} `;
      i += digits.length - 1;
      wordStart = true;
    } else if (c === '~' && wordStart && (i + 1 === line.length || /[\s/|&;<>()]/.test(line[i + 1]!))) {
      add({ kind: 'var', value: 'HOME', quoted: true });
      wordStart = false;
    } else {
      out += c;
      wordStart = false;
    }
  }
  if (quote) throw eofError(quote);
  return { text: out, expansions };
}

/** Reads the expansion starting at line[i] (`$` or a backquote); returns the index of its last character. */
function expansion(line: string, i: number, quoted: boolean, add: (e: Expansion) => void, literal: (s: string) => void): number {
  if (line[i] === '`') {
    let j = i + 1;
    let text = '';
    for (; j < line.length && line[j] !== '`'; j++) {
      if (line[j] === '\\' && (line[j + 1] === '`' || line[j + 1] === '\\' || line[j + 1] === '$')) j++;
      text += line[j];
    }
    if (j >= line.length) throw eofError('`');
    add({ kind: 'cmd', value: text, quoted });
    return j;
  }
  const next = line[i + 1];
  if (next === '(') {
    if (line[i + 2] === '(') throw new ShellSyntaxError('$((...)): arithmetic expansion is not supported in this shell');
    const end = matchingParen(line, i + 2);
    add({ kind: 'cmd', value: line.slice(i + 2, end), quoted });
    return end;
  }
  if (next === '{') {
    const end = line.indexOf('}', i + 2);
    if (end < 0) throw eofError('}');
    const name = line.slice(i + 2, end);
    if (!/^([A-Za-z_][A-Za-z0-9_]*|[?$#!@*\-0-9])$/.test(name)) throw new ShellSyntaxError(`\${${name}}: bad substitution`);
    add({ kind: 'var', value: name, quoted });
    return end;
  }
  const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(line.slice(i + 1))?.[0];
  if (name) {
    add({ kind: 'var', value: name, quoted });
    return i + name.length;
  }
  if (next !== undefined && SPECIAL_VARS.includes(next)) {
    add({ kind: 'var', value: next, quoted });
    return i + 1;
  }
  // A lone `$` is literal in bash.
  literal('\\$');
  return i;
}

/** Index of the `)` closing a `$(` whose body starts at `start`, honouring quotes and nesting. */
function matchingParen(line: string, start: number): number {
  let depth = 1;
  let quote: string | null = null;
  for (let j = start; j < line.length; j++) {
    const c = line[j]!;
    if (quote === "'") {
      if (c === "'") quote = null;
      continue;
    }
    if (c === '\\') j++;
    else if (c === '$' && line[j + 1] === '(') j = matchingParen(line, j + 2);
    else if (quote === '"') {
      if (c === '"') quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j;
  }
  throw eofError(quote ?? ')');
}
