/**
 * What every journey file imports: Playwright's `test` with the `site` fixture, and `expect`.
 *
 *     import { expect, test } from './journeys/test';
 *
 *     test('creates a key', async ({ site }) => {
 *       const page = await site.open();            // a first-time visitor, signed in as root
 *       await page.getByRole('button', { name: 'Create key' }).click();
 *       await expect(page.getByRole('cell', { name: 'Enabled' })).toBeVisible();
 *     });
 *
 * Each page `site` makes is a fresh browser profile (empty IndexedDB and localStorage), and after
 * the test it must have logged no error and no Content Security Policy violation. In the
 * `keyboard` project its clicks, checks and fills are done with the keyboard (keyboard-mode.ts).
 */
import { test as base, expect, type BrowserContextOptions, type Page } from '@playwright/test';
import { isKeyboardOnly, keyboardOnly } from '../keyboard-mode';

export { expect };

/** How the journeys operate the site: the project's choice (playwright.config.ts). */
export type Input = 'mouse' | 'keyboard';

export interface Site {
  /** The site's address, e.g. http://127.0.0.1:41234/. */
  readonly url: string;
  /** A first-time visitor at `hash`, signed in as root once the account is loaded. */
  open(o?: BrowserContextOptions, hash?: string): Promise<Page>;
  /** A first-time visitor's blank page (checked for errors like open's), for tests that watch it load. */
  newPage(o?: BrowserContextOptions): Promise<Page>;
}

const ERRORS = new WeakMap<Page, string[]>();

/**
 * The errors the page logged so far (uncaught exceptions and console errors). A test that provokes
 * some on purpose removes those from this array, and only those.
 */
export const pageErrors = (page: Page): string[] => ERRORS.get(page) ?? [];

export const test = base.extend<{ input: Input; site: Site }>({
  input: ['mouse', { option: true }],

  site: async ({ browser, baseURL, input }, use) => {
    const pages: Page[] = [];
    const newPage = async (o: BrowserContextOptions = {}) => {
      const context = await browser.newContext(o);
      // Every page of the profile, a second tab included, is operated as the project says.
      if (input === 'keyboard') context.on('page', keyboardOnly);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      ERRORS.set(page, errors);
      pages.push(page);
      return page;
    };
    await use({
      url: baseURL!,
      newPage,
      async open(o = {}, hash = '') {
        const page = await newPage(o);
        await page.goto(baseURL + hash);
        await expect(page.getByRole('button', { name: /^Signed in as root/ })).toBeVisible();
        return page;
      },
    });
    try {
      for (const page of pages) {
        // Its own check first, so a blocked script, style or worker names the policy (index.html).
        expect(
          pageErrors(page).filter((e) => e.includes('Content Security Policy')),
          'Content Security Policy violations',
        ).toEqual([]);
        expect(pageErrors(page), 'errors in the page').toEqual([]);
      }
    } finally {
      await Promise.all(pages.map((p) => p.context().close()));
    }
  },
});

/** Whether this page is operated with the keyboard alone (the keyboard project, or keyboardOnly). */
export { isKeyboardOnly };
