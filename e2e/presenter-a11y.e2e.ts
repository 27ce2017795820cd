/**
 * Accessibility in presenter mode (issue 8: "axe reports no violation of serious or critical
 * impact on any screen in light, dark and presenter modes"): every top-level screen opened from a
 * `?presenter=1` link, in the light and dark themes; and the dark theme without presenter mode on
 * the screens added late (learning path and a module, labs and a lab, drills, envelope
 * encryption, the classroom's scenario page), which the home page's check (a11y.e2e.ts) does not
 * reach.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './journeys/axe';
import { TOP_LEVEL } from './journeys/screens';
import { loaded, useSite, visit } from './journeys/site';
import { setting } from './journeys/top-bar';

const site = useSite();

const LATE_SCREENS = [
  '#/learn',
  '#/learn/kms-101',
  '#/labs',
  '#/labs/' /* + the first lab, below */,
  '#/drills',
  '#/envelope/files',
  '#/envelope/visualizer',
  '#/scenario/rotation-demo',
];

/** axe on each screen in turn, as a link or a bookmark opens it; the violations of all of them. */
async function auditScreens(page: Page, hashes: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const hash of hashes) {
    // The next screen's own heading, not the previous screen's (marked) still on its way out.
    await page.evaluate((h) => location.hash !== h && document.querySelectorAll('h1').forEach((e) => e.setAttribute('data-previous', '')), hash);
    await visit(page, hash);
    await page.locator('main h1:not([data-previous])').first().waitFor();
    await loaded(page);
    found.push(...(await seriousViolations(page)));
  }
  return found;
}

const presenterOn = (page: Page) => page.evaluate(() => document.documentElement.hasAttribute('data-presenter'));

describe('accessibility in presenter mode and on late screens', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`presenter mode from a link: no serious or critical axe violation on any top-level screen (${colorScheme} theme)`, { timeout: 180_000 }, async () => {
      const page = await site.open({ colorScheme }, '?presenter=1#/');
      expect(await presenterOn(page)).toBe(true);
      expect(await (await setting(page, 'Presenter mode')).getAttribute('aria-pressed')).toBe('true');
      await page.keyboard.press('Escape');
      expect(await auditScreens(page, TOP_LEVEL)).toEqual([]);
      expect(await presenterOn(page)).toBe(true);
    });
  }

  it('dark theme: no serious or critical axe violation on the learning, lab, drill, envelope and scenario screens', { timeout: 180_000 }, async () => {
    const page = await site.open({ colorScheme: 'dark' });
    expect(await presenterOn(page)).toBe(false);
    await visit(page, '#/labs');
    await page.getByRole('heading', { level: 1, name: 'Guided labs' }).waitFor();
    const firstLab = (await page.getByRole('main').getByRole('listitem').first().getByRole('link').getAttribute('href'))!;
    const hashes = LATE_SCREENS.map((h) => (h === '#/labs/' ? firstLab : h));
    expect(await auditScreens(page, hashes)).toEqual([]);
  });
});
