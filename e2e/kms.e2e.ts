/**
 * The course's KMS demos, replayed by a newcomer in real Chromium against the built site:
 * "Creating a CMK" (IAM group and users through the IAM console, then the create-key wizard:
 * symmetric, KMS key material, single Region, alias myCMK, administrator myKeyManager, user
 * myKeyUser, review, finish; the key Enabled in Customer managed keys; AWS managed keys), and
 * "Enabling and disabling key rotation" (enable, a year passes with the top bar's clock, the
 * rotation in the history, a pre-rotation ciphertext still decrypts in Try it, disable). The
 * wizard once more with the keyboard alone; a reload keeps everything. In the course setup the
 * wizard warns that AdministratorAccess crosses the duties, the key page's "Who can do what" and a
 * Disable as myKeyUser say why it is allowed, and Event history says it again. On the new key's
 * Grants tab a grant is created and revoked. (The axe sweep of
 * the KMS screens: kms-a11y.e2e.ts.)
 */
import type { Page } from '@playwright/test';
import { expect, test } from './journeys/test';
import { createKeyWithWizard } from './journeys/create-key';
import { courseIamSetup } from './journeys/iam-setup';
import { tabTo } from './journeys/keyboard';
import { flash, h1, openService, saved, tableRows, visit } from './journeys/site';
import { advanceTime, signInAs } from './journeys/top-bar';

const customerKeyRows = async (page: Page) => {
  await visit(page, '#/kms/keys/customer');
  await h1(page, 'Customer managed keys');
  await expect(page.getByRole('table', { name: /^Keys/ })).toBeVisible();
  return (await tableRows(page, /^Keys/)).map((r) => r.slice(1));
};

const tryIt = (page: Page) => page.getByRole('region', { name: 'Try it' });

const ADMIN_ACCESS = 'AdministratorAccess (AWS managed, attached to group myKMSGroup)';

/**
 * Why myKeyUser may administer the key in the course setup: who can do what on the key page; a
 * Disable as myKeyUser and its "Why allowed"; the same answer in Event history's record.
 */
async function whyAllowedInTheCourseSetup(page: Page) {
  await page.getByRole('tab', { name: 'Who can do what' }).click();
  const keyUser = page.getByRole('table', { name: 'Who can do what' }).getByRole('row', { name: /^user myKeyUser/ });
  await expect(keyUser).toContainText('Allowed: all 7 actionsby Key policy, statement "Allow use of the key"');
  await expect(keyUser).toContainText(`Allowed: all 14 actionsby Key policy, statement "Enable IAM User Permissions" + ${ADMIN_ACCESS}, statement 1`);

  await signInAs(page, 'root', 'myKeyUser');
  await page.getByRole('button', { name: /Key actions/ }).click();
  await page.getByRole('menuitem', { name: 'Disable' }).click();
  const disabled = page.locator('.flash').filter({ hasText: 'Disabled' });
  await disabled.getByText('Why allowed', { exact: true }).click();
  const why = disabled.getByRole('region', { name: 'How kms DisableKey was authorized' });
  await expect(why).toContainText('Allowed by two statements together');
  await expect(why).toContainText('Key policy, statement "Enable IAM User Permissions": allows the account');
  await expect(why).toContainText(`${ADMIN_ACCESS}, statement 1: an IAM policy of the caller that allows kms:DisableKey`);
  await page.getByRole('button', { name: /Key actions/ }).click();
  await page.getByRole('menuitem', { name: 'Enable' }).click();
  await flash(page, /^Enabled/);
  await signInAs(page, 'myKeyUser', 'root');

  await openService(page, /^CloudTrail/);
  await h1(page, 'Event history');
  await page.getByRole('button', { name: /DisableKey/ }).click();
  await expect(page.getByRole('region', { name: 'Why allowed' })).toContainText(`${ADMIN_ACCESS}, statement 1`);
}

/**
 * The key's Grants tab: a grant lets myKeyManager decrypt (the table shows it with its name and
 * operations, and the new grant's token), then Revoke deletes it.
 */
async function grantAndRevoke(page: Page) {
  await page.getByRole('tab', { name: 'Grants' }).click();
  await expect(page).toHaveURL(/\?tab=grants$/);
  await expect(page.getByText('This key has no grants.')).toBeVisible();
  const form = page.getByRole('form', { name: 'Create grant' });
  await form.getByLabel('Grantee principal').selectOption({ label: 'myKeyManager (IAM user)' });
  await form.getByRole('checkbox', { name: 'Decrypt', exact: true }).check();
  await form.getByLabel('Name - optional').fill('reader');
  await form.getByRole('button', { name: 'Create grant' }).click();
  await flash(page, /^Grant [0-9a-f]{64} created\./);
  await expect(page.getByRole('region', { name: 'The new grant' })).toContainText('Grant token');
  const row = page.getByRole('table', { name: 'Grants' }).getByRole('row', { name: /reader/ });
  await expect(row).toContainText(':user/myKeyManager');
  await expect(row).toContainText('Decrypt');
  await row.getByRole('radio', { name: 'Select grant reader' }).check();
  await page.getByRole('button', { name: 'Revoke', exact: true }).click();
  await flash(page, /^Grant [0-9a-f]{64} revoked\./);
  await expect(page.getByText('This key has no grants.')).toBeVisible();
}

