/**
 * Tab completion as bash's readline does it, over the shell's candidates (`shell.complete`):
 * one candidate completes the word (and a space follows, unless it is a directory); several
 * extend the word to their longest common prefix, or, when that adds nothing, are listed in
 * columns under the line, as bash lists them (file names by their last part).
 */
import type { Completion } from '@/cli';

export interface Completed {
  line: string;
  cursor: number;
  /** Candidates to list under the line (several, and no common prefix to add). */
  list?: string[];
}

export function commonPrefix(words: string[]): string {
  if (!words.length) return '';
  let prefix = words[0]!;
  for (const w of words.slice(1)) {
    let i = 0;
    while (i < prefix.length && i < w.length && prefix[i] === w[i]) i++;
    prefix = prefix.slice(0, i);
  }
  return prefix;
}

export function applyCompletion(line: string, cursor: number, c: Completion): Completed {
  const word = line.slice(c.start, c.end);
  const replace = (text: string): Completed => ({ line: line.slice(0, c.start) + text + line.slice(c.end), cursor: c.start + text.length });
  if (c.candidates.length === 0) return { line, cursor };
  if (c.candidates.length === 1) {
    const only = c.candidates[0]!;
    const spaced = only.endsWith('/') || only.endsWith('://') || line.slice(c.end).startsWith(' ') ? only : `${only} `;
    return replace(spaced);
  }
  const prefix = commonPrefix(c.candidates);
  if (prefix.length > word.length) return replace(prefix);
  return { line, cursor, list: c.candidates };
}

/** How bash shows a candidate in the list: a path by its last part (`dir/sub/` as `sub/`). */
export const displayName = (candidate: string) => candidate.replace(/^.*\/(?=[^/]+\/?$)/, '');

/** Lays names out in columns, column by column, in `width` characters (readline's layout). */
export function columns(names: string[], width: number): string[] {
  if (!names.length) return [];
  const cell = Math.max(...names.map((n) => n.length)) + 2;
  const perRow = Math.max(1, Math.floor(width / cell));
  const rows = Math.ceil(names.length / perRow);
  const out: string[] = [];
  for (let r = 0; r < rows; r++) {
    let text = '';
    for (let col = 0; col < perRow; col++) {
      const name = names[col * rows + r];
      if (name === undefined) break;
      const isLast = (col + 1) * rows + r >= names.length;
      text += isLast ? name : name.padEnd(cell);
    }
    out.push(text);
  }
  return out;
}
