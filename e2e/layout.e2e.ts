/**
 * The layout check: every screen, wizard step, tab, dialog and panel combination of the console
 * (journeys/screen-tour.ts) at 1024, 1280 and 1920 px wide, in the light and dark themes and in
 * presenter mode, read by one in-page probe per state and width (journeys/layout-probe.ts): no
 * text over other text, no cut text without its full text at hand, no sideways page scroll, each
 * label next to its value, a one-row top bar (at most 64 px), no control under a panel, disabled
 * controls that look disabled. One browser page per mode; each state is reached once and looked at
 * in the three widths.
 */
import type { Page } from '@playwright/test';
import { layoutProblems } from './journeys/layout-probe';
import { MODES, SCREENS, openScreen, seedAccount, type Mode } from './journeys/screen-tour';
import { expect, test, type Site } from './journeys/test';

const SIZES = (mode: Mode) => [
  { width: 1024, height: 768 },
  // A classroom projector's 720p in presenter mode.
  { width: 1280, height: mode === 'presenter' ? 720 : 800 },
  { width: 1920, height: 1080 },
];

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

// Run by hand (LAYOUT=1) until the console passes it everywhere; then part of every e2e run.
test.describe('the console at 1024, 1280 and 1920 px', () => {
  test.skip(!process.env.LAYOUT, 'run by hand with LAYOUT=1 for now');
  // What it looks at is the same however the console is operated.
  test.skip(({ input }) => input === 'keyboard', 'a layout check: the mouse project runs it');
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
