/** The top bar's controls that change who acts and when: the identity menu and Advance time. */
import type { Page } from '@playwright/test';
import { tabTo } from './keyboard';
import { expect } from './test';

const identityButton = (page: Page, name: string) => page.getByRole('button', { name: new RegExp(`^Signed in as ${name} @`) });

/** Signs in as `to` (an IAM user name, or 'root') from the identity menu, with the mouse. */
export async function signInAs(page: Page, from: string, to: string) {
  await identityButton(page, from).click();
  await page.getByRole('button', { name: new RegExp(`^${to}\\s*(IAM user|Account root)`) }).click();
  await expect(identityButton(page, to)).toBeVisible();
}

/** The same with the keyboard alone, from anywhere after the top bar (Shift+Tab back to the menu). */
export async function signInWithKeyboard(page: Page, from: string, to: string) {
  await tabTo(page, new RegExp(`^Signed in as ${from} @`), true);
  await page.keyboard.press('Enter');
  await tabTo(page, new RegExp(`^${to}\\s*(IAM user|Account root)`));
  await page.keyboard.press('Enter');
  await expect(identityButton(page, to)).toBeVisible();
}

/** Advance time by one of the menu's quick choices; resolves with what the top bar announced. */
export async function advanceTime(page: Page, days: 1 | 30 | 365): Promise<string> {
  await page.getByRole('button', { name: 'Advance time' }).click();
  await page.getByRole('button', { name: days === 1 ? '1 day' : `${days} days` }).click();
  const status = page.getByText(new RegExp(`^Advanced ${days} days?\\.`));
  await expect(status).toBeVisible();
  return status.innerText();
}

/** A toggle of the top bar's settings menu (opened first if it is closed). */
export async function setting(page: Page, name: 'Dark theme' | 'Presenter mode') {
  const menu = page.getByRole('button', { name: 'Settings', exact: true });
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  return page.getByRole('button', { name, exact: true });
}

/** Opens Your data from the settings menu, as a learner reaches it. */
export async function openYourDataLink(page: Page) {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByRole('link', { name: 'Your data' }).click();
}
