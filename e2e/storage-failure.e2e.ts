/**
 * Recovery from trouble (issue 8): the browser's storage cannot be opened (private windows,
 * blocked site data), the storage is full when the account is saved, and a screen that cannot
 * be shown. Each time the app says what happened and how to continue, and the rest of it works.
 *
 * The failures are made in the page before the app runs (page.addInitScript: plain functions,
 * which the content security policy allows, unlike eval).
 */
import type { Page } from '@playwright/test';
import { createKeyFromHome } from './journeys/create-key';
import { expect, pageErrors, test, type Site } from './journeys/test';
import { h1, openService, saved, visit } from './journeys/site';

const keyRows = (page: Page) => page.getByRole('table', { name: /Keys in/ }).locator('tbody tr');

/** A key made from the home page's Create key (the wizard, with its defaults), then back home where it is the `count`th row. */
async function createKey(page: Page, count: number) {
  await createKeyFromHome(page);
  await visit(page, '#/');
  await expect(page.getByRole('cell', { name: 'Enabled' }).nth(count - 1)).toBeVisible();
}

/**
 * Makes every write of an account snapshot fail as a full disk does, while the page's
 * `storageFull` is true (a switch the test flips; a reload starts with it off).
 */
async function fullStorageSwitch(page: Page) {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'snapshots' && (globalThis as { storageFull?: boolean }).storageFull) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return put.apply(this, args);
    };
  });
}

const storageFull = (page: Page, on: boolean) => page.evaluate((v) => ((globalThis as { storageFull?: boolean }).storageFull = v), on);

test.describe('recovery from storage trouble', () => {
  const blockers = {
    // As Firefox does with site data blocked (and Safari did in private windows): open() throws.
    throws: {
      detail: 'SecurityError: The operation is insecure.',
      script: () => {
        IDBFactory.prototype.open = function () {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        };
      },
    },
    // As Firefox's private windows did: the open request fails later, with an error event.
    'fails later': {
      detail: 'AbortError',
      script: () => {
        const open = IDBFactory.prototype.open;
        IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
          const request = open.apply(this, args);
          // First listener: the database is never created, and the app's own upgrade never runs.
          request.addEventListener('upgradeneeded', (e) => {
            e.stopImmediatePropagation();
            request.transaction!.abort();
          });
          return request;
        };
      },
    },
  };

  for (const [how, { detail, script }] of Object.entries(blockers)) {
    test(`works for the session when IndexedDB cannot be opened (open ${how}), and says so`, async ({ site }) => {
      const page = await site.newPage();
      await page.addInitScript(script);
      await page.goto(site.url);
      await expect(page.getByRole('button', { name: /^Signed in as root/ })).toBeVisible();

      const banner = page.getByRole('alert', { name: "This browser's storage could not be opened" });
      await expect(banner).toBeVisible();
      const text = await banner.innerText();
      expect(text).toContain('works for this session only');
      expect(text).toContain('nothing you do here will be saved');
      expect(text).toContain('private window');
      expect(text).toContain(detail);
      await expect(page.getByText('Saved in this browser', { exact: true })).toHaveCount(0);

      // The rest of the lab works: a key is created and listed, other screens open.
      await createKey(page, 1);
      await expect(keyRows(page)).toHaveCount(1);
      await visit(page, '#/iam/users');
      await h1(page, 'Users');
      await visit(page, '#/kms/keys/customer');
      await h1(page, 'Customer managed keys');
      await expect(
        page
          .getByRole('main')
          .getByRole('link', { name: /^[0-9a-f]{8}-/ })
          .first(),
      ).toBeVisible();
      await visit(page, '#/labs');
      await h1(page, 'Guided labs');
    });
  }

  /** One key saved, then the storage fills up and a second key cannot be saved: the banner is up. */
  async function secondKeyOnFullStorage(site: Site) {
    const page = await site.newPage();
    await fullStorageSwitch(page);
    await page.goto(site.url);
    await createKey(page, 1);
    await saved(page);
    await storageFull(page, true);
    await createKey(page, 2);
    const banner = page.getByRole('alert', { name: 'Browser storage is full' });
    await expect(banner).toBeVisible();
    return { page, banner };
  }

  test('says so when the browser storage is full, keeps the account in memory, and saves again once there is space', async ({ site }) => {
    const { page, banner } = await secondKeyOnFullStorage(site);
    const text = await banner.innerText();
    expect(text).toContain('latest changes are not saved');
    expect(text).toContain('free some space');
    expect(text).toContain('QuotaExceededError');
    // The top bar's status says it (its short text is shown, the full one is for screen readers).
    await expect(page.locator('.site-header__status')).toHaveAttribute('title', 'Not saved');
    // The account in memory is whole: both keys, and it keeps working.
    await expect(keyRows(page)).toHaveCount(2);
    await createKey(page, 3);
    await expect(keyRows(page)).toHaveCount(3);

    // Space is freed: the next change is saved (all of it) and the banner goes.
    await storageFull(page, false);
    await createKey(page, 4);
    await saved(page);
    await expect(banner).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('cell', { name: 'Enabled' }).nth(3)).toBeVisible();
    await expect(keyRows(page)).toHaveCount(4);
  });

  test('keeps the last good save undamaged when saves fail for a full storage', async ({ site }) => {
    const { page } = await secondKeyOnFullStorage(site);

    // The reload's own save on leaving fails too; the new page starts with space and loads the last good save.
    await page.reload();
    await expect(page.getByRole('cell', { name: 'Enabled' })).toBeVisible();
    await expect(page.getByRole('alert', { name: 'Your saved account could not be loaded' })).toHaveCount(0);
    await expect(keyRows(page)).toHaveCount(1);
    await createKey(page, 2);
    await saved(page);
  });
});

