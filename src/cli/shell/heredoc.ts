/**
 * Here-documents, read before anything else: `<<WORD` and `<<-WORD` take the lines after their
 * command line, up to a line that is exactly WORD (leading tabs removed with `<<-`, from the body
 * too), as the command's standard input. Each one is rewritten in place as `<<<` and a quoted word
 * holding the body after HEREDOC_MARK, so the rest of the shell expands it as bash expands a
 * here-document: `$VAR`, `${VAR}`, `$(...)` and backquotes when WORD is unquoted (a backslash then
 * escapes only `$`, a backquote, a backslash and a newline; quotes are plain characters), and
 * nothing at all when any part of WORD is quoted (`'EOF'`, `"EOF"`, `\EOF`).
 */
import { ShellSyntaxError } from './prescan';

/** Starts a here-string word that is a here-document body (taken as is, no newline added). */
export const HEREDOC_MARK = '\uE004';

interface Pending {
  delimiter: string;
  quoted: boolean;
  stripTabs: boolean;
  /** Index of the body's placeholder in the rewritten line. */
  slot: string;
}

const OPERATOR = /[\s|&;<>()]/;

export function inlineHereDocs(input: string): string {
  if (!input.includes('<<')) return input;
  const lines = input.split('\n');
  const out: string[] = [];
  let n = 0;
  for (let i = 0; i < lines.length; i++) {
    const pending: Pending[] = [];
    let line = rewriteLine(lines[i]!, pending, () => `\uE007${n++}\uE007`);
    for (const doc of pending) {
      const body: string[] = [];
      let found = false;
      while (++i < lines.length) {
        const text = doc.stripTabs ? lines[i]!.replace(/^\t+/, '') : lines[i]!;
        if (text === doc.delimiter) {
          found = true;
          break;
        }
        body.push(text);
      }
      if (!found) throw new ShellSyntaxError(`warning: here-document at line ${out.length + 1} delimited by end-of-file (wanted \`${doc.delimiter}')`, true);
      const text = body.map((l) => `${l}\n`).join('');
      line = line.replace(doc.slot, () => quoteBody(text, doc.quoted));
    }
    out.push(line);
  }
  return out.join('\n');
}

/** Replaces each unquoted `<<WORD` of one line by `<<< ` and a slot; records what to read. */
function rewriteLine(line: string, pending: Pending[], slot: () => string): string {
  let out = '';
  let quote: string | null = null;
  let wordStart = true;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      out += c;
      if (c === '\\' && quote === '"') out += line[++i] ?? '';
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '\\') {
      out += c + (line[++i] ?? '');
      wordStart = false;
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      out += c;
      wordStart = false;
      continue;
    }
    if (c === '#' && wordStart) return out + line.slice(i);
    if (c === '<' && line[i + 1] === '<' && line[i + 2] !== '<' && line[i - 1] !== '<') {
      let j = i + 2;
      const stripTabs = line[j] === '-';
      if (stripTabs) j++;
      while (line[j] === ' ' || line[j] === '\t') j++;
      let word = '';
      let delimiter = '';
      let quoted = false;
      let q: string | null = null;
      for (; j < line.length && (q || !OPERATOR.test(line[j]!)); j++) {
        const d = line[j]!;
        word += d;
        if (q) {
          if (d === q) q = null;
          else delimiter += d;
        } else if (d === "'" || d === '"') {
          q = d;
          quoted = true;
        } else if (d === '\\') {
          quoted = true;
          delimiter += line[++j] ?? '';
          word += line[j] ?? '';
        } else delimiter += d;
      }
      if (!word) throw new ShellSyntaxError(`syntax error near unexpected token \`${line[j] === undefined ? 'newline' : line[j]}'`);
      const s = slot();
      pending.push({ delimiter, quoted, stripTabs, slot: s });
      out += `<<< ${s}`;
      i = j - 1;
      wordStart = false;
      continue;
    }
    out += c;
    wordStart = OPERATOR.test(c);
  }
  return out;
}

/** The body as one shell word that expands (or not) as the here-document does. */
function quoteBody(body: string, quoted: boolean): string {
  if (quoted) return `'${HEREDOC_MARK}${body.replace(/'/g, `'\\''`)}'`;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\') {
      const next = body[i + 1];
      if (next === '$' || next === '`' || next === '\\') out += c + body[++i];
      else if (next === '\n') i++;
      else out += '\\\\';
    } else if (c === '"') out += '\\"';
    else if (c === '$' && body[i + 1] === '(') {
      const end = closing(body, i + 2);
      out += body.slice(i, end + 1);
      i = end;
    } else if (c === '`') {
      const end = body.indexOf('`', i + 1);
      out += body.slice(i, end < 0 ? body.length : end + 1);
      i = end < 0 ? body.length : end;
    } else out += c;
  }
  return `"${HEREDOC_MARK}${out}"`;
}

/** Index of the `)` closing a `$(` whose text starts at `start` (quotes honoured); the end when unclosed. */
function closing(text: string, start: number): number {
  let depth = 1;
  let quote: string | null = null;
  for (let j = start; j < text.length; j++) {
    const c = text[j]!;
    if (quote) {
      if (c === '\\' && quote === '"') j++;
      else if (c === quote) quote = null;
    } else if (c === '\\') j++;
    else if (c === "'" || c === '"') quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j;
  }
  return text.length - 1;
}
