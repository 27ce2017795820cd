/**
 * The size budget (issue 8, README "Budgets"), checked by `npm run size` after the build.
 * The first screen is what index.html makes the browser load before the home page runs: the
 * entry module, every chunk it modulepreloads and the stylesheet. The list is read from the built
 * index.html (scripts/first-screen-files.mjs), never written by hand: chunk names carry content
 * hashes, and which chunks the entry needs changes with the code. KMSLAB_DIST measures a build
 * written elsewhere (`vite build --outDir`). What the files are made of: scripts/bundle-report.ts.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FIRST_SCREEN_LIMIT_KB, firstScreenFiles } from './scripts/first-screen-files.mjs';

const dist = relative(process.cwd(), process.env.KMSLAB_DIST ?? 'dist') || '.';
let html;
try {
  html = readFileSync(join(dist, 'index.html'), 'utf8');
} catch {
  throw new Error(`No built site in ${dist}: run \`npm run build\` first (npm run test:e2e does).`);
}
const firstScreen = firstScreenFiles(html).map((f) => join(dist, f));

export default [
  {
    name: `First screen: index.html's scripts, modulepreloaded chunks and CSS (${firstScreen.length} files), gzip`,
    path: firstScreen,
    gzip: true,
    limit: `${FIRST_SCREEN_LIMIT_KB} kB`,
  },
  {
    // For the record, no limit: everything else loads on demand (screens, ACM, the CLI, labs, drills).
    name: 'Whole build: every JS and CSS file, gzip',
    path: [join(dist, 'assets/*.js'), join(dist, 'assets/*.css')],
    gzip: true,
  },
];