test.describe('recovery from a screen that cannot be shown', () => {
  test("shows the screen's own error when its code cannot be loaded; the top bar and the other screens keep working", async ({ site }) => {
    // No offline copy: the browser refuses the service worker (the app carries on without), so
    // the screen's code comes from the network, which the test cuts.
    const page = await site.newPage();
    await page.addInitScript(() => {
      navigator.serviceWorker.register = () => Promise.reject(new DOMException('Service workers are blocked.', 'SecurityError'));
    });
    await page.goto(site.url);
    await createKey(page, 1);
    await saved(page);
    const cut = (route: { abort(): Promise<void> }) => route.abort();
    await page.route('**/assets/**', cut);
    await visit(page, '#/drills');
    const crash = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'The Exam drills screen stopped working' }) });
    await expect(crash).toBeVisible();
    await expect(crash).toContainText('could not be downloaded');
    await expect(crash).toContainText('The rest of the lab and your account are fine.');

    // The network is back: the top bar's menus work and the other screens open, with the account.
    await page.unroute('**/assets/**', cut);
    await page.getByRole('button', { name: 'Services' }).click();
    await page
      .getByRole('navigation', { name: 'Services' })
      .getByRole('link', { name: /^Key Management Service/ })
      .click();
    await h1(page, 'Customer managed keys');
    await expect(page.getByRole('main').getByRole('link', { name: /^[0-9a-f]{8}-/ })).toHaveCount(1);
    await page.getByRole('button', { name: 'Advance time' }).click();
    await page.getByRole('button', { name: '1 day', exact: true }).click();
    await expect(page.getByText(/^Advanced 1 day\./)).toBeVisible();

    // Back on the broken screen, reloading (which it offers) brings it back.
    await visit(page, '#/drills');
    await expect(crash).toBeVisible();
    await page.getByRole('button', { name: 'Reload the page' }).click();
    await h1(page, 'Exam drills');
    await expect(crash).toHaveCount(0);
    // What the cut network made the browser report (and only that) is expected.
    const errors = pageErrors(page);
    errors.splice(0, errors.length, ...errors.filter((e) => !/^Failed to load resource: net::ERR_FAILED$|^Error: Unable to preload CSS for /.test(e)));
  });

  test('brings back the screens sharing code with one that failed, also in a browser that keeps failed downloads of code', async ({ site }) => {
    // Some browsers (Chromium 150, for one) keep a module that failed to download as failed until
    // a reload: so does this page, where a module request for a URL that failed while the network
    // was cut fails again without reaching the server. A plain fetch() still reaches it.
    const page = await site.newPage();
    await page.addInitScript(() => {
      navigator.serviceWorker.register = () => Promise.reject(new DOMException('Service workers are blocked.', 'SecurityError'));
    });
    // Only the home page has run: no KMS screen's code is loaded before the network is cut.
    await page.goto(site.url);
    await h1(page, 'Welcome to KMS Lab');
    let cut = true;
    const failed = new Set<string>();
    await page.route('**/assets/**', (route) => {
      const url = route.request().url();
      const script = route.request().resourceType() === 'script';
      if (cut && script) failed.add(url);
      return cut || (script && failed.has(url)) ? route.abort() : route.continue();
    });
    // The AWS managed keys screen shares its layout, table and stylesheet with the other key screens.
    await visit(page, '#/kms/keys/aws');
    await expect(page.getByRole('heading', { name: 'The AWS managed keys screen stopped working' })).toBeVisible();

    cut = false;
    await openService(page, /^Key Management Service/);
    await h1(page, 'Customer managed keys');
    await expect(page.getByText("You don't have any customer managed keys in this Region.")).toBeVisible();
    // Its stylesheet, which failed with the first screen, is there.
    // A stylesheet that failed keeps an empty sheet whose rules cannot be read.
    const rules = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].map((l) => {
        try {
          return [l.href.replace(/.*\//, ''), l.sheet?.cssRules.length ?? 0] as const;
        } catch {
          return [l.href.replace(/.*\//, ''), 0] as const;
        }
      }),
    );
    expect(rules.filter(([, n]) => n === 0)).toEqual([]);
    expect(rules.some(([name]) => name.startsWith('layout-'))).toBe(true);
    await page.getByRole('link', { name: 'Create key' }).first().click();
    await h1(page, 'Configure key');
    await visit(page, '#/iam/users');
    await h1(page, 'Users');
    const errors = pageErrors(page);
    errors.splice(0, errors.length, ...errors.filter((e) => !/^Failed to load resource: net::ERR_FAILED$|^Error: Unable to preload CSS for /.test(e)));
  });
});
