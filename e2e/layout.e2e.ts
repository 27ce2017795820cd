/**
 * The layout check, read by one in-page probe per state and width (journeys/layout-probe.ts): no
 * text over other text, no cut text without its full text at hand, no sideways page scroll, each
 * label next to its value, a one-row top bar (at most 64 px), no control under a panel, disabled
 * controls that look disabled.
 *
 * In every run: the main screens (home, the key list with its navigation shown and folded, a key's page, the create-key
 * wizard, a certificate, Event history's wide table, a key's page with the lab panel and CloudShell docked, also at its
 * tallest) in one page, each
 * reached once and looked at
 * in the light and dark themes and in presenter mode (switched in place: the system's colour
 * scheme, the settings menu's toggle) at 1024, 1280 and 1920 px.
 *
 * By hand (LAYOUT=1): every screen, wizard step, tab, dialog and panel combination of the console
 * (journeys/screen-tour.ts), one page per mode.
 */
import type { Page } from '@playwright/test';
import { layoutProblems } from './journeys/layout-probe';
import { MODES, SCREENS, openScreen, seedAccount, seedScenario, type Mode } from './journeys/screen-tour';
import { setting } from './journeys/top-bar';
import { expect, test, type Site } from './journeys/test';

const SIZES = (mode: Mode) => [
  { width: 1024, height: 768 },
  // A classroom projector's 720p in presenter mode.
  { width: 1280, height: mode === 'presenter' ? 720 : 800 },
  { width: 1920, height: 1080 },
];

const settle = (page: Page) =>
  page.evaluate(() => document.fonts.ready.then(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)))));

/** Presenter mode on or off from the settings menu, which is then closed. */
async function presenter(page: Page, on: boolean) {
  const toggle = await setting(page, 'Presenter mode');
  if ((await toggle.getAttribute('aria-pressed')) !== String(on)) await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', String(on));
  await page.keyboard.press('Escape');
  await expect(toggle).toBeHidden();
}

/** The mode, switched in place. */
async function setMode(page: Page, mode: Mode, from: Mode) {
  await page.emulateMedia({ colorScheme: mode === 'dark' ? 'dark' : 'light' });
  if ((mode === 'presenter') !== (from === 'presenter')) await presenter(page, mode === 'presenter');
  await settle(page);
}

/**
 * The main screens: the first screen, a service's list (and with its navigation folded) and a resource's page, the wizard, a
 * wide table, a certificate (status indicators, label/value pairs), both panels at once and with CloudShell at its tallest.
 */
const MAIN = [
  'home',
  'kms-keys',
  'kms-keys-nav-folded',
  'kms-key',
  'kms-create-configure',
  'acm-certificate',
  'event-history',
  'lab-and-cloudshell',
  'lab-and-cloudshell-tall',
];

// A layout check: what it looks at is the same however the console is operated.
test.skip(({ input }) => input === 'keyboard', 'a layout check: the mouse project runs it');

test('the main screens in light, dark and presenter mode at 1024, 1280 and 1920 px: no overlapping or cut text, no sideways scroll, labels by their values, a one-row top bar, no hidden control, disabled looks disabled', async ({
  site,
}) => {
  test.slow();
  const page = await site.newPage({ colorScheme: 'light' });
  const seed = await seedScenario(page, site.url);
  const found: string[] = [];
  for (const screen of SCREENS.filter((s) => MAIN.includes(s.name))) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openScreen(page, screen, seed);
    let last: Mode = 'light';
    for (const mode of MODES) {
      await setMode(page, mode, last);
      last = mode;
      for (const size of SIZES(mode)) {
        await page.setViewportSize(size);
        for (const p of await layoutProblems(page)) found.push(`${screen.name} @${size.width} ${mode}: ${p}`);
      }
    }
    await setMode(page, 'light', last);
  }
  expect(found).toEqual([]);
});

// LAYOUT_SCREENS=home,kms-key: only the screens whose names contain one of these (while fixing one).
const only = process.env.LAYOUT_SCREENS?.split(',');
const screens = only ? SCREENS.filter((s) => only.some((o) => s.name.includes(o))) : SCREENS;

async function tour(site: Site, page: Page, mode: Mode): Promise<string[]> {
  const seed = await seedAccount(page, site.url, mode);
  const found: string[] = [];
  for (const screen of screens) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openScreen(page, screen, seed);
    for (const size of SIZES(mode)) {
      await page.setViewportSize(size);
      for (const p of await layoutProblems(page)) found.push(`${screen.name} @${size.width} ${mode}: ${p}`);
    }
  }
  return found;
}

// Every state of every screen: about three minutes, so by hand (LAYOUT=1) before changing the console's frame.
test.describe('every screen, wizard step, tab, dialog and panel at 1024, 1280 and 1920 px', () => {
  test.skip(!process.env.LAYOUT, 'run by hand with LAYOUT=1');
  for (const mode of MODES) {
    test(`${mode}: no overlapping or cut text, no sideways scroll, labels by their values, a one-row top bar, no hidden control, disabled looks disabled`, async ({
      site,
    }) => {
      test.setTimeout(600_000);
      const page = await site.newPage({ colorScheme: mode === 'dark' ? 'dark' : 'light' });
      const found = await tour(site, page, mode);
      expect(found).toEqual([]);
    });
  }
});
