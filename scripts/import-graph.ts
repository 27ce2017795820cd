/**
 * The static import graph of the source (issue 8, Lighthouse on a phone): which modules a lazy
 * screen's chunk needs before it can render. Follows `import ... from './x'` and `export ... from`
 * with relative and `@/` paths; skips `import type`/`export type` (erased) and `import()` (its own chunk,
 * loaded later). Bare specifiers (react, idb ...) are not followed.
 * `importCycles` reads type-only imports too: a circle of modules, even one closed by a type, is a
 * tangle (docs/architecture.md, "The dependency rule"), so the test of this file fails on any.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const STATIC = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/g;

/** The specifiers a file imports statically at run time (`types`: type-only imports too). */
export function staticImports(source: string, types = false): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(STATIC)) if (types || !m[2]) out.push(m[3]!);
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

/** The source files under `dir` (relative to `root`), tests and test harnesses (`testing/`) left out. */
export function sourceFiles(dir: string, root = process.cwd()): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'testing' && e.name !== 'node_modules') walk(p);
      } else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(relative(root, p));
    }
  };
  walk(resolve(root, dir));
  return out.sort();
}

/**
 * The circles of the import graph of `files` (type-only imports and re-exports included), each as
 * the files it joins, in order: `[a, b]` is a imports b imports a. Tarjan's strongly connected
 * components; a component of more than one file, or a file importing itself, is a circle.
 */
export function importCycles(files: string[], read: (file: string) => string = (f) => readFileSync(resolve(process.cwd(), f), 'utf8')): string[][] {
  const known = new Set(files);
  const edges = new Map<string, string[]>();
  for (const file of files) {
    const to: string[] = [];
    for (const spec of staticImports(read(file), true)) {
      if (!spec.startsWith('.') && !spec.startsWith('@/')) continue;
      const next = resolveIn(file, spec, known);
      if (next) to.push(next);
    }
    edges.set(file, to);
  }
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v)!) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || edges.get(v)!.includes(v)) cycles.push(component.reverse());
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return cycles;
}

/** Like resolveFile, for files named relative to the project and given by the caller (no disk access). */
function resolveIn(from: string, spec: string, known: Set<string>): string | undefined {
  const base = spec.startsWith('@/') ? join('src', spec.slice(2)) : join(dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) if (known.has(c)) return c;
  return undefined;
}
