/**
 * Lazy code that comes back after a network blink (the build's half; the page's half is
 * src/app/module-loader.ts).
 *
 * Some browsers (Chromium up to version 150 at least) keep a module that failed to download as
 * failed for the document's life: every later import of that URL, and of any module importing
 * it, fails at once without a request. One screen opened while the network is off then breaks
 * every other screen sharing a chunk with it, until a reload.
 *
 * After the bundler and Vite have written the chunks, this plugin edits each one:
 * - every dynamic `import('./x.js')` becomes a call to the page's loader (`globalThis.__kmsLabImport`,
 *   with plain `import()` as the fallback where the page has none, as in a worker), which can
 *   rebuild a failed module under a new URL;
 * - a trailing comment lists where the chunk's static import specifiers and its `import.meta`
 *   are, so the loader can rewrite them without parsing JavaScript in the page.
 * Offsets are JavaScript string indices into the chunk's text without the comment.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { init, parse } from 'es-module-lexer';
import type { Plugin, ResolvedConfig, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;

/** The name of the page's loader (src/app/module-loader.ts installs it). */
export const LOADER_GLOBAL = '__kmsLabImport';
const LOADER = `(globalThis.${LOADER_GLOBAL}||((s,b)=>import(new URL(s,b).href)))`;
/** The trailing comment: `/*kms-lab-imports {"i":[[start,end],...],"m":[start,...]}*\/`. */
export const TRAILER = /\n\/\*kms-lab-imports (\{[^\n]*\})\*\/\n?$/;

export interface ChunkImports {
  /** Static import and re-export specifiers, without their quotes. */
  i: [number, number][];
  /** Each `import.meta` (11 characters). */
  m: number[];
}

/**
 * One chunk's code with its dynamic imports routed to the loader and, unless `trailer` is false,
 * the trailer appended (chunks the entry loads statically never need rebuilding: the page would
 * not have started without them).
 */
export async function rewriteChunk(code: string, trailer = true): Promise<string> {
  await init;
  const [dynamic] = parse(code);
  let out = code;
  // From the end, so earlier offsets stay valid.
  for (const d of [...dynamic].reverse()) {
    // Only `import('./literal.js')`: a computed specifier or import attributes are left to the browser.
    if (d.d < 0 || d.n === undefined || d.a !== -1 || !/^\.\.?\//.test(d.n)) continue;
    out = `${out.slice(0, d.ss)}${LOADER}(${code.slice(d.s, d.e)},import.meta.url)${out.slice(d.se)}`;
  }
  if (!trailer) return out;
  const [imports] = parse(out);
  const where: ChunkImports = {
    i: imports.filter((x) => x.d === -1 && x.n !== undefined).map((x) => [x.s, x.e]),
    m: imports.filter((x) => x.d === -2).map((x) => x.s),
  };
  return `${out}\n/*kms-lab-imports ${JSON.stringify(where)}*/\n`;
}

/** The chunks loaded with the entry: each entry chunk and what it imports statically, transitively. */
export function startupChunks(bundle: OutputBundle): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    const chunk = bundle[name];
    if (seen.has(name) || chunk?.type !== 'chunk') return;
    seen.add(name);
    chunk.imports.forEach(visit);
  };
  for (const [name, file] of Object.entries(bundle)) if (file.type === 'chunk' && file.isEntry) visit(name);
  return seen;
}

export function moduleRecovery(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'kms-lab:module-recovery',
    apply: 'build',
    configResolved(c) {
      config = c;
    },
    // On the files as written (Vite fills in its preload lists during generateBundle); before
    // closeBundle, where the service worker plugin hashes the files.
    async writeBundle(_options, bundle) {
      const outDir = resolve(config.root, config.build.outDir);
      const startup = startupChunks(bundle);
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const path = join(outDir, file.fileName);
        await writeFile(path, await rewriteChunk(await readFile(path, 'utf8'), !startup.has(file.fileName)));
      }
    },
  };
}
