/**
 * A newcomer reproduces the course's IAM setup in real Chromium against the built site: group
 * myKMSGroup with AdministratorAccess, users myKeyManager and myKeyUser in it; once with the
 * mouse and once with the keyboard alone. They see their calls in CloudTrail Event history, and
 * a reload keeps everything. (The axe sweep of these screens: iam-a11y.e2e.ts.)
 */
import type { Page } from '@playwright/test';
import { expect, test } from './journeys/test';
import { createUser } from './journeys/iam-setup';
import { tabTo } from './journeys/keyboard';
import { flash, h1, openService, saved, tableRows, visit } from './journeys/site';
import { signInAs } from './journeys/top-bar';

async function expectCourseSetup(page: Page) {
  await visit(page, '#/iam/groups/myKMSGroup');
  await h1(page, 'myKMSGroup');
  const users = await tableRows(page, /^Users in this group/);
  expect(users.map((r) => r[1])).toEqual(['myKeyManager', 'myKeyUser']);
  await page.getByRole('tab', { name: 'Permissions' }).click();
  expect((await tableRows(page, /^Permissions policies/)).map((r) => r.slice(1))).toEqual([['AdministratorAccess', 'AWS managed', 'Directly']]);
}

/** The calls of the setup as Event history lists them (User name, Event name, Resource), oldest first. */
async function setupEvents(page: Page): Promise<string[][]> {
  await h1(page, 'Event history');
  await page.getByLabel('Lookup attributes').selectOption('readOnly');
  await page.getByLabel('Read-only').selectOption('false');
  await expect(page.getByRole('heading', { name: /^Events \(\d+\)$/ })).toBeVisible();
  const rows = await tableRows(page, /^Events/);
  return rows.map((r) => [r[1]!, r[2]!.replace(/^[▸▾] /, ''), r[4]!]).reverse();
}

const SETUP_EVENTS_GROUP_FIRST = [
  ['root', 'CreateGroup', 'myKMSGroup'],
  ['root', 'AttachGroupPolicy', 'myKMSGroup, arn:aws:iam::aws:policy/AdministratorAccess'],
  ['root', 'CreateUser', 'myKeyManager'],
  ['root', 'AddUserToGroup', 'myKeyManager, myKMSGroup'],
  ['root', 'CreateUser', 'myKeyUser'],
  ['root', 'AddUserToGroup', 'myKeyUser, myKMSGroup'],
];

