/**
 * Classroom journeys in real Chromium against the built site: presenter mode from the top bar
 * and from a link (large type, side nav hidden, remembered across a reload), arrow-key stepping
 * in the visualizer, a seeded demo scenario loaded after its confirmation and reset, and the
 * CloudShell and Event history transcripts downloaded as Markdown.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './journeys/test';
import { seriousViolations } from './journeys/axe';
import { h1, saved, visit } from './journeys/site';
import { createKeyFromHome } from './journeys/create-key';
import { setting } from './journeys/top-bar';

const presenter = (page: Page) => setting(page, 'Presenter mode');
const fontSize = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

async function downloadText(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
}

test.describe('classroom', () => {
  test('turns presenter mode on from the top bar: larger type, side nav hidden, remembered, no serious axe violations', async ({ site }) => {
    const page = await site.open();
    await h1(page, 'Welcome to KMS Lab');
    const normal = await fontSize(page);
    await expect(await presenter(page)).toHaveAttribute('aria-pressed', 'false');
    await (await presenter(page)).click();
    await expect(await presenter(page)).toHaveAttribute('aria-pressed', 'true');
    expect(await fontSize(page)).toBeGreaterThan(normal);
    expect(await page.locator('.side-nav').first().isVisible()).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    await page.reload();
    await expect(await presenter(page)).toHaveAttribute('aria-pressed', 'true');
    await (await presenter(page)).click();
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-presenter'))).toBe(false);
  });

  test('loads a demo scenario after confirming, resets it, and steps the visualizer from a presenter link', async ({ site }) => {
    const page = await site.open();
    await h1(page, 'Welcome to KMS Lab');
    await visit(page, '#/scenario/envelope-demo');
    await h1(page, 'Demo scenario: Envelope encryption demo');
    await page.getByRole('button', { name: 'Load scenario' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByText(/replaces your whole simulated account/)).toBeVisible();
    await dialog.getByRole('button', { name: 'Load scenario' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Scenario “Envelope encryption demo” loaded.' })).toBeVisible();
    await saved(page);
    await visit(page, '#/kms/keys/customer');
    await expect(page.locator('table').getByText('envelope-demo', { exact: true })).toBeVisible();
    await visit(page, '#/scenario/envelope-demo');
    await page.getByRole('button', { name: 'Reset scenario' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Reset scenario' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'loaded' })).toBeVisible();

    // A teacher's link to the visualizer in presenter mode; the arrows step from anywhere.
    await visit(page, '#/envelope/visualizer?presenter=1');
    await h1(page, 'Envelope encryption, step by step');
    await expect(await presenter(page)).toHaveAttribute('aria-pressed', 'true');
    await page.getByLabel('KMS key for the demo').selectOption('alias/envelope-demo');
    await page.getByLabel('Demo file size').selectOption({ label: '2.5 MiB (generated)' });
    await page.getByRole('button', { name: 'Run and play' }).click();
    const caption = page.getByTestId('env-caption');
    await expect(caption).toBeVisible();
    // It plays by itself; focus stays on the button just pressed, outside the player: the arrows pause it and step from there.
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    const second = await caption.innerText();
    await page.keyboard.press('ArrowRight');
    await expect(caption).not.toHaveText(second);
    await page.keyboard.press('PageUp');
    await expect(caption).toHaveText(second);
  });

  test('downloads the CloudShell transcript and the event history as Markdown', async ({ site }) => {
    const page = await site.open({ acceptDownloads: true });
    await h1(page, 'Welcome to KMS Lab');
    await createKeyFromHome(page);
    await visit(page, '#/cloudshell');
    const command = page.getByRole('textbox', { name: 'Command' });
    await command.focus();
    await page.keyboard.type('echo classroom notes');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('log', { name: 'Terminal output' }).getByText('classroom notes', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Actions' }).click();
    const shell = await downloadText(page, () => page.getByRole('button', { name: 'Export transcript' }).click());
    expect(shell.name).toMatch(/^cloudshell-transcript-.*\.md$/);
    expect(shell.text).toContain('```console\n$ echo classroom notes\nclassroom notes\n```');

    await visit(page, '#/cloudtrail/events');
    await h1(page, 'Event history');
    const events = await downloadText(page, () => page.getByRole('button', { name: 'Export as Markdown' }).click());
    expect(events.name).toMatch(/^event-history-us-east-1-.*\.md$/);
    expect(events.text).toContain('| Event time | User name | Event name | Event source | Resources | Error code |');
    expect(events.text).toMatch(/\| root \| CreateKey \| kms\.amazonaws\.com \|/);
  });
});
