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
import type { Page } from '@playwright/test';
import { builtSite, serveDist, type StaticServer } from './static-server';
import { createKeyFromHome } from './journeys/create-key';
import { expect, test, type Site } from './journeys/test';

let dir: string;
let server: StaticServer;

test.beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kms-lab-offline-'));
  await cp(builtSite(), dir, { recursive: true });
  server = await serveDist(dir);
});

test.afterAll(async () => {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/**
 * A first visit, returned once the service worker controls the page (everything precached).
 * Offline, the browser itself would log failed requests it tried: the site fixture's check that
 * the page logged no error proves there were none (all cached).
 */
async function firstVisit(site: Site): Promise<Page> {
  const page = await site.newPage();
  await page.goto(server.url);
  await expect(page.getByRole('button', { name: /^Signed in as root/ })).toBeVisible();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page;
}

/** Opens a screen and waits until it shows its heading with nothing still loading. */
async function screen(page: Page, hash: string) {
  await page.goto(server.url + hash);
  await expect(page.getByRole('button', { name: /^Signed in as root/ })).toBeVisible();
  await expect(page.locator('main h1').first()).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page, hash).not.toHaveTitle(/Page not found/);
  await expect(page.getByRole('alert').filter({ hasText: /could not|went wrong|stopped working/i }), hash).toHaveCount(0);
}

test.describe('offline app', () => {
  test('after the first visit, every screen opens with the network off', async ({ site }) => {
    const page = await firstVisit(site);
    expect(await page.evaluate(() => fetch('./manifest.webmanifest').then((r) => r.json()))).toMatchObject({
      name: 'KMS Lab',
      start_url: './',
      display: 'standalone',
    });
    await page.context().setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to KMS Lab' })).toBeVisible();
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
      if (hash === '#/learn/kms-101') await expect(page).toHaveTitle('KMS 101 | KMS Lab');
      if (hash === '#/labs/iam-setup') await expect(page).toHaveTitle('IAM setup for KMS | KMS Lab');
    }
    await expect(page.getByRole('heading', { level: 1, name: 'Exam drills' })).toBeVisible();
  });

  test('announces a new version, and updates on reload keeping the account', async ({ site }) => {
    const page = await firstVisit(site);
    const keyId = await createKeyFromHome(page);
    await page.getByRole('link', { name: 'KMS Lab' }).click();
    await expect(page.getByRole('cell', { name: keyId })).toBeVisible();
    await expect(page.getByText('Saved in this browser', { exact: true })).toBeVisible();
    await expect(page.getByText(/A new version of KMS Lab is ready/)).toHaveCount(0);

    // Publish a new build: one more file, so a different list and version in sw.js.
    await writeFile(join(dir, 'release-notes.txt'), 'v2');
    const sw = await readFile(join(dir, 'sw.js'), 'utf8');
    await writeFile(
      join(dir, 'sw.js'),
      sw.replace(/const CACHE = 'kms-lab-[0-9a-f]+'/, "const CACHE = 'kms-lab-next'").replace('"./theme.js"]', '"./theme.js","./release-notes.txt"]'),
    );

    await page.reload();
    const banner = page.getByRole('status', { name: 'Update available' });
    await expect(banner.getByText('A new version of KMS Lab is ready — reload to update.')).toBeVisible();
    const oldController = await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL);
    await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Reload to update' }).click()]);
    await expect(page.getByRole('button', { name: /^Signed in as root/ })).toBeVisible();
    expect(await page.evaluate(() => caches.keys())).toEqual(['kms-lab-next']);
    expect(oldController).toMatch(/sw\.js$/);
    await expect(banner).toHaveCount(0);
    await expect(page.getByRole('cell', { name: keyId })).toBeVisible();
  });
});
