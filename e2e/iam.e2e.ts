/**
 * A newcomer reproduces the course's IAM setup in real Chromium against the built site: group
 * myKMSGroup with AdministratorAccess, users myKeyManager and myKeyUser in it; once with the
 * mouse and once with the keyboard alone. They see their calls in CloudTrail Event history, and
 * a reload keeps everything. Every IAM screen and the event history pass axe (no serious or
 * critical violation) in the light and dark themes.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newVisitor, pageErrors } from './browser';
import { serveDist, type StaticServer } from './static-server';

let server: StaticServer;
let browser: Browser;
const pages: Page[] = [];

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(async () => {
  for (const p of pages.splice(0)) {
    expect(pageErrors(p), 'errors in the page').toEqual([]);
    await p.context().close();
  }
});

async function open(o: BrowserContextOptions = {}, hash = ''): Promise<Page> {
  const { page } = await newVisitor(browser, o);
  pages.push(page);
  await page.goto(server.url + hash);
  await page.getByRole('button', { name: /^Signed in as root/ }).waitFor();
  return page;
}

const saved = (page: Page) => page.getByText('Saved in this browser', { exact: true }).waitFor();
const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
const flash = (page: Page, text: string) => page.locator('.flash').filter({ hasText: text }).waitFor();

/** The text cells of a table's body rows. */
async function tableRows(page: Page, name: RegExp): Promise<string[][]> {
  return page.getByRole('table', { name }).locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
}

