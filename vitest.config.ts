import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { simplifiedNotes } from './build/simplified-notes-plugin';

// The engine runs in the `node` environment (jsdom breaks WebCrypto and Blob streams);
// component tests opt into jsdom with a `// @vitest-environment jsdom` docblock.
//
// Three projects. `engine`: the test files that leave nothing behind in the process share one
// module graph per worker (isolate: false), so the engine is imported and compiled once per worker,
// not once per file: the same files took half the CPU time (147 s instead of 307 s, measured side by
// side). `dom`: the jsdom component tests share one module graph and one page per worker the same
// way; build/vitest-dom-setup.ts hands each file a fresh page (stores, storage, spies): 55 s of CPU
// instead of 230 s for the same 51 files. `isolated`: every file that changes the process for what
// follows gets a module graph of its own, as Vitest does by default: module mocks, fake timers,
// stubbed globals or environment, fake-indexeddb (one database for the whole worker otherwise), and
// files that say so with the line `// vitest: own module graph` (e.g. a test of what is loaded lazily).
const ROOTS = ['src', 'scripts', 'build'];
const JSDOM = /@vitest-environment jsdom/;
const OWN_GRAPH = /vi\.(mock|doMock|useFakeTimers|stubGlobal|stubEnv|resetModules)\b|fake-indexeddb|^\/\/ vitest: own module graph/m;
const testFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? testFiles(join(dir, e.name)) : /\.test\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
const files = ROOTS.flatMap(testFiles);
const text = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
const isolated = files.filter((f) => OWN_GRAPH.test(text.get(f)!));
const dom = files.filter((f) => !isolated.includes(f) && JSDOM.test(text.get(f)!));
const engine = files.filter((f) => !isolated.includes(f) && !dom.includes(f));

export default defineConfig({
  // The in-app "What is simplified" notes (virtual:simplified-notes), for the page's tests.
  plugins: [simplifiedNotes()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    environment: 'node',
    testTimeout: 20000,
    // Both cores: Vitest's default for a run is one worker fewer than the cores, one worker here, while
    // many files spend their time waiting on child processes (the real AWS CLI, OpenSSL, bash).
    maxWorkers: 2,
    setupFiles: ['build/vitest-setup.ts'],
    projects: [
      { extends: true, test: { name: 'engine', include: engine, isolate: false } },
      {
        extends: true,
        test: {
          name: 'dom',
          include: dom,
          isolate: false,
          setupFiles: ['build/vitest-setup.ts', 'build/vitest-dom-setup.ts'],
        },
      },
      { extends: true, test: { name: 'isolated', include: isolated } },
    ],
  },
});
