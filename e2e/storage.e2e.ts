/**
 * Storage journeys: a saved account the lab cannot load is reported and kept (never wiped), and
 * two tabs never overwrite each other's newer work.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, type Site } from './journeys/test';
import { saved, visit } from './journeys/site';
import { createKeyFromHome } from './journeys/create-key';

async function visitor(site: Site): Promise<{ context: BrowserContext; page: Page }> {
  const page = await site.open();
  await saved(page);
  return { context: page.context(), page };
}

/** One raw IndexedDB request in the page, as another program or a later version would make it. */
type Op = { store: 'meta' | 'snapshots'; key: string } & ({ put: unknown } | { get: true });

/**
 * Runs the ops in one transaction and resolves with the last request's result. Plain data only:
 * the page's content security policy forbids eval, so no code is sent as text.
 */
function idb<T>(page: Page, ...ops: Op[]): Promise<T> {
  return page.evaluate(
    (list) =>
      new Promise<T>((resolve, reject) => {
        const open = indexedDB.open('kms-lab');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['meta', 'snapshots'], 'readwrite');
          let req: IDBRequest | undefined;
          for (const op of list) req = 'put' in op ? tx.objectStore(op.store).put(op.put, op.key) : tx.objectStore(op.store).get(op.key);
          tx.oncomplete = () => {
            db.close();
            resolve(req?.result as T);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    ops,
  );
}

test.describe('storage', () => {
  test('reports an account saved by a newer version, keeps it, and starts fresh only when asked', async ({ site }) => {
    const { page } = await visitor(site);
    await idb(
      page,
      { store: 'meta', key: 'active', put: { slot: 'account', revision: 1000, schemaVersion: 99, writer: 'future', savedAt: '2030-01-01T00:00:00.000Z' } },
      { store: 'snapshots', key: 'account', put: { schemaVersion: 99, revision: 1000, state: { fromTheFuture: true } } },
    );
    await page.reload();

    const banner = page.getByRole('alert', { name: 'Your saved account could not be loaded' });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('written by a newer version of KMS Lab');
    await expect(banner).toContainText('schema version 99');
    await expect(page.getByRole('heading', { name: 'Welcome to KMS Lab' })).toHaveCount(0);

    await page.getByRole('button', { name: 'Start a fresh account (keeps the old data in storage)' }).click();
    await expect(page.getByText('There are no keys in US East (N. Virginia) yet.')).toBeVisible();
    await expect(banner).toHaveCount(0);
    await createKeyFromHome(page);
    await visit(page, '#/');
    await expect(page.getByRole('cell', { name: 'Enabled' })).toBeVisible();
    await expect(page.getByText('Saved in this browser', { exact: true })).toBeVisible();

    const old = await idb<{ state: unknown }>(page, { store: 'snapshots', key: 'account', get: true });
    expect(old).toEqual({ schemaVersion: 99, revision: 1000, state: { fromTheFuture: true } });
    await page.reload();
    await expect(page.getByRole('cell', { name: 'Enabled' })).toBeVisible();
  });

  test('reports damaged storage without touching it', async ({ site }) => {
    const { page } = await visitor(site);
    await idb(page, { store: 'snapshots', key: 'account', put: { schemaVersion: 1, revision: 1, state: 'not an account' } });
    await page.reload();
    const banner = page.getByRole('alert', { name: 'Your saved account could not be loaded' });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('damaged or incomplete');
    await page.reload();
    await expect(banner).toBeVisible();
    expect(await idb(page, { store: 'snapshots', key: 'account', get: true })).toEqual({ schemaVersion: 1, revision: 1, state: 'not an account' });
  });

  test('never lets an older tab overwrite what a newer tab saved', async ({ site }) => {
    const { context, page: first } = await visitor(site);
    const second = await context.newPage();
    await second.goto(site.url);
    await expect(second.getByText('Saved in this browser', { exact: true })).toBeVisible();
    await createKeyFromHome(second);
    await expect(second.getByText('Saved in this browser', { exact: true })).toBeVisible();

    // The first tab still shows the old account; its next change must not be saved over the second's.
    await createKeyFromHome(first);
    const banner = first.getByRole('alert', { name: 'This account was changed in another tab' });
    await expect(banner).toBeVisible();
    await first.getByRole('button', { name: 'Reload' }).click();
    await visit(first, '#/');
    await expect(first.getByRole('cell', { name: 'Enabled' })).toBeVisible();
    await expect(first.locator('tbody tr')).toHaveCount(1);
  });
});
