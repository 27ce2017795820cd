/**
 * `npm run screenshots`: screenshots of the console's main screens, from the built site (dist/)
 * in real Chromium, with an account seeded as a learner's would be (the separation-of-duties
 * scenario, plus a signing key and a certificate made in CloudShell).
 *
 *   npm run screenshots                 README pictures: docs/screenshots/<screen>.png at 1280 px, light theme
 *   npm run screenshots -- --all DIR    every screen at 1024, 1280 and 1920 px in light, dark and presenter mode, into DIR
 *   npm run screenshots -- --only key   only the screens whose name contains "key"
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { MODES, SCREENS, openScreen, seedAccount, type Mode } from '../e2e/journeys/screen-tour';
import { serveDist } from '../e2e/static-server';

const args = process.argv.slice(2);
const all = args.includes('--all');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const outDir = resolve(all ? (args.find((a, i) => i > 0 && args[i - 1] === '--all') ?? 'screenshots') : 'docs/screenshots');
const widths = all ? [1024, 1280, 1920] : [1280];
const modes: Mode[] = all ? [...MODES] : ['light'];
const screens = SCREENS.filter((s) => (all ? true : s.readme) && (!only || s.name.includes(only)));

mkdirSync(outDir, { recursive: true });
const server = await serveDist();
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  for (const mode of modes) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: mode === 'dark' ? 'dark' : 'light' });
    const page = await context.newPage();
    const seed = await seedAccount(page, server.url, mode);
    for (const width of widths) {
      await page.setViewportSize({ width, height: width >= 1920 ? 1080 : 800 });
      for (const screen of screens) {
        await openScreen(page, screen, seed);
        const file = all ? `${outDir}/${screen.name}-${width}-${mode}.png` : `${outDir}/${screen.name}.png`;
        await page.screenshot({ path: file });
        console.log(file);
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
