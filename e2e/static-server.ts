/**
 * A tiny static file server for the built site: the journeys run against exactly what would be
 * deployed, on a free port, with no dependency on `vite preview`.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** The built site: dist/, or KMSLAB_DIST when a build was written elsewhere (`vite build --outDir`). */
export function builtSite(): string {
  return process.env.KMSLAB_DIST ? resolve(process.env.KMSLAB_DIST) : resolve(import.meta.dirname, '..', 'dist');
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * `prefix` serves the site under a sub-path (`/kms-lab/`) as GitHub Pages does a project site; anything outside it is 404.
 * `gzip`: compresses text responses as static hosts do (Lighthouse's timings depend on the bytes sent).
 * `port`: 0 (the default) takes a free one.
 */
export async function serveDist(dir = builtSite(), prefix = '/', gzip = false, port = 0): Promise<StaticServer> {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`No built site in ${dir}: run \`npm run build\` first (npm run test:e2e does).`);
  const server = createServer(async (req, res) => {
    const full = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!full.startsWith(prefix)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const path = normalize(`/${full.slice(prefix.length)}`).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (gzip && /text|json|svg/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
        res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', 'content-encoding': 'gzip', vary: 'accept-encoding' });
        res.end(gzipSync(body));
        return;
      }
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise<void>((ok, fail) => server.once('error', fail).listen(port, '127.0.0.1', ok));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}${prefix}`,
    close: () => new Promise<void>((ok, fail) => server.close((e) => (e ? fail(e) : ok()))),
  };
}
