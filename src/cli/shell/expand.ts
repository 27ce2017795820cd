/**
 * Word expansion at the moment a command runs, in bash's order: parameter and command
 * substitution, word splitting of unquoted results (on spaces, tabs and newlines), then
 * pathname expansion of unquoted `*`, `?` and `[...]` (ranges, `!` or `^` to negate) against the
 * virtual file system; a pattern that matches nothing stays as typed, as in bash.
 * Simplified: no brace expansion, no character classes (`[[:digit:]]`), IFS is fixed.
 */
import { fromUtf8 } from '@/core';
import { joinPath, segments } from '@/vfs';
import type { Word } from './parse';
import { BRACKET, PLACEHOLDER_RE, type Expansion } from './prescan';
import type { Output, ShellState } from './types';

export interface ExpandContext {
  state: ShellState;
  expansions: Expansion[];
  stderr: Output;
  signal?: AbortSignal;
  /** Status of the last command substitution, for `NAME=$(cmd)` lines. */
  substitutionStatus?: number;
}

export function variableValue(state: ShellState, name: string): string {
  if (name === '?') return String(state.lastStatus);
  if (name === '$') return '1001';
  if (name === '0') return 'bash';
  if (name === '#') return '0';
  return state.vars.get(name)?.value ?? '';
}

async function expansionValue(ctx: ExpandContext, e: Expansion): Promise<string> {
  if (e.kind === 'var') return variableValue(ctx.state, e.value);
  const { stdout, status } = await ctx.state.subshell(e.value, ctx.stderr, ctx.signal);
  ctx.substitutionStatus = status;
  // bash drops trailing newlines of a substitution.
  return fromUtf8(stdout).replace(/\n+$/, '');
}

/** Expands without splitting or globbing (assignment values, redirection targets). */
export async function expandString(ctx: ExpandContext, text: string): Promise<string> {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER_RE)) {
    out += text.slice(last, m.index) + (await expansionValue(ctx, ctx.expansions[Number(m[1])]!));
    last = m.index! + m[0].length;
  }
  return unmark(out + text.slice(last));
}

/** A glob pattern's text as typed (its `[` markers back to `[`). */
const unmark = (text: string) => (text.includes(BRACKET) ? text.split(BRACKET).join('[') : text);

/** Expands one word into zero or more fields. */
export async function expandWord(ctx: ExpandContext, word: Word): Promise<string[]> {
  const fields = await splitFields(ctx, word.text);
  if (!word.glob) return fields;
  const out: string[] = [];
  for (const f of fields) {
    const matches = glob(ctx.state, f);
    out.push(...(matches.length ? matches : [unmark(f)]));
  }
  return out;
}

async function splitFields(ctx: ExpandContext, text: string): Promise<string[]> {
  if (!text.includes('\uE001')) return [text];
  const fields: string[] = [];
  let cur = '';
  let real = false; // cur holds literal or quoted text, so it is a field even when empty
  let last = 0;
  const literal = (s: string) => {
    cur += s;
    if (s) real = true;
  };
  for (const m of text.matchAll(PLACEHOLDER_RE)) {
    literal(text.slice(last, m.index));
    last = m.index! + m[0].length;
    const e = ctx.expansions[Number(m[1])]!;
    const value = await expansionValue(ctx, e);
    if (e.quoted) {
      cur += value;
      real = true;
      continue;
    }
    const parts = value.split(/[ \t\n]+/);
    if (parts.length === 1) {
      literal(parts[0]!);
      continue;
    }
    cur += parts[0];
    if (cur !== '' || real) fields.push(cur);
    for (const p of parts.slice(1, -1)) fields.push(p);
    cur = parts[parts.length - 1]!;
    real = cur !== '';
  }
  literal(text.slice(last));
  if (cur !== '' || real) fields.push(cur);
  return fields;
}

/** A glob pattern as a regular expression: `*`, `?`, and `[...]` opened by a BRACKET marker. */
function globRegex(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === BRACKET) {
      let j = i + 1;
      const negate = pattern[j] === '!' || pattern[j] === '^';
      if (negate) j++;
      let body = '';
      if (pattern[j] === ']') {
        body += '\\]';
        j++;
      }
      for (; j < pattern.length && pattern[j] !== ']'; j++) {
        const d = pattern[j]!;
        body += d === BRACKET ? '\\[' : /[\\^\]]/.test(d) ? `\\${d}` : d;
      }
      if (j >= pattern.length) re += '\\[';
      else {
        re += `[${negate ? '^' : ''}${body}]`;
        i = j;
      }
    } else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 's');
}

/** Pathname expansion: matches each `/` segment against directory entries; sorted; hidden files need a leading dot. */
export function glob(state: ShellState, pattern: string): string[] {
  const absolute = pattern.startsWith('/');
  const parts = pattern.split('/').filter((p) => p !== '');
  let candidates: { shown: string; path: string }[] = [{ shown: absolute ? '/' : '', path: absolute ? '/' : state.cwd }];
  for (const part of parts) {
    const next: typeof candidates = [];
    const wild = /[*?\uE005]/.test(part);
    for (const c of candidates) {
      const prefix = c.shown === '' ? '' : c.shown.endsWith('/') ? c.shown : `${c.shown}/`;
      if (!wild) {
        const name = unmark(part);
        const path = name === '..' || name === '.' ? '/' + segments(`${c.path}/${name}`).join('/') : joinPath(c.path, name);
        if (state.vfs.exists(path)) next.push({ shown: prefix + name, path });
        continue;
      }
      if (!state.vfs.isDir(c.path)) continue;
      const re = globRegex(part);
      for (const name of state.vfs.readdir(c.path)) {
        if (name.startsWith('.') && !part.startsWith('.')) continue;
        if (re.test(name)) next.push({ shown: prefix + name, path: joinPath(c.path, name) });
      }
    }
    candidates = next;
  }
  const trailingSlash = pattern.endsWith('/');
  return candidates
    .filter((c) => !trailingSlash || state.vfs.isDir(c.path))
    .map((c) => c.shown + (trailingSlash ? '/' : ''))
    .sort();
}