async function expectCourseSetup(page: Page) {
  await page.goto(`${server.url}#/iam/groups/myKMSGroup`);
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
  await page.getByRole('searchbox').fill('false');
  await page.getByRole('heading', { name: /^Events \(\d+\)$/ }).waitFor();
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

describe('the course IAM setup', () => {
  it('with the mouse: group first, then the users in it; Event history; a reload keeps it all', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Services' }).click();
    await page.getByRole('navigation', { name: 'Services' }).getByRole('link', { name: /^IAM/ }).click();
    await h1(page, 'Users');
    expect(await page.locator('.site-header__global').innerText()).toBe('Global');
    expect(page.url()).toMatch(/#\/iam\/users$/);

    await page.getByRole('navigation', { name: 'IAM' }).getByRole('link', { name: 'User groups' }).click();
    await h1(page, 'User groups');
    await page.getByRole('button', { name: 'Create group' }).click();
    await h1(page, 'Create user group');
    await page.getByLabel('User group name').fill('myKMSGroup');
    await page.getByLabel('Filter policies by name').fill('admin');
    await page.getByRole('checkbox', { name: 'AdministratorAccess' }).check();
    expect(await page.getByLabel('CLI commands').innerText()).toBe(
      'aws iam create-group --group-name myKMSGroup\naws iam attach-group-policy --group-name myKMSGroup --policy-arn arn:aws:iam::aws:policy/AdministratorAccess',
    );
    await page.getByRole('button', { name: 'Create user group' }).click();
    await flash(page, 'myKMSGroup user group created.');
    await h1(page, 'User groups');

    for (const name of ['myKeyManager', 'myKeyUser']) {
      await page.getByRole('navigation', { name: 'IAM' }).getByRole('link', { name: 'Users' }).click();
      await page.getByRole('button', { name: 'Create user' }).click();
      await page.getByLabel('User name').fill(name);
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('checkbox', { name: 'myKMSGroup' }).check();
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('heading', { name: 'Review and create' }).waitFor();
      await page.getByRole('button', { name: 'Create user' }).click();
      await flash(page, `User ${name} created.`);
      expect(await page.locator('.flash pre').innerText()).toBe(`aws iam create-user --user-name ${name}\naws iam add-user-to-group --group-name myKMSGroup --user-name ${name}`);
    }
    const users = await tableRows(page, /^Users \(/);
    expect(users.map((r) => [r[1], r[3]])).toEqual([
      ['lab-admin', '–'],
      ['myKeyManager', 'myKMSGroup'],
      ['myKeyUser', 'myKMSGroup'],
    ]);

    await page.getByRole('button', { name: 'Services' }).click();
    await page.getByRole('navigation', { name: 'Services' }).getByRole('link', { name: /^CloudTrail/ }).click();
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

  it('with the keyboard alone: the users, then the group with them in it', async () => {
    const page = await open();
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
      await page.getByRole('heading', { name: 'Set permissions' }).waitFor();
      await tabTo(page, 'Next');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Review and create' }).waitFor();
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
    expect(JSON.parse(await page.getByLabel(/^Event record CreateGroup/).innerText())).toMatchObject({ eventName: 'CreateGroup', requestParameters: { groupName: 'myKMSGroup' } });

    await saved(page);
    await page.reload();
    await expectCourseSetup(page);
  });

  it('signs in as myKeyUser with one click in the identity menu, and the calls are made as that user', async () => {
    const page = await open();
    await createUserWithMouse(page, 'myKeyUser');
    await page.getByRole('button', { name: /^Signed in as root/ }).click();
    await page.getByRole('button', { name: /^myKeyUser/ }).click();
    await page.getByRole('button', { name: /^Signed in as myKeyUser/ }).waitFor();
    // No policy: even listing users is denied, and "Why?" says so.
    await page.goto(`${server.url}#/iam/roles`);
    const alert = page.getByRole('alert').filter({ hasText: 'Failed to list roles' });
    await alert.waitFor();
    await alert.getByRole('button', { name: 'Why?' }).click();
    await alert.getByText(/No IAM policy of the principal/).waitFor();
    await saved(page);
    await page.reload();
    await page.getByRole('button', { name: /^Signed in as myKeyUser/ }).waitFor();
  });

  it('shows a way home from an unknown address', async () => {
    const page = await open({}, '#/no/such/page');
    await h1(page, 'Page not found');
    expect(await page.title()).toBe('Page not found | KMS Lab');
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await h1(page, 'KMS keys');
  });
});

async function createUserWithMouse(page: Page, name: string, group?: string) {
  await page.goto(`${server.url}#/iam/users/create`);
  await page.getByLabel('User name').fill(name);
  await page.getByRole('button', { name: 'Next' }).click();
  if (group) await page.getByRole('checkbox', { name: group }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Create user' }).click();
  await flash(page, `User ${name} created.`);
}

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${page.url().split('#')[1]} ${v.id} (${v.impact}): ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility of the IAM console and the event history', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe violations in the ${colorScheme} theme`, async () => {
      const page = await open({ colorScheme });
      const found: string[] = [];
      const check = async () => found.push(...(await seriousViolations(page)));

      await page.goto(`${server.url}#/iam/groups/create`);
      await page.getByLabel('User group name').fill('myKMSGroup');
      await page.getByRole('checkbox', { name: 'AdministratorAccess' }).check();
      await check();
      await page.getByRole('button', { name: 'Create user group' }).click();
      await flash(page, 'myKMSGroup user group created.');
      await createUserWithMouse(page, 'myKeyUser', 'myKMSGroup');
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
        await page.goto(server.url + hash);
        await h1(page, heading);
        await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });
        await check();
      }

      await page.goto(`${server.url}#/iam/users/create`);
      await page.getByRole('button', { name: 'Next' }).click(); // the name error
      await check();

      await page.goto(`${server.url}#/iam/users/myKeyUser`);
      await page.getByRole('heading', { name: 'Summary' }).waitFor();
      await page.getByRole('button', { name: 'Create inline policy' }).click();
      await page.getByLabel('Policy editor (JSON)').fill('{ "Version": "2012-10-17", ');
      await check();
      for (const tab of ['Groups (1)', 'Security credentials']) {
        await page.getByRole('tab', { name: tab }).click();
        await check();
      }
      await page.getByRole('button', { name: 'Create access key' }).click();
      await page.getByRole('region', { name: 'Retrieve access keys' }).waitFor();
      await check();
      await page.getByRole('button', { name: 'Delete', exact: true }).first().click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(/To confirm deletion/).fill('myKeyUser');
      await dialog.getByRole('button', { name: 'Delete' }).click();
      await dialog.getByText('Error code: DeleteConflict').waitFor();
      await check();
      await page.keyboard.press('Escape');

      await page.goto(`${server.url}#/iam/groups/myKMSGroup`);
      await h1(page, 'myKMSGroup');
      await check();
      await page.getByRole('tab', { name: 'Permissions' }).click();
      await check();

      // A denial with its "Why?" open, then the event history with a record open.
      await page.getByRole('button', { name: /^Signed in as root/ }).click();
      await page.getByRole('button', { name: /^lab-admin/ }).waitFor();
      await check();
      await page.keyboard.press('Escape');
      await page.goto(`${server.url}#/iam/users/create`);
      await page.getByRole('button', { name: /^Signed in as root/ }).click();
      await page.getByRole('button', { name: /^myKeyUser/ }).click();
      await page.getByRole('button', { name: /^Signed in as myKeyUser/ }).click();
      await page.getByRole('button', { name: /^lab-admin/ }).waitFor();
      await page.keyboard.press('Escape');
      await page.goto(`${server.url}#/iam/roles`);
      await h1(page, 'Roles');
      await page.getByRole('button', { name: 'Advance time' }).click();
      await page.getByRole('button', { name: '30 days' }).click();
      await page.getByText(/^Advanced 30 days/).waitFor();
      await check();

      await page.goto(`${server.url}#/cloudtrail/events`);
      await h1(page, 'Event history');
      await page.getByRole('searchbox').fill('CreateUser');
      await page.getByRole('button', { name: /CreateUser$/ }).first().click();
      await page.getByLabel(/^Event record CreateUser/).waitFor();
      await check();
      await page.goto(`${server.url}#/nowhere`);
      await h1(page, 'Page not found');
      await check();

      expect(found).toEqual([]);
    }, 240_000);
  }
});

/** Presses Tab (or Shift+Tab) until the focused element's accessible name matches; fails after 80 presses. */
async function tabTo(page: Page, name: string | RegExp, backwards = false): Promise<void> {
  const matches = (n: string) => (typeof name === 'string' ? n === name : name.test(n));
  const seen: string[] = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const labelled = el.getAttribute('aria-labelledby');
      const byId = labelled ? labelled.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : undefined;
      const label = (el as HTMLInputElement).labels?.[0]?.textContent;
      if (el === document.body) return '(page)';
      return (el.getAttribute('aria-label') ?? byId ?? label ?? el.textContent ?? '').replace(/^[▸▾] /, '').replace(/ ▾$/, '').trim();
    });
    seen.push(focused);
    if (matches(focused)) return;
  }
  throw new Error(`Tab never reached ${name}; went through: ${seen.map((n) => n.slice(0, 40)).join(' | ')}`);
}
