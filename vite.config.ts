import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { moduleRecovery } from './build/module-recovery-plugin';
import { serviceWorker } from './build/service-worker-plugin';
import { simplifiedNotes } from './build/simplified-notes-plugin';

// index.html's Content-Security-Policy forbids inline scripts; the dev server's React Fast Refresh
// preamble is one, so the dev server serves the page without the tag (the built site keeps it).
const devWithoutCsp: Plugin = {
  name: 'kms-lab:dev-without-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
};

// Relative base: the built site works from a sub-path (GitHub Pages) and from a root.
export default defineConfig({
  base: './',
  plugins: [react(), devWithoutCsp, simplifiedNotes(), moduleRecovery(), serviceWorker()],
  // `@/kms/...` is `src/kms/...` (tsconfig.json paths).
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: { target: 'es2022', sourcemap: false },
});
