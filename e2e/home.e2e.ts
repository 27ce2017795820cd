/**
 * A newcomer's first minutes with KMS Lab, in real Chromium against the built site: the empty
 * key list, creating a key, finding it again after a reload (IndexedDB), Regions being separate,
 * and the same with the keyboard alone.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saved, useSite } from './journeys/site';

const site = useSite();
const open = () => site.open();

const keysHeading = (page: Page) => page.getByRole('heading', { level: 2, name: /^Keys in / });
const keyTable = (page: Page) => page.getByRole('table', { name: /^Keys in / });

/** The data rows of the key table as text cells, in column order. */
async function keyRows(page: Page): Promise<string[][]> {
  return keyTable(page)
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
}

async function createdKeyId(page: Page): Promise<string> {
  const status = page.getByRole('status').filter({ hasText: /^Created key / });
  await status.waitFor();
  return /Created key ([0-9a-f-]{36})/.exec(await status.innerText())![1]!;
}

describe('home page', () => {
  it('shows a newcomer the empty key list, creates a key, keeps it across a reload, and keeps Regions apart', async () => {
    const page = await open();
    expect(await page.title()).toBe('KMS Lab');
    await page.getByRole('heading', { level: 1, name: 'KMS keys' }).waitFor();
    expect(await keysHeading(page).innerText()).toBe('Keys in US East (N. Virginia) (us-east-1)');
    await page.getByText('There are no keys in US East (N. Virginia) yet.').waitFor();

    await page.getByRole('button', { name: 'Create key' }).click();
    const keyId = await createdKeyId(page);
    await keyTable(page).waitFor();
    expect(await keyRows(page)).toEqual([['–', keyId, 'Enabled', 'SYMMETRIC_DEFAULT', 'ENCRYPT_DECRYPT', 'Customer managed']]);
    const headers = await keyTable(page).getByRole('columnheader').allInnerTexts();
    expect(headers).toEqual(['Aliases', 'Key ID', 'Status', 'Key spec', 'Key usage', 'Key type']);

    await saved(page);
    await page.reload();
    await keyTable(page).waitFor();
    expect(await keyRows(page)).toEqual([['–', keyId, 'Enabled', 'SYMMETRIC_DEFAULT', 'ENCRYPT_DECRYPT', 'Customer managed']]);

    await page.getByLabel('Region').selectOption('eu-west-1');
    await page.getByText('There are no keys in Europe (Ireland) yet.').waitFor();
    expect(await keysHeading(page).innerText()).toBe('Keys in Europe (Ireland) (eu-west-1)');
    expect(await keyTable(page).count()).toBe(0);

    // The Region is remembered, like the AWS console does; the key is still in us-east-1.
    await page.reload();
    await page.getByText('There are no keys in Europe (Ireland) yet.').waitFor();
    await page.getByLabel('Region').selectOption('us-east-1');
    await keyTable(page).getByRole('cell', { name: keyId }).waitFor();
  });

  it('offers every commercial Region, named as in the AWS console', async () => {
    const page = await open();
    const options = await page.getByLabel('Region').locator('option').allInnerTexts();
    expect(options).toHaveLength(33);
    expect(options).toContain('Asia Pacific (Tokyo) (ap-northeast-1)');
    expect(options[0]).toBe('US East (N. Virginia) (us-east-1)');
  });

  it('can be used with the keyboard alone', async () => {
    const page = await open();
    await page.getByText('There are no keys in US East (N. Virginia) yet.').waitFor();

    // The first stop is the skip link, then the header's controls, then the page.
    expect((await tabUntil(page, () => true)).name).toBe('Skip to content');
    const focused = await tabUntil(page, (name) => name === 'Create key');
    // The top bar's controls come first: home, Services, Region, CloudShell, Advance time, identity, Your data, presenter mode, theme.
    expect(focused.presses).toBeLessThanOrEqual(10);
    expect(focused.outline).toBe('solid');
    await page.keyboard.press('Enter');
    const keyId = await createdKeyId(page);
    await keyTable(page).getByRole('cell', { name: 'Enabled' }).waitFor();
    await page.keyboard.press('Enter'); // focus stayed on the button: a second key
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 2);
    await saved(page);

    await page.reload();
    await keyTable(page).getByRole('cell', { name: keyId }).waitFor();
    await tabUntil(page, (name) => name.startsWith('Region'));
    await page.keyboard.type('Europe (Ire');
    await page.getByText('There are no keys in Europe (Ireland) yet.').waitFor();
    expect(await page.getByLabel('Region').inputValue()).toBe('eu-west-1');
  });
});

/** Presses Tab until the focused element's accessible name matches; fails after 15 presses. */
async function tabUntil(page: Page, matches: (name: string) => boolean): Promise<{ name: string; outline: string; presses: number }> {
  for (let i = 1; i <= 15; i++) {
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