test.describe('the course KMS demos', () => {
  test('Creating a CMK, then enabling and disabling key rotation; a reload keeps everything', { tag: '@keyboard' }, async ({ site }) => {
    test.slow(); // a long journey: three times the default time
    const page = await site.open();
    await courseIamSetup(page);

    await openService(page, /^Key Management Service/);
    await h1(page, 'Customer managed keys');
    await expect(page.getByText("You don't have any customer managed keys in this Region.")).toBeVisible();
    const { keyId } = await createKeyWithWizard(page, undefined, async () => {
      // The course's group gives both users AdministratorAccess: the review says their duties are not separated.
      const warning = page.getByRole('region', { name: 'Key administrators and key users are not separated' });
      await expect(warning).toContainText('myKeyManager, chosen as key administrator, can also use this key');
      await expect(warning).toContainText('myKeyUser, chosen as key user, can also administer this key');
      await expect(warning).toContainText('AdministratorAccess (AWS managed, attached to group myKMSGroup) allows it');
    });
    expect(page.url()).toContain(`#/kms/keys/${keyId}`);
    await grantAndRevoke(page);
    await whyAllowedInTheCourseSetup(page);
    expect(await customerKeyRows(page)).toEqual([['myCMK', keyId, 'Enabled', 'SYMMETRIC_DEFAULT', 'ENCRYPT_DECRYPT']]);

    await page.getByRole('navigation', { name: 'Key Management Service' }).getByRole('link', { name: 'AWS managed keys' }).click();
    await h1(page, 'AWS managed keys');
    await expect(page.getByText(/creates its key the first time it is used/)).toBeVisible();
    await expect(page.getByText('There are no AWS managed keys in this Region yet.')).toBeVisible();

    // Enabling and disabling key rotation.
    await page.getByRole('navigation', { name: 'Key Management Service' }).getByRole('link', { name: 'Customer managed keys' }).click();
    await page.getByRole('link', { name: keyId }).click();
    await h1(page, 'myCMK');
    await page.getByRole('tab', { name: 'Key rotation' }).click();
    await expect(page).toHaveURL(/\?tab=rotation$/);
    await page.getByRole('checkbox', { name: 'Automatic key rotation' }).check();
    await expect(page.getByLabel('Rotation period (in days)')).toHaveValue('365');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await flash(page, 'Automatic key rotation is enabled: AWS KMS rotates this key every 365 days.');
    await expect(page.getByText('Next rotation date')).toBeVisible();
    await expect(page.getByText('This key has not been rotated yet.')).toBeVisible();

    // A ciphertext made before the rotation.
    await tryIt(page).getByLabel('Plaintext').fill('Hello, Cloud Gurus');
    await tryIt(page).getByRole('button', { name: 'Encrypt' }).click();
    const ciphertext = tryIt(page).getByLabel('Ciphertext (base64)').first();
    await expect(ciphertext).toHaveValue(/^AQICAH/);
    const before = await ciphertext.inputValue();

    expect(await advanceTime(page, 365)).toMatch(/^Advanced 365 days\. KMS acted: RotateKey \(1\)/);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('table', { name: 'Rotations' }).getByRole('cell', { name: 'Automatic' })).toBeVisible();

    const decryptForm = tryIt(page).getByRole('form', { name: 'Decrypt' });
    await decryptForm.getByLabel('Ciphertext (base64)').fill(before);
    await decryptForm.getByRole('button', { name: 'Decrypt' }).click();
    await expect(decryptForm.getByText('Hello, Cloud Gurus', { exact: true })).toBeVisible();
    await expect(decryptForm.getByLabel('CLI command')).toHaveText('aws kms decrypt --ciphertext-blob fileb://ciphertext-blob.bin --region us-east-1');

    await page.getByRole('checkbox', { name: 'Automatic key rotation' }).uncheck();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await flash(page, 'Automatic key rotation is disabled.');

    await saved(page);
    await page.reload();
    await h1(page, 'myCMK');
    await expect(page.getByRole('tab', { name: 'Key rotation', selected: true })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Automatic key rotation' })).not.toBeChecked();
    expect((await tableRows(page, /^Rotations$/)).map((r) => r[1])).toEqual(['Automatic']);
    expect(await customerKeyRows(page)).toEqual([['myCMK', keyId, 'Enabled', 'SYMMETRIC_DEFAULT', 'ENCRYPT_DECRYPT']]);
  });

  test('completes the create-key wizard with the keyboard alone', async ({ site, input }) => {
    test.skip(input === 'keyboard', 'it presses the keys itself: the mouse project already runs it without a mouse');
    test.slow(); // a long journey: three times the default time
    const page = await site.open({}, '#/kms/keys/customer');
    await h1(page, 'Customer managed keys');
    await tabTo(page, 'Create key');
    await page.keyboard.press('Enter');
    await h1(page, 'Configure key');
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    await h1(page, 'Add labels');
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter'); // no alias yet: the console's message, focus on the field
    await expect(page.getByText('Alias is required.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Alias', exact: true })).toBeFocused();
    await page.keyboard.type('aws/mine');
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    await expect(page.getByText('Alias must not begin with aws/. The aws/ prefix is reserved for AWS managed keys.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Alias', exact: true })).toBeFocused();
    await expect(page.getByRole('textbox', { name: 'Alias', exact: true })).toHaveValue('aws/mine');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('keyboardKey');
    await tabTo(page, 'Add tag');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Tag key');
    await page.keyboard.type('course');
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    await h1(page, 'Define key administrative permissions');
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    await h1(page, 'Define key usage permissions');
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    await h1(page, 'Review');
    await tabTo(page, 'Finish');
    await page.keyboard.press('Enter');
    await h1(page, 'keyboardKey');
    await flash(page, /created with alias keyboardKey/);

    // Key actions from the keyboard: disable the key just made.
    // ArrowDown opens the menu on its first available item (Enable is not: the key is enabled).
    await tabTo(page, 'Key actions');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: 'Disable' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Disabled key keyboardKey.')).toBeVisible();
    await expect(page.locator('.kms-status', { hasText: 'Disabled' }).first()).toBeVisible();
  });
});
