/**
 * Every IAM screen and the event history pass axe (no serious or critical violation) in the
 * light and dark themes (each check looks at both): forms with their errors, tabs, dialogs, a denial with "Why?" open, an
 * event record open.
 */
import { expect, test } from './journeys/test';
import { seriousViolations } from './journeys/axe';
import { createUser } from './journeys/iam-setup';
import { flash, h1 } from './journeys/site';
import { advanceTime, signInAs } from './journeys/top-bar';

test.describe('accessibility of the IAM console and the event history', () => {
  test('has no serious or critical axe violations in the light and dark themes', async ({ site }) => {
    test.slow(); // a long journey: three times the default time
    const page = await site.open();
    const found: string[] = [];
    const check = async () => found.push(...(await seriousViolations(page)));

    await page.goto(`${site.url}#/iam/groups/create`);
    await page.getByLabel('User group name', { exact: true }).fill('myKMSGroup');
    await page.getByRole('checkbox', { name: 'AdministratorAccess' }).check();
    await check();
    await page.getByRole('button', { name: 'Create user group' }).click();
    await flash(page, 'myKMSGroup user group created.');
    await createUser(page, 'myKeyUser', 'myKMSGroup');
    await check();

    for (const [hash, heading] of [
      ['#/iam', 'IAM Dashboard'],
      ['#/iam/users', 'Users'],
      ['#/iam/groups', 'User groups'],
      ['#/iam/roles', 'Roles'],
      ['#/iam/roles/create', 'Create role'],
      ['#/iam/policies', 'Policies'],
      ['#/iam/policies/AdministratorAccess', 'AdministratorAccess'],
    ] as const) {
      await page.goto(site.url + hash);
      await h1(page, heading);
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
      await check();
    }

    await page.goto(`${site.url}#/iam/users/create`);
    await page.getByRole('button', { name: 'Next' }).click(); // the name error
    await check();

    await page.goto(`${site.url}#/iam/users/myKeyUser`);
    await expect(page.getByRole('heading', { name: 'Summary' })).toBeVisible();
    await page.getByRole('button', { name: 'Create inline policy' }).click();
    await page.getByLabel('Policy editor (JSON)').fill('{ "Version": "2012-10-17", ');
    await check();
    for (const tab of ['Groups (1)', 'Security credentials']) {
      await page.getByRole('tab', { name: tab }).click();
      await check();
    }
    await page.getByRole('button', { name: 'Create access key' }).click();
    await expect(page.getByRole('region', { name: 'Retrieve access keys' })).toBeVisible();
    await check();
    await page.getByRole('button', { name: 'Delete', exact: true }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/To confirm deletion/).fill('myKeyUser');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(dialog.getByText('Error code: DeleteConflict')).toBeVisible();
    await check();
    await page.keyboard.press('Escape');

    await page.goto(`${site.url}#/iam/groups/myKMSGroup`);
    await h1(page, 'myKMSGroup');
    await check();
    await page.getByRole('tab', { name: 'Permissions' }).click();
    await check();

    // A denial with its "Why?" open, then the event history with a record open.
    await page.getByRole('button', { name: /^Signed in as root/ }).click();
    await expect(page.getByRole('button', { name: /^lab-admin/ })).toBeVisible();
    await check();
    await page.keyboard.press('Escape');
    await page.goto(`${site.url}#/iam/users/create`);
    await signInAs(page, 'root', 'myKeyUser');
    await page.getByRole('button', { name: /^Signed in as myKeyUser/ }).click();
    await expect(page.getByRole('button', { name: /^lab-admin/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.goto(`${site.url}#/iam/roles`);
    await h1(page, 'Roles');
    await advanceTime(page, 30);
    await check();

    await page.goto(`${site.url}#/cloudtrail/events`);
    await h1(page, 'Event history');
    await page.getByRole('searchbox').fill('CreateUser');
    await page
      .getByRole('button', { name: /CreateUser$/ })
      .first()
      .click();
    await expect(page.getByLabel(/^Event record CreateUser/)).toBeVisible();
    await check();
    await page.goto(`${site.url}#/nowhere`);
    await h1(page, 'Page not found');
    await check();

    expect(found).toEqual([]);
  });
});