test.describe('the course IAM setup', () => {
  // Not in the keyboard project: the next journey already creates these users and the group with the keyboard alone.
  test('with the mouse: group first, then the users in it; Event history; a reload keeps it all', async ({ site }) => {
    const page = await site.open();
    await openService(page, /^IAM/);
    await h1(page, 'Users');
    await expect(page.locator('.site-header__global')).toHaveText('Global');
    await expect(page).toHaveURL(/#\/iam\/users$/);

    await page.getByRole('navigation', { name: 'IAM' }).getByRole('link', { name: 'User groups' }).click();
    await h1(page, 'User groups');
    await page.getByRole('button', { name: 'Create group' }).click();
    await h1(page, 'Create user group');
    await page.getByLabel('User group name', { exact: true }).fill('myKMSGroup');
    await page.getByLabel('Filter policies by name').fill('admin');
    await page.getByRole('checkbox', { name: 'AdministratorAccess' }).check();
    // One command a line (innerText, exact).
    await expect
      .poll(() => page.getByLabel('CLI commands').innerText())
      .toBe(
        'aws iam create-group --group-name myKMSGroup\naws iam attach-group-policy --group-name myKMSGroup --policy-arn arn:aws:iam::aws:policy/AdministratorAccess',
      );
    await page.getByRole('button', { name: 'Create user group' }).click();
    await flash(page, 'myKMSGroup user group created.');
    await h1(page, 'User groups');

    for (const name of ['myKeyManager', 'myKeyUser']) {
      await page.getByRole('navigation', { name: 'IAM' }).getByRole('link', { name: 'Users' }).click();
      await page.getByRole('button', { name: 'Create user' }).click();
      await page.getByLabel('User name', { exact: true }).fill(name);
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('checkbox', { name: 'myKMSGroup' }).check();
      await page.getByRole('button', { name: 'Next' }).click();
      await expect(page.getByRole('heading', { name: 'Review and create' })).toBeVisible();
      await page.getByRole('button', { name: 'Create user' }).click();
      await flash(page, `User ${name} created.`);
      // The flash is compact: its CLI equivalent opens on demand.
      await page
        .locator('.flash')
        .filter({ hasText: `User ${name} created.` })
        .getByText('CLI equivalent', { exact: true })
        .click();
      await expect(page.locator('.flash pre')).toHaveText(
        `aws iam create-user --user-name ${name}\naws iam add-user-to-group --group-name myKMSGroup --user-name ${name}`,
        { useInnerText: true },
      );
    }
    const users = await tableRows(page, /^Users \(/);
    expect(users.map((r) => [r[1], r[3]])).toEqual([
      ['lab-admin', '–'],
      ['myKeyManager', 'myKMSGroup'],
      ['myKeyUser', 'myKMSGroup'],
    ]);

    await openService(page, /^CloudTrail/);
    expect(await setupEvents(page)).toEqual(SETUP_EVENTS_GROUP_FIRST);

    await saved(page);
    await page.reload();
    expect(await setupEvents(page)).toEqual(SETUP_EVENTS_GROUP_FIRST);
    await expectCourseSetup(page);

    // Back and forward are the browser's own.
    await page.goBack();
    await h1(page, 'Event history');
    await page.goForward();
    await h1(page, 'myKMSGroup');
  });

  test('with the keyboard alone: the users, then the group with them in it', async ({ site, input }) => {
    test.skip(input === 'keyboard', 'it presses the keys itself: the mouse project already runs it without a mouse');
    const page = await site.open();
    await tabTo(page, 'Services');
    await page.keyboard.press('Enter');
    await tabTo(page, /^IAM/);
    await page.keyboard.press('Enter');
    await h1(page, 'Users');

    for (const name of ['myKeyManager', 'myKeyUser']) {
      await tabTo(page, 'Create user');
      await page.keyboard.press('Enter');
      await h1(page, 'Create user');
      await tabTo(page, 'User name');
      await page.keyboard.type(name);
      await page.keyboard.press('Enter'); // submits the step: Next
      await expect(page.getByRole('heading', { name: 'Set permissions' })).toBeVisible();
      await tabTo(page, 'Next');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { name: 'Review and create' })).toBeVisible();
      await tabTo(page, 'Create user');
      await page.keyboard.press('Enter');
      await flash(page, `User ${name} created.`);
      await h1(page, 'Users');
    }

    await tabTo(page, 'User groups', true);
    await page.keyboard.press('Enter');
    await h1(page, 'User groups');
    await tabTo(page, 'Create group');
    await page.keyboard.press('Enter');
    await h1(page, 'Create user group');
    await tabTo(page, 'User group name');
    await page.keyboard.type('myKMSGroup');
    for (const user of ['myKeyManager', 'myKeyUser']) {
      await tabTo(page, user);
      await page.keyboard.press('Space');
    }
    await tabTo(page, 'Filter policies by name');
    await page.keyboard.type('AdministratorAccess');
    await page.keyboard.press('Enter'); // filters; must not submit the form
    await tabTo(page, 'AdministratorAccess');
    await page.keyboard.press('Space');
    await tabTo(page, 'Create user group');
    await page.keyboard.press('Enter');
    await flash(page, 'myKMSGroup user group created.');
    expect((await tableRows(page, /^User groups \(/)).map((r) => r.slice(1, 4))).toEqual([['myKMSGroup', '2', 'AdministratorAccess']]);

    await tabTo(page, 'Services', true);
    await page.keyboard.press('Enter');
    await tabTo(page, /^CloudTrail/);
    await page.keyboard.press('Enter');
    expect(await setupEvents(page)).toEqual([
      ['root', 'CreateUser', 'myKeyManager'],
      ['root', 'CreateUser', 'myKeyUser'],
      ['root', 'CreateGroup', 'myKMSGroup'],
      ['root', 'AddUserToGroup', 'myKeyManager, myKMSGroup'],
      ['root', 'AddUserToGroup', 'myKeyUser, myKMSGroup'],
      ['root', 'AttachGroupPolicy', 'myKMSGroup, arn:aws:iam::aws:policy/AdministratorAccess'],
    ]);
    // An event opens to its JSON record from the keyboard too.
    await tabTo(page, /CreateGroup$/);
    await page.keyboard.press('Enter');
    expect(JSON.parse(await page.getByLabel(/^Event record CreateGroup/).innerText())).toMatchObject({
      eventName: 'CreateGroup',
      requestParameters: { groupName: 'myKMSGroup' },
    });

    await saved(page);
    await page.reload();
    await expectCourseSetup(page);
  });

  test('signs in as myKeyUser with one click in the identity menu, and the calls are made as that user', { tag: '@keyboard' }, async ({ site }) => {
    const page = await site.open();
    await createUser(page, 'myKeyUser');
    await signInAs(page, 'root', 'myKeyUser');
    // No policy: even listing users is denied, and "Why?" says so.
    await page.goto(`${site.url}#/iam/roles`);
    const alert = page.getByRole('alert').filter({ hasText: 'Failed to list roles' });
    await expect(alert).toBeVisible();
    await alert.getByRole('button', { name: 'Why?' }).click();
    await expect(alert.getByText(/No IAM policy of the principal/)).toBeVisible();
    await saved(page);
    await page.reload();
    await expect(page.getByRole('button', { name: /^Signed in as myKeyUser/ })).toBeVisible();
  });

  test('shows a way home from an unknown address', async ({ site }) => {
    const page = await site.open({}, '#/no/such/page');
    await h1(page, 'Page not found');
    await expect(page).toHaveTitle('Page not found | KMS Lab');
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await h1(page, 'Welcome to KMS Lab');
  });
});
