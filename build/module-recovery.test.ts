// Lazy code that comes back after a network blink: the build's rewrite of each chunk
// (module-recovery-plugin.ts) and the page's loader (src/app/module-loader.ts), together.
//
// The modules run for real, in Node: files on disk, rebuilt copies imported from data: URLs (the
// page uses blob: URLs). The browser that keeps failed downloads is modelled by `poisoned`: a
// module whose URL failed, or that imports one, cannot be imported natively again.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createModuleLoader } from '@/app/module-loader';
import { rewriteChunk, startupChunks, TRAILER } from './module-recovery-plugin';
import type { Rollup } from 'vite';

// Node's own module loader for the files too (through a data: module re-exporting them): the test
// runner's import() would keep instances apart from the ones the rebuilt copies import.
const nativeImport = (url: string) => import(/* @vite-ignore */ url.startsWith('data:') ? url : `data:text/javascript,export * from ${JSON.stringify(url)};`);
const FAILED = (url: string) => new TypeError(`Failed to fetch dynamically imported module: ${url}`);

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  delete (globalThis as { __kmsLabImport?: unknown }).__kmsLabImport;
});

/** Writes the chunks (rewritten as the build does) to a new folder; returns their URLs. */
async function site(chunks: Record<string, string>): Promise<Record<string, string>> {
  dir = mkdtempSync(join(tmpdir(), 'kms-lab-chunks-'));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  const urls: Record<string, string> = {};
  for (const [name, code] of Object.entries(chunks)) {
    writeFileSync(join(dir, name), await rewriteChunk(code));
    urls[name] = pathToFileURL(join(dir, name)).href;
  }
  return urls;
}

/** A browser that keeps failed downloads: the `poisoned` URLs, and every module importing one, fail. */
function browser() {
  const poisoned = new Set<string>();
  let offline = false;
  const fetched: string[] = [];
  const rebuilt: string[] = [];
  const source = (url: string) => readFileSync(new URL(url), 'utf8');
  const staticDeps = (url: string) => {
    const code = source(url);
    const where = JSON.parse(TRAILER.exec(code)![1]!) as { i: [number, number][] };
    return where.i.map(([s, e]) => new URL(code.slice(s, e), url).href);
  };
  const broken = (url: string, seen = new Set<string>()): boolean =>
    !seen.has(url) && (poisoned.has(url) || (seen.add(url), staticDeps(url).some((d) => broken(d, seen))));
  const load = createModuleLoader({
    importNative: async (url) => {
      if (url.startsWith('file:') && broken(url)) throw FAILED(url);
      return nativeImport(url);
    },
    fetchText: async (url) => {
      fetched.push(url);
      if (offline) throw new TypeError('Failed to fetch');
      return source(url);
    },
    moduleUrl: (code) => {
      rebuilt.push(code);
      return `data:text/javascript,${encodeURIComponent(code)}`;
    },
  });
  globalThis.__kmsLabImport = (specifier, base) => load(new URL(specifier, base).href);
  return {
    load,
    poisoned,
    fetched,
    rebuilt,
    set offline(v: boolean) {
      offline = v;
    },
  };
}

describe('the build routes dynamic imports to the loader and says where the imports are', () => {
  it('rewrites literal dynamic imports, leaves computed ones and ones with attributes, and the trailer points at every static specifier and import.meta', async () => {
    const code = [
      'import{a as b}from"./one.js";import"./two.js";export{c}from"./three.js";',
      'const x=()=>import(`./lazy.js`);const y=import("./other.js").then(m=>m.t);',
      'const z=import(name);const j=import("./data.json",{with:{type:"json"}});const u=import.meta.url;',
    ].join('');
    const out = await rewriteChunk(code);
    expect(out).toContain('(globalThis.__kmsLabImport||((s,b)=>import(new URL(s,b).href)))(`./lazy.js`,import.meta.url)');
    expect(out).toContain('(globalThis.__kmsLabImport||((s,b)=>import(new URL(s,b).href)))("./other.js",import.meta.url).then(m=>m.t)');
    expect(out).toContain('import(name)');
    expect(out).toContain('import("./data.json",{with:{type:"json"}})');
    const where = JSON.parse(TRAILER.exec(out)![1]!) as { i: [number, number][]; m: number[] };
    expect(where.i.map(([s, e]) => out.slice(s, e))).toEqual(['./one.js', './two.js', './three.js']);
    // Two routed imports, each with its import.meta.url, then the chunk's own.
    expect(where.m.map((s) => out.slice(s, s + 16))).toEqual(['import.meta.url)', 'import.meta.url)', 'import.meta.url;']);
  });
});

