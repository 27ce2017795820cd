/**
 * A newcomer's first minutes with KMS Lab, in real Chromium against the built site: what the lab
 * is and where to start, the empty key list, Create key opening the wizard (never a silent key),
 * the new key listed and linked, found again after a reload (IndexedDB), Regions being separate,
 * and the same with the keyboard alone.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './journeys/test';
import { createKeyFromHome } from './journeys/create-key';
import { h1, saved, visit } from './journeys/site';

const keysHeading = (page: Page) => page.getByRole('heading', { level: 2, name: /^Keys in / });
const keyTable = (page: Page) => page.getByRole('table', { name: /^Keys in / });

/** The data rows of the key table as text cells, in column order. */
async function keyRows(page: Page): Promise<string[][]> {
  return keyTable(page)
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
}

test.describe('home page', () => {
  test('shows a newcomer the empty key list, creates a key, keeps it across a reload, and keeps Regions apart', { tag: '@keyboard' }, async ({ site }) => {
    const page = await site.open();
    await expect(page).toHaveTitle('KMS Lab');
    await h1(page, 'Welcome to KMS Lab');
    await expect(page.getByRole('main').locator('p').first()).toHaveText(/^KMS Lab is an AWS account simulated in your browser/, { useInnerText: true });
    await expect(page.getByRole('link', { name: 'Start the course' })).toHaveAttribute('href', '#/learn');
    await expect(page.getByRole('list', { name: 'Your progress' }).getByText(/^0 of \d+ labs complete$/)).toBeVisible();
    const entries = page.getByRole('region', { name: 'Explore' }).getByRole('link');
    expect(await entries.allInnerTexts()).toEqual(['Key Management Service', 'IAM', 'CloudShell', 'Envelope encryption', 'Exam drills', 'Certificate Manager']);
    await expect(keysHeading(page)).toHaveText('Keys in US East (N. Virginia) (us-east-1)');
    await expect(page.getByText('There are no keys in US East (N. Virginia) yet.')).toBeVisible();

    // Create key opens the wizard: no key is made without it.
    const keyId = await createKeyFromHome(page, 'first-key');
    await visit(page, '#/');
    await expect(keyTable(page)).toBeVisible();
    expect(await keyRows(page)).toEqual([['alias/first-key', keyId, 'Enabled', 'SYMMETRIC_DEFAULT', 'ENCRYPT_DECRYPT', 'Customer managed']]);
    await expect(keyTable(page).getByRole('link', { name: keyId })).toHaveAttribute('href', `#/kms/keys/${keyId}`);
    const headers = await keyTable(page).getByRole('columnheader').allInnerTexts();
    expect(headers).toEqual(['Aliases', 'Key ID', 'Status', 'Key spec', 'Key usage', 'Key type']);

    await saved(page);
    await page.reload();
    await expect(keyTable(page)).toBeVisible();
    expect(await keyRows(page)).toEqual([['alias/first-key', keyId, 'Enabled', 'SYMMETRIC_DEFAULT', 'ENCRYPT_DECRYPT', 'Customer managed']]);

    await page.getByLabel('Region', { exact: true }).selectOption('eu-west-1');
    await expect(page.getByText('There are no keys in Europe (Ireland) yet.')).toBeVisible();
    await expect(keysHeading(page)).toHaveText('Keys in Europe (Ireland) (eu-west-1)');
    await expect(keyTable(page)).toHaveCount(0);

    // The Region is remembered, like the AWS console does; the key is still in us-east-1.
    await page.reload();
    await expect(page.getByText('There are no keys in Europe (Ireland) yet.')).toBeVisible();
    await page.getByLabel('Region', { exact: true }).selectOption('us-east-1');
    await expect(keyTable(page).getByRole('cell', { name: keyId })).toBeVisible();
  });

  test('offers every commercial Region, named as in the AWS console', async ({ site }) => {
    const page = await site.open();
    const options = await page.getByLabel('Region', { exact: true }).locator('option').allInnerTexts();
    expect(options).toHaveLength(33);
    expect(options).toContain('Asia Pacific (Tokyo) (ap-northeast-1)');
    expect(options[0]).toBe('US East (N. Virginia) (us-east-1)');
  });

  test('can be used with the keyboard alone', async ({ site, input }) => {
    test.skip(input === 'keyboard', 'it presses the keys itself: the mouse project already runs it without a mouse');
    const page = await site.open();
    await expect(page.getByText('There are no keys in US East (N. Virginia) yet.')).toBeVisible();

    // The first stop is the skip link, then the header's controls, then the page.
    expect((await tabUntil(page, () => true)).name).toBe('Skip to content');
    const start = await tabUntil(page, (name) => name === 'Start the course');
    // The top bar's controls come first: home, Services, Region, CloudShell, Advance time, identity, settings.
    expect(start.presses).toBeLessThanOrEqual(8);
    expect(start.outline).toBe('solid');
    const create = await tabUntil(page, (name) => name === 'Create key');
    expect(create.outline).toBe('solid');
    await page.keyboard.press('Enter');
    await h1(page, 'Configure key');
    await visit(page, '#/');
    await expect(page.getByText('There are no keys in US East (N. Virginia) yet.')).toBeVisible();

    await tabUntil(page, (name) => name.startsWith('Region'));
    await page.keyboard.type('Europe (Ire');
    await expect(page.getByText('There are no keys in Europe (Ireland) yet.')).toBeVisible();
    await expect(page.getByLabel('Region', { exact: true })).toHaveValue('eu-west-1');
  });
});

/** Presses Tab until the focused element's accessible name matches; fails after 25 presses. */
async function tabUntil(page: Page, matches: (name: string) => boolean): Promise<{ name: string; outline: string; presses: number }> {
  for (let i = 1; i <= 25; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return { name: '', outline: '' };
      const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : undefined;
      return { name: (label ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim(), outline: getComputedStyle(el).outlineStyle };
    });
    if (matches(focused.name)) return { ...focused, presses: i };
  }
  throw new Error('Tab never reached the control');
}
