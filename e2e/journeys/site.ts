/**
 * What every journey file shares: the built site on a local server, one real Chromium, a fresh
 * visitor per test (checked for page errors afterwards), and small waits on what the console
 * shows (headings, flash messages, the save indicator, tables).
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium, newVisitor, pageErrors } from '../browser';
import { serveDist, type StaticServer } from '../static-server';

export interface Site {
  /** The site's address, e.g. http://127.0.0.1:41234/ (known once the file's tests start). */
  readonly url: string;
  /** A first-time visitor at `hash`, signed in as root once the account is loaded. */
  open(o?: BrowserContextOptions, hash?: string): Promise<Page>;
  /** A first-time visitor's blank page (checked for errors like open's), for tests that watch it load. */
  newPage(o?: BrowserContextOptions): Promise<Page>;
}

/** Registers the file's hooks: server and browser for the file, a fresh browser profile per test. */
export function useSite(): Site {
  let server: StaticServer;
  let browser: Browser;
  const pages: Page[] = [];

  beforeAll(async () => {
    server = await serveDist();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(async () => {
    for (const p of pages.splice(0)) {
      // Its own check first, so a blocked script, style or worker names the policy (index.html).
      expect(
        pageErrors(p).filter((e) => e.includes('Content Security Policy')),
        'Content Security Policy violations',
      ).toEqual([]);
      expect(pageErrors(p), 'errors in the page').toEqual([]);
      await p.context().close();
    }
  });

  async function newPage(o: BrowserContextOptions = {}) {
    const { page } = await newVisitor(browser, o);
    pages.push(page);
    return page;
  }

  return {
    get url() {
      return server.url;
    },
    newPage,
    async open(o = {}, hash = '') {
      const page = await newPage(o);
      await page.goto(server.url + hash);
      await page.getByRole('button', { name: /^Signed in as root/ }).waitFor();
      return page;
    },
  };
}

/** Goes to a console address (`#/iam/users`) of the site the page is on, as a typed or bookmarked URL. */
export const visit = (page: Page, hash: string) => page.goto(new URL(hash, page.url()).href);

/** Waits until the account, as shown, is in IndexedDB (a reload then restores exactly this). */
export const saved = (page: Page) => page.getByText('Saved in this browser', { exact: true }).waitFor();
export const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
export const flash = (page: Page, text: string | RegExp) => page.locator('.flash').filter({ hasText: text }).first().waitFor();
/** Waits until no part of the screen is still loading. */
export const loaded = (page: Page) => page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });

/** The text cells of a table's body rows. */
export async function tableRows(page: Page, name: RegExp): Promise<string[][]> {
  return page
    .getByRole('table', { name })
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
}

/** Opens a console from the top bar's Services menu. */
export async function openService(page: Page, name: RegExp) {
  await page.getByRole('button', { name: 'Services' }).click();
  await page.getByRole('navigation', { name: 'Services' }).getByRole('link', { name }).click();
}
