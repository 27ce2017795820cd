/**
 * Accessibility of the home page in real Chromium: axe finds no serious or critical violation
 * in the light and dark themes (system preference and manual toggle), with and without keys;
 * the theme choice survives a reload; text is projector-sized.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TOP_LEVEL } from './journeys/screens';
import { useSite, visit } from './journeys/site';
import { createKeyFromHome } from './journeys/create-key';
import { setting } from './journeys/top-bar';

const site = useSite();

async function open(o: BrowserContextOptions = {}): Promise<Page> {
  // axe needs pages made from browser.newContext() (tech-notes section 4), which useSite does.
  const page = await site.open(o);
  await page.getByText(/There are no keys in .* yet\./).waitFor();
  return page;
}

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

async function withAKey(page: Page) {
  await createKeyFromHome(page);
  await visit(page, '#/');
  await page.getByRole('cell', { name: 'Enabled' }).waitFor();
}

describe('accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe violations in the ${colorScheme} theme`, async () => {
      const page = await open({ colorScheme });
      expect(await background(page)).toBe(colorScheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(14, 17, 22)');
      expect(await seriousViolations(page)).toEqual([]);
      await withAKey(page);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  it('switches theme by hand, remembers it, and stays accessible', async () => {
    const page = await open({ colorScheme: 'light' });
    const toggle = await setting(page, 'Dark theme');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await background(page)).toBe('rgb(14, 17, 22)');
    await withAKey(page);
    expect(await seriousViolations(page)).toEqual([]);

    await page.reload();
    await page.getByRole('cell', { name: 'Enabled' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await (await setting(page, 'Dark theme')).getAttribute('aria-pressed')).toBe('true');

    await (await setting(page, 'Dark theme')).click();
    expect(await background(page)).toBe('rgb(255, 255, 255)');
  });

  it('uses projector-sized text and a page language', async () => {
    const page = await open();
    const fontPx = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(fontPx).toBeGreaterThanOrEqual(16);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toMatch(/KMS/);
  });

  it('loads nothing from other origins, on any top-level screen', async () => {
    const page = await site.newPage();
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(site.url)) foreign.push(r.url());
    });
    await page.goto(site.url);
    await page.getByText(/There are no keys in .* yet\./).waitFor();
    // Every service's first screen (lazy chunks, the worker's screen, the question bank included).
    for (const hash of TOP_LEVEL) {
      await page.goto(site.url + hash);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });
    }
    expect(foreign).toEqual([]);
  });
});
