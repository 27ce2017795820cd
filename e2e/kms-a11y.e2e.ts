/**
 * Every KMS console screen passes axe (no serious or critical violation) in the light and dark
 * themes (each check looks at both: e2e/journeys/axe.ts): the key lists, the wizard with its
 * errors, every tab of a key, the dialogs and menus, Try it with a result and with a denial ("Why?" open), imported key material, a key pending
 * deletion.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './journeys/test';
import { seriousViolations } from './journeys/axe';
import { courseIamSetup, createUser } from './journeys/iam-setup';
import { h1, loaded } from './journeys/site';
import { signInAs } from './journeys/top-bar';

const tryIt = (page: Page) => page.getByRole('region', { name: 'Try it' });

test.describe('accessibility of the KMS console', () => {
  test('has no serious or critical axe violations in the light and dark themes', async ({ site }) => {
    test.slow(); // a long journey: three times the default time
    const page = await site.open();
    const found: string[] = [];
    const check = async () => {
      await loaded(page);
      found.push(...(await seriousViolations(page)));
    };

    for (const [hash, heading] of [
      ['#/kms/keys/customer', 'Customer managed keys'],
      ['#/kms/keys/aws', 'AWS managed keys'],
      ['#/kms/custom-key-stores', 'Custom key stores'],
    ] as const) {
      await page.goto(site.url + hash);
      await h1(page, heading);
      await check();
    }
    await page.getByRole('button', { name: 'Create key store' }).click();
    await expect(page.getByRole('dialog', { name: 'Create AWS CloudHSM key store' })).toBeVisible();
    await check();
    await page.keyboard.press('Escape');

    await courseIamSetup(page);
    await createUser(page, 'student');
    await page.goto(`${site.url}#/kms/create`);
    await h1(page, 'Configure key');
    await page.getByRole('button', { name: 'Advanced options' }).click();
    await page.getByLabel('External (Import key material)').check();
    await page.getByRole('button', { name: 'Next' }).click();
    await check(); // the acknowledgement error
    await page.getByLabel('AWS CloudHSM key store').check();
    await check();
    await page.getByLabel('KMS - recommended').check();
    await page.getByRole('button', { name: 'Next' }).click();
    await h1(page, 'Add labels');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Add tag' }).click();
    await check(); // alias required
    await page.getByRole('button', { name: 'Remove tag 1' }).click();
    await page.getByRole('textbox', { name: 'Alias' }).fill('myCMK');
    await page.getByRole('button', { name: 'Next' }).click();
    await h1(page, 'Define key administrative permissions');
    await page.getByRole('checkbox', { name: 'myKeyManager' }).check();
    await check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('checkbox', { name: 'myKeyUser' }).check();
    await page.getByRole('button', { name: 'Add another AWS account' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await check(); // the account id error
    await page.getByRole('button', { name: 'Remove AWS account 1' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await h1(page, 'Review');
    await check();
    await page.getByRole('button', { name: 'Edit policy' }).click();
    await check();
    await page.getByRole('button', { name: 'Discard changes' }).click();
    await page.getByRole('button', { name: 'Finish' }).click();
    await h1(page, 'myCMK');
    await check();

    for (const tab of ['Cryptographic configuration', 'Tags', 'Key rotation', 'Aliases', 'Key policy']) {
      await page.getByRole('tab', { name: tab }).click();
      await check();
    }
    await page.getByRole('button', { name: 'Add' }).first().click();
    await expect(page.getByRole('dialog', { name: 'Add key administrators' })).toBeVisible();
    await check();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Switch to policy view' }).click();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByLabel('Key policy document (JSON)').fill('{ "Version": "2012-10-17", ');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText(/^JSON syntax error on line 1/)).toBeVisible();
    await check();
    await page.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: /Key actions/ }).click();
    await expect(page.getByRole('menu', { name: 'Key actions' })).toBeVisible();
    await check();
    await page.getByRole('menuitem', { name: 'Schedule key deletion' }).click();
    await expect(page.getByRole('dialog', { name: 'Schedule key deletion' })).toBeVisible();
    await check();
    await page.keyboard.press('Escape');

    // Try it: a result; then a denial with "Why?" open.
    await tryIt(page).getByRole('button', { name: 'Encrypt' }).click();
    await expect(tryIt(page).getByLabel('Ciphertext (base64)').first()).toBeVisible();
    await check();
    await page.getByRole('button', { name: /^Signed in as root/ }).click();
    await expect(page.getByRole('button', { name: /^lab-admin/ })).toBeVisible();
    await check();
    await page.keyboard.press('Escape');
    await signInAs(page, 'root', 'student');
    // The key page itself is denied to a user without permissions, with "Why?".
    const denied = page.getByRole('alert').filter({ hasText: 'kms:DescribeKey' });
    await expect(denied).toBeVisible();
    await denied.getByRole('button', { name: 'Why?' }).click();
    await check();

    // A key with imported material, its Key material tab, and a key pending deletion.
    await signInAs(page, 'student', 'root');
    await page.goto(`${site.url}#/kms/create`);
    await page.getByRole('button', { name: 'Advanced options' }).click();
    await page.getByLabel('External (Import key material)').check();
    await page.getByLabel(/I understand the security, availability, and durability implications/).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('textbox', { name: 'Alias' }).fill('byok');
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Finish' }).click();
    await h1(page, 'byok');
    await page.getByRole('tab', { name: 'Key material' }).click();
    await check();
    await page.getByRole('button', { name: /Key actions/ }).click();
    await page.getByRole('menuitem', { name: 'Schedule key deletion' }).click();
    await page.getByLabel(/^Confirm you want to schedule this key for deletion/).check();
    await page.getByRole('button', { name: 'Schedule deletion' }).click();
    await expect(page.getByText(/^This key is scheduled for deletion on /)).toBeVisible();
    await check();
    await page.goto(`${site.url}#/kms/keys/customer`);
    await expect(page.getByText(/^Deletion date: /)).toBeVisible();
    await page.getByRole('checkbox', { name: 'Select key byok' }).check();
    await check();

    expect(found).toEqual([]);
  });
});
