/**
 * Builds only the page of `npm run bench:envelope:browser` (scripts/bench-browser) into
 * node_modules/.bench-envelope-browser: the product's build (vite.config.ts, dist/) never sees it.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const at = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: at('./scripts/bench-browser'),
  base: './',
  resolve: { alias: { '@': at('./src') } },
  logLevel: 'warn',
  build: { target: 'es2022', sourcemap: false, outDir: at('./node_modules/.bench-envelope-browser'), emptyOutDir: true },
});
