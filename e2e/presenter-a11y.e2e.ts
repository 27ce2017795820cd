/**
 * Accessibility in presenter mode (issue 8: "axe reports no violation of serious or critical
 * impact on any screen in light, dark and presenter modes"): every top-level screen opened from a
 * `?presenter=1` link, in the light and dark themes; and both themes without presenter mode on
 * the screens added late (learning path and a module, labs and a lab, drills, envelope
 * encryption, the classroom's scenario page), which the home page's check (a11y.e2e.ts) does not
 * reach.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './journeys/test';
import { seriousViolations } from './journeys/axe';
import { TOP_LEVEL } from './journeys/screens';
import { loaded, visit } from './journeys/site';
import { setting } from './journeys/top-bar';

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
    await expect(page.locator('main h1:not([data-previous])').first()).toBeVisible();
    await loaded(page);
    found.push(...(await seriousViolations(page)));
  }
  return found;
}

const presenterMode = (page: Page) => page.locator('html[data-presenter]');

test.describe('accessibility in presenter mode and on late screens', () => {
  test('presenter mode from a link: no serious or critical axe violation on any top-level screen (light and dark themes)', async ({ site }) => {
    test.slow(); // a long journey: three times the default time
    const page = await site.open({}, '?presenter=1#/');
    await expect(presenterMode(page)).toHaveCount(1);
    await expect(await setting(page, 'Presenter mode')).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Escape');
    expect(await auditScreens(page, TOP_LEVEL)).toEqual([]);
    await expect(presenterMode(page)).toHaveCount(1);
  });

  test('no serious or critical axe violation on the learning, lab, drill, envelope and scenario screens (dark and light themes)', async ({ site }) => {
    test.slow(); // a long journey: three times the default time
    const page = await site.open({ colorScheme: 'dark' });
    await expect(presenterMode(page)).toHaveCount(0);
    await visit(page, '#/labs');
    await expect(page.getByRole('heading', { level: 1, name: 'Guided labs' })).toBeVisible();
    const firstLab = (await page.getByRole('main').getByRole('listitem').first().getByRole('link').getAttribute('href'))!;
    const hashes = LATE_SCREENS.map((h) => (h === '#/labs/' ? firstLab : h));
    expect(await auditScreens(page, hashes)).toEqual([]);
  });
});
