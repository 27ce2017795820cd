/** The create-key wizard of the KMS console, clicked through as the course's "Creating a CMK" demo does. */
import type { Page } from '@playwright/test';
import { h1 } from './site';
import { expect } from './test';

export interface WizardChoices {
  alias: string;
  /** IAM user names chosen on "Define key administrative permissions". */
  administrators: string[];
  /** IAM user names chosen on "Define key usage permissions". */
  users: string[];
}

export interface CreatedKey {
  keyId: string;
  /** The key policy as the Review step showed it. */
  policy: { Statement: { Sid: string; Principal: { AWS: string | string[] }; Action: string | string[] }[] };
}

const userArns = (names: string[]) => {
  const arns = names.map((n) => `arn:aws:iam::111122223333:user/${n}`);
  return arns.length === 1 ? arns[0] : arns;
};

/**
 * Customer managed keys, Create key, with the console's defaults (symmetric, encrypt and decrypt,
 * KMS key material, single Region; key administrators may delete the key), from a KMS screen.
 */
export async function createKeyWithWizard(
  page: Page,
  { alias, administrators, users }: WizardChoices = { alias: 'myCMK', administrators: ['myKeyManager'], users: ['myKeyUser'] },
  /** Checks of the Review step, before Finish. */
  review?: (page: Page) => Promise<void>,
): Promise<CreatedKey> {
  await page.getByRole('navigation', { name: 'Key Management Service' }).getByRole('link', { name: 'Customer managed keys' }).click();
  await h1(page, 'Customer managed keys');
  await page.getByRole('link', { name: 'Create key' }).first().click();
  await h1(page, 'Configure key');
  await expect(page.getByRole('radio', { name: 'Symmetric', exact: true })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Encrypt and decrypt', exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Advanced options' }).click();
  await expect(page.getByRole('radio', { name: 'KMS - recommended', exact: true })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Single-Region key', exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Next' }).click();
  await h1(page, 'Add labels');
  await page.getByRole('textbox', { name: 'Alias' }).fill(alias);
  await page.getByRole('button', { name: 'Next' }).click();
  await h1(page, 'Define key administrative permissions');
  for (const name of administrators) await page.getByRole('checkbox', { name, exact: true }).check();
  await expect(page.getByRole('checkbox', { name: 'Allow key administrators to delete this key.' })).toBeChecked();
  await page.getByRole('button', { name: 'Next' }).click();
  await h1(page, 'Define key usage permissions');
  for (const name of users) await page.getByRole('checkbox', { name, exact: true }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await h1(page, 'Review');
  const policy = JSON.parse(await page.getByLabel('Key policy JSON').innerText()) as CreatedKey['policy'];
  expect(policy.Statement.map((s) => s.Sid)).toEqual([
    'Enable IAM User Permissions',
    'Allow access for Key Administrators',
    'Allow use of the key',
    'Allow attachment of persistent resources',
  ]);
  expect(policy.Statement[1]!.Principal.AWS).toEqual(userArns(administrators));
  expect(policy.Statement[2]!.Principal.AWS).toEqual(userArns(users));
  await review?.(page);
  await page.getByRole('button', { name: 'Finish' }).click();
  await h1(page, alias);
  const created = page.locator('.flash').filter({ hasText: 'Your AWS KMS key was created' });
  // The flash is compact: its CLI equivalent opens on demand.
  await created.getByText('CLI equivalent', { exact: true }).click();
  const text = await created.innerText();
  const keyId = /key ID ([0-9a-f-]{36})/.exec(text)![1]!;
  expect(text).toContain(`created with alias ${alias} and key ID ${keyId}`);
  expect(text).toContain('aws kms create-key --policy');
  expect(text).toContain(`aws kms create-alias --alias-name alias/${alias} --target-key-id ${keyId}`);
  return { keyId, policy };
}

let made = 0;

/**
 * A key made as a learner makes one from the home page: Create key opens the wizard; its defaults,
 * an alias, Finish. Resolves with the new key's id once its page shows.
 */
export async function createKeyFromHome(page: Page, alias = `key-${++made}`): Promise<string> {
  await page.getByRole('main').getByRole('link', { name: 'Create key', exact: true }).click();
  await h1(page, 'Configure key');
  return finishWizard(page, alias);
}

/**
 * From the wizard's first step as chosen: Next, the alias, the defaults of the other steps,
 * Finish. Resolves with the new key's id once its page shows.
 */
export async function finishWizard(page: Page, alias: string): Promise<string> {
  await page.getByRole('button', { name: 'Next' }).click();
  await h1(page, 'Add labels');
  await page.getByRole('textbox', { name: 'Alias' }).fill(alias);
  for (const step of ['Define key administrative permissions', 'Define key usage permissions', 'Review']) {
    await page.getByRole('button', { name: 'Next' }).click();
    await h1(page, step);
  }
  await page.getByRole('button', { name: 'Finish' }).click();
  await h1(page, alias);
  return /#\/kms\/keys\/([0-9a-f-]{36})/.exec(page.url())![1]!;
}
