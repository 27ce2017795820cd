/**
 * The static import graph of the source (issue 8, Lighthouse on a phone): which modules a lazy
 * screen's chunk needs before it can render. Follows `import ... from './x'` and `export ... from`
 * with relative and `@/` paths; skips `import type`/`export type` (erased) and `import()` (its own chunk,
 * loaded later). Bare specifiers (react, idb ...) are not followed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const STATIC = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/g;

/** The specifiers a file imports statically at run time. */
export function staticImports(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(STATIC)) if (!m[2]) out.push(m[3]!);
  return out;
}

function resolveFile(from: string, spec: string, root: string): string | undefined {
  // `@/x` is `src/x` (tsconfig.json paths).
  const base = spec.startsWith('@/') ? resolve(root, 'src', spec.slice(2)) : resolve(dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) if (/\.tsx?$/.test(c) && existsSync(c)) return c;
  return undefined;
}

/** Every source file reached from `entry` by static run-time imports, relative to `root`. */
export function reachable(entry: string, root = process.cwd()): Set<string> {
  const seen = new Set<string>();
  const walk = (file: string) => {
    const rel = relative(root, file);
    if (seen.has(rel)) return;
    seen.add(rel);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.') && !spec.startsWith('@/')) continue;
      const next = resolveFile(file, spec, root);
      if (next) walk(next);
    }
  };
  walk(resolve(root, entry));
  return seen;
}
