/**
 * The installable, offline app (issue 8): after a first visit the service worker has every file
 * of the build, so each screen (lazy chunks included) opens with the network off; and a new
 * version of the site announces itself and takes over on reload, keeping the account.
 * Served from a copy of dist/ on 127.0.0.1 (service workers need a secure origin, which
 * localhost is), so the update test can publish a "new version" without a second build.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newVisitor, pageErrors } from './browser';
import { builtSite, serveDist, type StaticServer } from './static-server';
import { createKeyFromHome } from './journeys/create-key';

let dir: string;
let server: StaticServer;
let browser: Browser;
const pages: Page[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kms-lab-offline-'));
  await cp(builtSite(), dir, { recursive: true });
  server = await serveDist(dir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

afterEach(async () => {
  for (const p of pages.splice(0)) {
    // Offline, the browser itself logs failed requests it tried (none are expected: all cached).
    expect(pageErrors(p), 'errors in the page').toEqual([]);
    await p.context().close();
  }
});

/** A first visit, returned once the service worker controls the page (everything precached). */
async function firstVisit(): Promise<Page> {
  const { page } = await newVisitor(browser);
  pages.push(page);
  await page.goto(server.url);
  await page.getByRole('button', { name: /^Signed in as root/ }).waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page;
}

/** Opens a screen and waits until it shows its heading with nothing still loading. */
async function screen(page: Page, hash: string) {
  await page.goto(server.url + hash);
  await page.getByRole('button', { name: /^Signed in as root/ }).waitFor();
  await page.locator('main h1').first().waitFor();
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });
  expect(await page.title(), hash).not.toMatch(/Page not found/);
  expect(
    await page
      .getByRole('alert')
      .filter({ hasText: /could not|went wrong|stopped working/i })
      .count(),
    hash,
  ).toBe(0);
}

describe('offline app', () => {
  it('after the first visit, every screen opens with the network off', async () => {
    const page = await firstVisit();
    expect(await page.evaluate(() => fetch('./manifest.webmanifest').then((r) => r.json()))).toMatchObject({
      name: 'KMS Lab',
      start_url: './',
      display: 'standalone',
    });
    await page.context().setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Welcome to KMS Lab' }).waitFor();
    // Every screen but home is a lazy chunk (issue 8): each of these fetches its own, from the cache.
    const screens = [
      '',
      '#/kms/keys/customer',
      '#/kms/create',
      '#/iam/users',
      '#/acm/certificates/list',
      '#/cloudtrail/events',
      '#/cloudshell',
      '#/envelope/visualizer',
      '#/learn',
      '#/learn/kms-101',
      '#/labs',
      '#/labs/iam-setup',
      '#/drills',
    ];
    for (const hash of screens) {
      await screen(page, hash);
      // Lab and module titles come from the labs chunk, loaded with their screen (src/app/routes.tsx `needs`).
      if (hash === '#/learn/kms-101') await expect.poll(() => page.title()).toBe('KMS 101 | KMS Lab');
      if (hash === '#/labs/iam-setup') await expect.poll(() => page.title()).toBe('IAM setup for KMS | KMS Lab');
    }
    await page.getByRole('heading', { level: 1, name: 'Exam drills' }).waitFor();
  });

  it('announces a new version, and updates on reload keeping the account', async () => {
    const page = await firstVisit();
    const keyId = await createKeyFromHome(page);
    await page.getByRole('link', { name: 'KMS Lab' }).click();
    await page.getByRole('cell', { name: keyId }).waitFor();
    await page.getByText('Saved in this browser', { exact: true }).waitFor();
    expect(await page.getByText(/A new version of KMS Lab is ready/).count()).toBe(0);

    // Publish a new build: one more file, so a different list and version in sw.js.
    await writeFile(join(dir, 'release-notes.txt'), 'v2');
    const sw = await readFile(join(dir, 'sw.js'), 'utf8');
    await writeFile(
      join(dir, 'sw.js'),
      sw.replace(/const CACHE = 'kms-lab-[0-9a-f]+'/, "const CACHE = 'kms-lab-next'").replace('"./theme.js"]', '"./theme.js","./release-notes.txt"]'),
    );

    await page.reload();
    const banner = page.getByRole('status', { name: 'Update available' });
    await banner.getByText('A new version of KMS Lab is ready — reload to update.').waitFor();
    const oldController = await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL);
    await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Reload to update' }).click()]);
    await page.getByRole('button', { name: /^Signed in as root/ }).waitFor();
    expect(await page.evaluate(() => caches.keys())).toEqual(['kms-lab-next']);
    expect(oldController).toMatch(/sw\.js$/);
    expect(await banner.count()).toBe(0);
    await page.getByRole('cell', { name: keyId }).waitFor();
  });
});
