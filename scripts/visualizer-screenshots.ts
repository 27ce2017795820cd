/**
 * Screenshots of every step of the envelope visualizer, from the built site (`npm run build`
 * first) in the system's Chromium: `npm run screenshots:visualizer` writes the README's set,
 * docs/screenshots/visualizer/<story>-<nn>-<step>.png at 1280 px in the light theme, and the
 * annotated file with a field opened. `-- --review DIR` writes every step of the round trip at
 * 1024, 1280 and 1920 px in light, dark and presenter mode to DIR instead, to look at.
 * Each run is real: a seeded demo scenario's key, a generated file. The window is tall so the
 * player is shot without scrolling under the sticky top bar. Reduced motion is emulated so
 * each picture is the step as it settles.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { serveDist } from '../e2e/static-server';

type Look = { width: number; theme: 'light' | 'dark'; presenter: boolean };
const STORIES = [
  { value: 'round-trip', name: 'round-trip' },
  { value: 'rotation', name: 'rotation' },
  { value: 'disabled', name: 'disabled' },
] as const;

async function openVisualizer(browser: Browser, url: string, look: Look): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: look.width, height: 1700 }, colorScheme: look.theme, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const q = look.presenter ? '?presenter=1' : '';
  await page.goto(`${url}#/scenario/envelope-demo${q}`);
  await page.getByRole('button', { name: 'Load scenario' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Load scenario' }).click();
  await page.getByRole('status').filter({ hasText: 'loaded' }).waitFor();
  await page.goto(`${url}#/envelope/visualizer${q}`);
  await page.getByRole('heading', { level: 1, name: 'Envelope encryption, step by step' }).waitFor();
  return page;
}

async function play(page: Page, story: string) {
  await page.getByLabel('Story').selectOption(story);
  await page.getByLabel('KMS key for the demo').selectOption('alias/envelope-demo');
  await page.getByRole('button', { name: 'Run and play' }).click();
  await page.getByTestId('env-caption').waitFor();
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Restart' }).click();
  const count = await page.locator('.env-step-count').innerText();
  return Number(/of (\d+)/.exec(count)![1]);
}

/** Shoots each step of the player, calling `name(i, stepId)` for the file name. */
async function shootSteps(page: Page, steps: number, path: (i: number, id: string) => string) {
  const player = page.locator('.env-player');
  for (let i = 0; i < steps; i++) {
    const id = (await page.locator('.env-stage').getAttribute('data-step'))!;
    await page.waitForTimeout(50);
    await player.screenshot({ path: path(i, id) });
    if (i < steps - 1) await page.getByRole('button', { name: 'Step forward' }).click();
  }
}

async function main() {
  const review = process.argv.indexOf('--review');
  const server = await serveDist();
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    if (review > 0) {
      const dir = resolve(process.argv[review + 1] ?? 'screenshots-review');
      mkdirSync(dir, { recursive: true });
      for (const width of [1024, 1280, 1920])
        for (const [theme, presenter] of [
          ['light', false],
          ['dark', false],
          ['light', true],
          ['dark', true],
        ] as const) {
          const look = { width, theme, presenter };
          const page = await openVisualizer(browser, server.url, look);
          const steps = await play(page, 'round-trip');
          const tag = `${width}-${theme}${presenter ? '-presenter' : ''}`;
          await page.screenshot({ path: join(dir, `${tag}-page.png`), fullPage: true });
          await shootSteps(page, steps, (i, id) => join(dir, `${tag}-${String(i + 1).padStart(2, '0')}-${id}.png`));
          await page.context().close();
        }
      console.log(`Screenshots for review in ${dir}`);
      return;
    }
    const dir = resolve(import.meta.dirname, '..', 'docs', 'screenshots', 'visualizer');
    mkdirSync(dir, { recursive: true });
    const page = await openVisualizer(browser, server.url, { width: 1280, theme: 'light', presenter: false });
    for (const story of STORIES) {
      const steps = await play(page, story.value);
      await shootSteps(page, steps, (i, id) => join(dir, `${story.name}-${String(i + 1).padStart(2, '0')}-${id.replace(`${story.name}-`, '')}.png`));
      if (story.value === 'round-trip') {
        await page.locator('[data-field="edk-ciphertext"] button').click();
        await page.getByTestId('env-message').screenshot({ path: join(dir, 'round-trip-file-as-stored.png') });
      }
    }
    console.log(`README screenshots in ${dir}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
