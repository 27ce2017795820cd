/**
 * Lazy code that comes back after a network blink (the page's half; the build's half is
 * build/module-recovery-plugin.ts, which routes every dynamic import of the built site here).
 *
 * Some browsers keep a module that failed to download as failed for the document's life: every
 * later import of that URL, and of any module importing it, fails without a request. So when an
 * import fails for a download, the failed part of the module graph is rebuilt under new URLs:
 * each failed module's text is fetched again (a plain fetch, which the browser does not keep
 * failed), its static imports are pointed at its dependencies as they now load (the same module
 * when it loads, or its own rebuilt copy), and it is imported from a blob: URL. Modules that load
 * are never loaded twice, so state held by a module (React, the stores) stays one instance, and a
 * module rebuilt once is reused by every later import. The build's trailing comment in each chunk
 * says where its import specifiers and `import.meta` are.
 *
 * Stylesheets a screen needed are links in the document; one that failed is added again (a new
 * link, a new request) before the next import, once the network is back.
 */
import { isDownloadFailure } from '@/components/ui/error-boundary';

/** What the loader needs from the browser (tests give their own). */
export interface ModuleHost {
  /** The browser's own `import(url)`. */
  importNative(url: string): Promise<unknown>;
  /** The text at `url` (throws when it cannot be downloaded). */
  fetchText(url: string): Promise<string>;
  /** A URL the browser can import `source` from, as a new module (a blob: URL). */
  moduleUrl(source: string): string;
}

const TRAILER = /\n\/\*kms-lab-imports (\{[^\n]*\})\*\/\n?$/;
const errorOf = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));

/** `import(url)` that rebuilds, under new URLs, the modules of its graph that failed to download. */
export function createModuleLoader(host: ModuleHost): (url: string) => Promise<unknown> {
  /** Original URL -> the URL of its rebuilt copy. */
  const rebuilt = new Map<string, Promise<string>>();

  /** A URL that imports `url`'s module: `url` itself when it loads, else its rebuilt copy. */
  async function usable(url: string, chain: readonly string[]): Promise<string> {
    try {
      await host.importNative(url);
      return url;
    } catch (e) {
      if (!isDownloadFailure(errorOf(e))) throw e;
      return rebuild(url, errorOf(e), chain);
    }
  }

  function rebuild(url: string, cause: Error, chain: readonly string[]): Promise<string> {
    // Modules importing each other (a cycle) cannot be rebuilt one blob at a time.
    if (chain.includes(url)) return Promise.reject(cause);
    let done = rebuilt.get(url);
    if (!done) {
      done = rebuildOnce(url, cause, [...chain, url]);
      rebuilt.set(url, done);
      // Not rebuilt (the network is still off): the next import tries again.
      done.catch(() => rebuilt.delete(url));
    }
    return done;
  }

  async function rebuildOnce(url: string, cause: Error, chain: readonly string[]): Promise<string> {
    let source: string;
    try {
      source = await host.fetchText(url);
    } catch {
      throw cause;
    }
    const trailer = TRAILER.exec(source);
    if (!trailer) throw cause; // not a chunk of this build
    const where = JSON.parse(trailer[1]!) as { i: [number, number][]; m: number[] };
    const edits: [start: number, end: number, text: string][] = [];
    // In order, as the browser would evaluate them.
    for (const [start, end] of where.i) edits.push([start, end, await usable(new URL(source.slice(start, end), url).href, chain)]);
    const meta = JSON.stringify(url);
    for (const start of where.m) edits.push([start, start + 'import.meta'.length, `({url:${meta},resolve:(s)=>new URL(s,${meta}).href})`]);
    let text = source.slice(0, trailer.index);
    for (const [start, end, replacement] of edits.sort((a, b) => b[0] - a[0])) text = text.slice(0, start) + replacement + text.slice(end);
    const copy = host.moduleUrl(text);
    await host.importNative(copy);
    return copy;
  }

  return async (url) => {
    try {
      return await host.importNative(url);
    } catch (e) {
      if (!isDownloadFailure(errorOf(e))) throw e;
      return host.importNative(await rebuild(url, errorOf(e), []));
    }
  };
}

/**
 * Stylesheet links that failed to load, added again (a new link element, so a new request) by
 * `retry`; a link that fails again is tried again on the next `retry`.
 */
export function createStylesheetRetry(doc: Document) {
  const failed = new Set<HTMLLinkElement>();
  doc.addEventListener(
    'error',
    (e) => {
      const link = e.target;
      if (link instanceof HTMLLinkElement && link.rel === 'stylesheet') failed.add(link);
    },
    true, // load errors do not bubble
  );
  return {
    failed: () => [...failed],
    async retry(): Promise<void> {
      await Promise.all(
        [...failed].map((old) => {
          failed.delete(old);
          const link = old.cloneNode() as HTMLLinkElement;
          return new Promise<void>((done) => {
            // The new link replaces the old either way; failed again, the listener above keeps it for the next try.
            const settled = () => {
              old.remove();
              done();
            };
            link.addEventListener('load', settled, { once: true });
            link.addEventListener('error', settled, { once: true });
            old.after(link);
          });
        }),
      );
    },
  };
}

declare global {
  var __kmsLabImport: ((specifier: string, base: string) => Promise<unknown>) | undefined;
}

/** Routes the built site's dynamic imports (build/module-recovery-plugin.ts) through the loader. */
export function installModuleLoader(): void {
  const load = createModuleLoader({
    importNative: (url) => import(/* @vite-ignore */ url),
    fetchText: async (url) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      return response.text();
    },
    moduleUrl: (source) => URL.createObjectURL(new Blob([source], { type: 'text/javascript' })),
  });
  const stylesheets = createStylesheetRetry(document);
  globalThis.__kmsLabImport = async (specifier, base) => {
    await stylesheets.retry();
    return load(new URL(specifier, base).href);
  };
}
