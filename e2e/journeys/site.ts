/**
 * Small steps every journey shares: going to a console address, and waiting on what the console
 * shows (headings, flash messages, the save indicator, tables). The site and its visitors come
 * from the `site` fixture (test.ts).
 */
import type { Page } from '@playwright/test';
import { expect } from './test';

/** Goes to a console address (`#/iam/users`) of the site the page is on, as a typed or bookmarked URL. */
export const visit = (page: Page, hash: string) => page.goto(new URL(hash, page.url()).href);

/** Waits until the account, as shown, is in IndexedDB (a reload then restores exactly this). */
export const saved = (page: Page) => expect(page.getByText('Saved in this browser', { exact: true })).toBeVisible();
/** Waits until the screen's main heading is `name`. */
export const h1 = (page: Page, name: string) => expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
/** Waits until a flash message (the result of an action) shows `text`. */
export const flash = (page: Page, text: string | RegExp) => expect(page.locator('.flash').filter({ hasText: text }).first()).toBeVisible();
/** Waits until no part of the screen is still loading. */
export const loaded = (page: Page) => expect(page.locator('[aria-busy="true"]')).toHaveCount(0);

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
