/**
 * The in-app "What is simplified" notes come from one place: the `Simplified:` paragraph of each
 * source file's header comment, where an operation says what it does less than AWS. This plugin
 * reads them from src/ at build, dev and test time and serves them as the module
 * `virtual:simplified-notes` (types in src/simplified-notes.d.ts), so the page can never drift
 * from the code's own comments.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';

export interface SimplifiedNote {
  /** The source file, relative to the project, with forward slashes. */
  file: string;
  /** What the file is: its header's first line up to a colon or full stop ("Encrypt"). */
  title: string;
  /** The AWS documentation page the header links to, if any. */
  docs?: string;
  /** The `Simplified:` paragraph, in one line. */
  text: string;
}

const MODULE_ID = 'virtual:simplified-notes';
const RESOLVED = `\0${MODULE_ID}`;

/** The note of one file's header comment (its first block comment), or undefined. */
export function noteOf(source: string, file: string): SimplifiedNote | undefined {
  const header = /^\s*(?:\/\/[^\n]*\n\s*)*\/\*\*?([\s\S]*?)\*\//.exec(source)?.[1];
  if (!header) return undefined;
  const lines = header.split('\n').map((l) => l.replace(/^\s*\* ?/, '').trimEnd());
  const start = lines.findIndex((l) => l.startsWith('Simplified:'));
  if (start < 0) return undefined;
  const para: string[] = [];
  for (const l of lines.slice(start)) {
    if (!l.trim()) break;
    para.push(l.trim());
  }
  // The title: the header's first line up to its first colon or full stop ("Encrypt", "diff ... and cmp").
  const first = (lines.find((l) => l.trim()) ?? '').trim();
  let title = first.startsWith('Simplified:')
    ? file
        .split('/')
        .pop()!
        .replace(/\.tsx?$/, '')
    : first.split(/:\s|\.(?:\s|$)|:$/)[0]!.replace(/`/g, '');
  // A parenthesis the line break left open is dropped: "... messages (the" -> "... messages".
  if ((title.match(/\(/g) ?? []).length > (title.match(/\)/g) ?? []).length) title = title.slice(0, title.lastIndexOf('(')).trim();
  title = title.replace(/,$/, '');
  const docs = /https:\/\/docs\.aws\.amazon\.com\/\S+/.exec(header)?.[0];
  return { file, title, ...(docs ? { docs } : {}), text: para.join(' ').replace(/^Simplified:\s*/, '') };
}

/** Every note under `dir` (tests and declaration files skipped), sorted by file. */
export function collectNotes(root: string, dir = 'src'): SimplifiedNote[] {
  const files = readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$|\.d\.ts$/.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
  return files.flatMap((f) => noteOf(readFileSync(join(root, f), 'utf8'), f) ?? []);
}

export function simplifiedNotes(root = process.cwd()): Plugin {
  return {
    name: 'kms-lab:simplified-notes',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      return `export const SIMPLIFIED_NOTES = ${JSON.stringify(collectNotes(root))};\n`;
    },
    // A header edited while the dev server runs shows on the next reload.
    handleHotUpdate({ server, file }) {
      if (!/\.tsx?$/.test(file)) return;
      const mod = server.moduleGraph.getModuleById(RESOLVED);
      if (mod) server.moduleGraph.invalidateModule(mod);
    },
  };
}
