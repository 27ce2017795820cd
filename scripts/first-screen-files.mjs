/**
 * The files the browser loads before the first screen can run, read from the built index.html:
 * its scripts (the entry module and theme.js), every `<link rel="modulepreload">` (the chunks
 * the entry imports statically) and every stylesheet. Read from the HTML itself so the list
 * follows the build (chunk names carry content hashes). Plain JavaScript, so that size-limit's
 * config (.size-limit.mjs) can import it without a TypeScript loader; types in the .d.mts beside it.
 */

/** The budget of issue 8: first-screen JS + CSS, gzip, in kB (1 kB = 1000 bytes, as size-limit counts). */
export const FIRST_SCREEN_LIMIT_KB = 150;

/** The first screen's files named in index.html, relative to its folder, in document order, without duplicates. */
export function firstScreenFiles(html) {
  const files = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name) => new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i').exec(tag)?.[1];
    const isScript = /^<script/i.test(tag);
    const rel = attr('rel')?.toLowerCase();
    const url = isScript ? attr('src') : attr('href');
    // Other origins: none exist (the Content-Security-Policy forbids them), and they are not ours to measure.
    if (!url || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) continue;
    if (isScript || rel === 'modulepreload' || rel === 'stylesheet') files.push(url.replace(/^\.?\//, ''));
  }
  return [...new Set(files)];
}
