/**
 * What the browser downloads before the first screen can run (first-screen-files.mjs reads the
 * list from the built index.html), measured as size-limit does: each file gzipped at level 9.
 * Used by the report (scripts/bundle-report.ts); the budget itself is checked by size-limit
 * with .size-limit.mjs, which reads the same list.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstScreenFiles } from './first-screen-files.mjs';

export { FIRST_SCREEN_LIMIT_KB, firstScreenFiles } from './first-screen-files.mjs';

/** The built site's folder: the argument, else KMSLAB_DIST (a build written elsewhere), else dist/. */
export const distDir = (arg?: string) => resolve(arg ?? process.env.KMSLAB_DIST ?? 'dist');

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

/** Raw and gzip sizes of the first screen's files of a built site (or of the given files of it). */
export function measureFirstScreen(dir: string, files = firstScreenFiles(readFileSync(join(dir, 'index.html'), 'utf8'))): FileSize[] {
  return files.map((file) => {
    const body = readFileSync(join(dir, file));
    return { file, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;