describe('chunks loaded with the entry get no trailer', () => {
  it('finds the entry chunks and what they import statically, not what they import lazily', async () => {
    const chunk = (isEntry: boolean, imports: string[], dynamicImports: string[] = []) => ({ type: 'chunk', isEntry, imports, dynamicImports });
    const bundle = {
      'index.js': chunk(true, ['react.js', 'state.js'], ['screen.js']),
      'react.js': chunk(false, []),
      'state.js': chunk(false, ['react.js']),
      'screen.js': chunk(false, ['state.js', 'layout.js']),
      'layout.js': chunk(false, []),
      'index.css': { type: 'asset' },
    } as unknown as Rollup.OutputBundle;
    expect([...startupChunks(bundle)].sort()).toEqual(['index.js', 'react.js', 'state.js']);
    expect(await rewriteChunk('export const a=import("./screen.js");', false)).not.toMatch(TRAILER);
  });
});

describe('a module that failed to download comes back without importing its URL again', () => {
  const chunks = {
    'state.js': 'export const state={screens:[]};',
    'shared.js': 'import{state}from"./state.js";export const use=(n)=>state.screens.push(n);',
    'screen-a.js': 'import{use}from"./shared.js";use("a");export const name="A:"+import.meta.url.split("/").pop();',
    'screen-b.js': 'import{use}from"./shared.js";import{state}from"./state.js";use("b");export const seen=state;',
    'screen-c.js': 'import{state}from"./state.js";export const lazy=()=>import("./screen-a.js");export const seen=state;',
  };

  it('rebuilds the failed module and the modules importing it; modules that load are the same instances everywhere', async () => {
    const urls = await site(chunks);
    const b = browser();
    // The network blinked while shared.js was wanted: it, and screen-a.js importing it, fail natively from now on.
    b.poisoned.add(urls['shared.js']!);
    const a = (await b.load(urls['screen-a.js']!)) as { name: string };
    // The rebuilt copy runs with its own import.meta.url as the original's, so its relative URLs still work.
    expect(a.name).toBe('A:screen-a.js');
    expect(b.fetched).toEqual([urls['screen-a.js'], urls['shared.js']]);
    // One rebuilt copy per failed module: shared.js once, for screen-a.js and then screen-b.js.
    const bMod = (await b.load(urls['screen-b.js']!)) as { seen: { screens: string[] } };
    expect(b.rebuilt).toHaveLength(3); // shared.js, screen-a.js, screen-b.js
    // state.js loaded natively: one instance, seen by the rebuilt modules and by a native one.
    const c = (await b.load(urls['screen-c.js']!)) as { seen: unknown; lazy: () => Promise<{ name: string }> };
    expect(bMod.seen.screens).toEqual(['a', 'b']);
    expect(c.seen).toBe(bMod.seen);
    // A dynamic import in a native module goes through the loader and finds the rebuilt copy.
    expect((await c.lazy()).name).toBe('A:screen-a.js');
    expect(bMod.seen.screens).toEqual(['a', 'b']);
  });

  it("fails with the browser's error while the network is off, and succeeds on the next import once it is back", async () => {
    const urls = await site(chunks);
    const b = browser();
    b.poisoned.add(urls['shared.js']!);
    b.offline = true;
    await expect(b.load(urls['screen-a.js']!)).rejects.toThrow(`Failed to fetch dynamically imported module: ${urls['screen-a.js']}`);
    b.offline = false;
    expect(((await b.load(urls['screen-a.js']!)) as { name: string }).name).toBe('A:screen-a.js');
  });

  it('does not rebuild a module that failed for another reason than a download: its error is the answer', async () => {
    const urls = await site({ 'bug.js': 'throw new Error("a bug in the screen");' });
    const b = browser();
    await expect(b.load(urls['bug.js']!)).rejects.toThrow('a bug in the screen');
    expect(b.fetched).toEqual([]);
  });

  it('gives up on failed modules that import each other (a cycle cannot be rebuilt one copy at a time)', async () => {
    const urls = await site({
      'x.js': 'import{y}from"./y.js";export const x=()=>y;',
      'y.js': 'import{x}from"./x.js";export const y=()=>x;',
    });
    const b = browser();
    b.poisoned.add(urls['y.js']!);
    await expect(b.load(urls['x.js']!)).rejects.toThrow('Failed to fetch dynamically imported module');
  });

  it('leaves a file that is not a chunk of this build (no trailer) failed', async () => {
    const urls = await site({ 'a.js': 'export const a=1;' });
    writeFileSync(new URL(urls['a.js']!), 'export const a=1;');
    const b = browser();
    b.poisoned.add(urls['a.js']!);
    await expect(b.load(urls['a.js']!)).rejects.toThrow(`Failed to fetch dynamically imported module: ${urls['a.js']}`);
  });
});
