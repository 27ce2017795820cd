/** IAM setups through the IAM console, as a learner clicks them. */
import type { Page } from '@playwright/test';
import { flash, h1, visit } from './site';
import { expect } from './test';

/** An IAM user, from Users / Create user: in `group` if given, otherwise with no permissions at all. */
export async function createUser(page: Page, name: string, group?: string) {
  await visit(page, '#/iam/users');
  await h1(page, 'Users');
  await page.getByRole('button', { name: 'Create user' }).click();
  await page.getByLabel('User name', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'Set permissions' })).toBeVisible();
  if (group) await page.getByRole('checkbox', { name: group }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'Review and create' })).toBeVisible();
  await page.getByRole('button', { name: 'Create user' }).click();
  await flash(page, `User ${name} created.`);
}

/** The course's IAM setup: group myKMSGroup (AdministratorAccess) with users myKeyManager and myKeyUser. */
export async function courseIamSetup(page: Page) {
  await visit(page, '#/iam/groups/create');
  await page.getByLabel('User group name', { exact: true }).fill('myKMSGroup');
  await page.getByLabel('Filter policies by name').fill('admin');
  await page.getByRole('checkbox', { name: 'AdministratorAccess' }).check();
  await page.getByRole('button', { name: 'Create user group' }).click();
  await flash(page, 'myKMSGroup user group created.');
  for (const name of ['myKeyManager', 'myKeyUser']) await createUser(page, name, 'myKMSGroup');
}
