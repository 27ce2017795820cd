/**
 * Accessibility of the home page in real Chromium: axe finds no serious or critical violation
 * in the light and dark themes (system preference and manual toggle), with and without keys;
 * the theme choice survives a reload; body text is the AWS console's 14 px, and larger in presenter
 * mode for a projector.
 */
import type { BrowserContextOptions, Page } from '@playwright/test';
import { seriousViolations } from './journeys/axe';
import { expect, test, type Site } from './journeys/test';
import { TOP_LEVEL } from './journeys/screens';
import { visit } from './journeys/site';
import { createKeyFromHome } from './journeys/create-key';
import { setting } from './journeys/top-bar';

async function open(site: Site, o: BrowserContextOptions = {}): Promise<Page> {
  const page = await site.open(o);
  await expect(page.getByText(/There are no keys in .* yet\./)).toBeVisible();
  return page;
}

const background = (page: Page) => expect(page.locator('body'));
/** The dark theme's page background: Cloudscape's dark layout background (#161d26). */
const DARK_BACKGROUND = 'rgb(22, 29, 38)';

async function withAKey(page: Page) {
  await createKeyFromHome(page);
  await visit(page, '#/');
  await expect(page.getByRole('cell', { name: 'Enabled' })).toBeVisible();
}

test.describe('accessibility', () => {
  test('has no serious or critical axe violations in the light and dark themes, with and without keys', async ({ site }) => {
    const page = await open(site, { colorScheme: 'light' });
    await background(page).toHaveCSS('background-color', 'rgb(255, 255, 255)');
    // The system's preference changes while the page is open: the page follows it.
    await page.emulateMedia({ colorScheme: 'dark' });
    await background(page).toHaveCSS('background-color', DARK_BACKGROUND);
    expect(await seriousViolations(page)).toEqual([]);
    await withAKey(page);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the axe check can fail: text readable only in the light theme is named in the dark one', async ({ site, input }) => {
    test.skip(input === 'keyboard', 'axe does not run in the keyboard project (journeys/axe.ts)');
    const page = await open(site, { colorScheme: 'light' });
    // Styles set through the CSSOM (a style element would break the content security policy).
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'dim-in-the-dark';
      p.textContent = 'Dim in the dark theme';
      p.style.color = 'light-dark(#000000, #2a2a2a)';
      p.style.background = 'light-dark(#ffffff, #161d26)';
      document.querySelector('main')!.append(p);
    });
    const found = await seriousViolations(page);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^\/ \(dark\) color-contrast \(serious\): .* -> #dim-in-the-dark$/);
    // The page is back in the theme it was in.
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  });

  test('switches theme by hand, remembers it, and stays accessible', async ({ site }) => {
    const page = await open(site, { colorScheme: 'light' });
    const toggle = await setting(page, 'Dark theme');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await background(page).toHaveCSS('background-color', DARK_BACKGROUND);
    await withAKey(page);
    expect(await seriousViolations(page)).toEqual([]);

    await page.reload();
    await expect(page.getByRole('cell', { name: 'Enabled' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(await setting(page, 'Dark theme')).toHaveAttribute('aria-pressed', 'true');

    await (await setting(page, 'Dark theme')).click();
    await background(page).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  });

  test("uses the AWS console's type size, projector-sized text in presenter mode, and a page language", async ({ site }) => {
    const page = await open(site);
    const bodyPx = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    // The console's own body text (Cloudscape's 14 px), as a learner sees it in AWS.
    expect(await bodyPx()).toBe(14);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /KMS/);
    // On a projector: presenter mode.
    await page.goto(site.url + '?presenter=1#/');
    await expect(page.locator('html[data-presenter]')).toHaveCount(1);
    expect(await bodyPx()).toBeGreaterThanOrEqual(18);
  });

  test('loads nothing from other origins, on any top-level screen', async ({ site }) => {
    const page = await site.newPage();
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(site.url)) foreign.push(r.url());
    });
    await page.goto(site.url);
    await expect(page.getByText(/There are no keys in .* yet\./)).toBeVisible();
    // Every service's first screen (lazy chunks, the worker's screen, the question bank included).
    for (const hash of TOP_LEVEL) {
      await page.goto(site.url + hash);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    }
    expect(foreign).toEqual([]);
  });
});
