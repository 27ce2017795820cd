/**
 * Separation of duties, as a newcomer clicks it in real Chromium against the built site: root
 * creates IAM users keyAdmin and keyUser with no IAM policy at all (so the key policy alone
 * decides: its "Enable IAM User Permissions" statement would let any IAM allow grant everything),
 * then a key with the wizard, keyAdmin as its administrator and keyUser as its user. Signed in as
 * keyUser (top bar), Encrypt works but Schedule key deletion is denied, with AWS's message and
 * "Why?"; signed in as keyAdmin, Disable and Enable work but Encrypt is denied. Event history
 * shows both denials, by whom. Then the same journey with the keyboard alone.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './journeys/test';
import { createKeyWithWizard } from './journeys/create-key';
import { createUser } from './journeys/iam-setup';
import { focusedName, tabTo } from './journeys/keyboard';
import { flash, h1, loaded, openService, tableRows, visit } from './journeys/site';
import { signInAs, signInWithKeyboard } from './journeys/top-bar';

const ALIAS = 'payroll';
const userArn = (name: string) => `arn:aws:iam::111122223333:user/${name}`;
const keyArn = (keyId: string) => `arn:aws:kms:us-east-1:111122223333:key/${keyId}`;
const tryIt = (page: Page) => page.getByRole('region', { name: 'Try it' });
const status = (page: Page, label: string) => page.locator('.kms-status', { hasText: label }).first().waitFor();

/** root's setup: two IAM users with no permissions (no group, no policy), in the IAM console. */
async function usersWithoutPolicies(page: Page) {
  for (const name of ['keyAdmin', 'keyUser']) await createUser(page, name);
  const users = await tableRows(page, /^Users \(/);
  // The Groups column: none. The users' only permissions will be the key policy's.
  expect(users.map((r) => [r[1], r[3]])).toEqual([
    ['keyAdmin', '–'],
    ['keyUser', '–'],
    ['lab-admin', '–'],
  ]);
}

/** The red banner of a denied call: what failed, AWS's message word for word, the error code. */
async function expectDenied(alert: Locator, user: string, action: string, keyId: string) {
  await expect(alert).toBeVisible();
  const text = await alert.innerText();
  expect(text).toContain(
    `User: ${userArn(user)} is not authorized to perform: ${action} on resource: ${keyArn(keyId)} because no identity-based policy allows the ${action} action`,
  );
  expect(text).toContain('Error code: AccessDeniedException');
  await expect(alert.getByRole('button', { name: 'Why?' })).toHaveAttribute('aria-expanded', 'false');
}

/**
 * "Why?" open: the request, and the key policy's evaluation. Only the account statement matched
 * (the caller's own statement does not list the action), no IAM policy allows, so nothing decided.
 */
async function expectTrace(alert: Locator, user: string, action: string, keyId: string) {
  const why = alert.getByRole('button', { name: 'Why?' });
  await expect(why).toHaveAttribute('aria-expanded', 'true');
  const panel = alert.locator(`#${await why.getAttribute('aria-controls')}`);
  await expect(panel).toBeVisible();
  const text = await panel.innerText();
  expect(text).toMatch(new RegExp(`Principal\\s+${userArn(user)}\\s+Action\\s+${action}\\s+Resource\\s+${keyArn(keyId)}`));
  expect(text).toContain('No IAM policy of the principal (its own policies, or those of its groups) allows this action on this resource.');
  expect(text).toContain('The key policy allows the account to use IAM policies for this key, so an IAM policy had to allow the action too, and none did.');
  const decided = panel.locator('.why__trace').filter({ has: alert.page().getByRole('heading', { name: 'Statements that decided' }) });
  await expect(decided).toContainText('None: no statement allowed the request, so it is denied by default.');
  const matched = panel
    .locator('.why__trace')
    .filter({ has: alert.page().getByRole('heading', { name: 'Statements that matched the request' }) })
    .getByRole('listitem');
  await expect(matched).toHaveCount(1);
  await expect(matched.locator('p')).toHaveText('Allow in Key policy, statement Enable IAM User Permissions');
  expect(JSON.parse(await matched.getByLabel('Statement Enable IAM User Permissions of Key policy').innerText())).toEqual({
    Sid: 'Enable IAM User Permissions',
    Effect: 'Allow',
    Principal: { AWS: 'arn:aws:iam::111122223333:root' },
    Action: 'kms:*',
    Resource: '*',
  });
  expect(text).not.toContain('Allow use of the key');
  expect(text).not.toContain('Allow access for Key Administrators');
}

/** Event history rows (User name, Event name, Error code) whose event name contains `name`, newest first. */
async function eventsNamed(page: Page, name: string): Promise<string[][]> {
  await page.getByLabel('Lookup attributes').selectOption('eventName');
  await page.getByRole('searchbox').fill(name);
  await expect(page.getByRole('heading', { name: /^Events \(\d+\)$/ })).toBeVisible();
  return (await tableRows(page, /^Events/)).map((r) => [r[1]!, r[2]!.replace(/^[▸▾] /, ''), r[5]!]);
}

test.describe('separation of duties between a key administrator and a key user', () => {
  test('with the mouse: the user may encrypt but not delete, the administrator may disable but not encrypt', async ({ site }) => {
    test.slow(); // a long journey: three times the default time
    const page = await site.open();
    await openService(page, /^IAM/);
    await h1(page, 'Users');
    await usersWithoutPolicies(page);

    await openService(page, /^Key Management Service/);
    const { keyId, policy } = await createKeyWithWizard(page, { alias: ALIAS, administrators: ['keyAdmin'], users: ['keyUser'] });
    expect(policy.Statement[1]!.Action).toContain('kms:ScheduleKeyDeletion');
    expect(policy.Statement[1]!.Action).not.toContain('kms:Encrypt');
    expect(policy.Statement[2]!.Action).toContain('kms:Encrypt');
    expect(policy.Statement[2]!.Action).not.toContain('kms:ScheduleKeyDeletion');
    const keyUrl = page.url();

    // keyUser: listing keys needs an IAM permission (AWS's behaviour), so they open the key's link.
    await signInAs(page, 'root', 'keyUser');
    await page.getByRole('navigation', { name: 'Key Management Service' }).getByRole('link', { name: 'Customer managed keys' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Failed to list keys' }).filter({ hasText: 'kms:ListKeys' })).toBeVisible();
    await page.goto(keyUrl);
    await h1(page, keyId); // the alias needs kms:ListAliases in an IAM policy: the page names the key by its ID
    await status(page, 'Enabled');

    await tryIt(page).getByRole('button', { name: 'Encrypt' }).click();
    await expect(tryIt(page).getByText('Encrypted 18 bytes.')).toBeVisible();
    await expect(tryIt(page).getByLabel('Ciphertext (base64)').first()).toHaveValue(/^AQICAH/);

    await page.getByRole('button', { name: /Key actions/ }).click();
    await page.getByRole('menuitem', { name: 'Schedule key deletion' }).click();
    const dialog = page.getByRole('dialog', { name: 'Schedule key deletion' });
    await dialog.getByLabel(/^Confirm you want to schedule this key for deletion/).check();
    await dialog.getByRole('button', { name: 'Schedule deletion' }).click();
    const denied = page.getByRole('alert').filter({ hasText: `Scheduling the deletion of key ${keyId}` });
    await expectDenied(denied, 'keyUser', 'kms:ScheduleKeyDeletion', keyId);
    await denied.getByRole('button', { name: 'Why?' }).click();
    await expectTrace(denied, 'keyUser', 'kms:ScheduleKeyDeletion', keyId);
    await expect(denied.locator('..').getByLabel('CLI command')).toHaveText(
      `aws kms schedule-key-deletion --key-id ${keyId} --pending-window-in-days 30 --region us-east-1`,
    );
    await status(page, 'Enabled');

    // keyAdmin, on the same page: administers the key, cannot use it.
    await signInAs(page, 'keyUser', 'keyAdmin');
    await page.getByRole('button', { name: /Key actions/ }).click();
    await page.getByRole('menuitem', { name: 'Disable' }).click();
    await flash(page, `Disabled key ${keyId}.`);
    await status(page, 'Disabled');
    await page.getByRole('button', { name: /Key actions/ }).click();
    await page.getByRole('menuitem', { name: 'Enable' }).click();
    await flash(page, `Enabled key ${keyId}.`);
    await status(page, 'Enabled');

    await tryIt(page).getByRole('button', { name: 'Encrypt' }).click();
    const encryptDenied = tryIt(page).getByRole('alert').filter({ hasText: 'Encrypt failed' });
    await expectDenied(encryptDenied, 'keyAdmin', 'kms:Encrypt', keyId);
    await encryptDenied.getByRole('button', { name: 'Why?' }).click();
    await expectTrace(encryptDenied, 'keyAdmin', 'kms:Encrypt', keyId);

    // CloudTrail: both denials, by whom, next to what was allowed.
    await openService(page, /^CloudTrail/);
    await h1(page, 'Event history');
    expect(await eventsNamed(page, 'ScheduleKeyDeletion')).toEqual([['keyUser', 'ScheduleKeyDeletion', 'AccessDeniedException']]);
    expect(await eventsNamed(page, 'Encrypt')).toEqual([
      ['keyAdmin', 'Encrypt', 'AccessDeniedException'],
      ['keyUser', 'Encrypt', '–'],
    ]);
    expect(await eventsNamed(page, 'ableKey')).toEqual([
      ['keyAdmin', 'EnableKey', '–'],
      ['keyAdmin', 'DisableKey', '–'],
    ]);
    await eventsNamed(page, 'ScheduleKeyDeletion');
    await page.getByRole('button', { name: /ScheduleKeyDeletion$/ }).click();
    expect(JSON.parse(await page.getByLabel(/^Event record ScheduleKeyDeletion/).innerText())).toMatchObject({
      eventName: 'ScheduleKeyDeletion',
      userIdentity: { type: 'IAMUser', userName: 'keyUser' },
      errorCode: 'AccessDeniedException',
      errorMessage: expect.stringContaining(`${userArn('keyUser')} is not authorized to perform: kms:ScheduleKeyDeletion`),
    });
  });

  test('with the keyboard alone: wizard, identity switches, key actions, Try it, "Why?", Event history', async ({ site, input }) => {
    test.skip(input === 'keyboard', 'it presses the keys itself: the mouse project already runs it without a mouse');
    test.slow(); // a long journey: three times the default time
    const page = await site.open();
    await usersWithoutPolicies(page); // the IAM console by keyboard: iam.e2e.ts
    await visit(page, '#/kms/keys/customer');
    await h1(page, 'Customer managed keys');
    await loaded(page);

    await tabTo(page, 'Create key');
    await page.keyboard.press('Enter');
    await h1(page, 'Configure key');
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    await h1(page, 'Add labels');
    await tabTo(page, 'Alias');
    await page.keyboard.type(ALIAS);
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    await h1(page, 'Define key administrative permissions');
    await tabTo(page, 'keyAdmin');
    await page.keyboard.press('Space');
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    await h1(page, 'Define key usage permissions');
    await tabTo(page, 'keyUser');
    await page.keyboard.press('Space');
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    await h1(page, 'Review');
    const policy = JSON.parse(await page.getByLabel('Key policy JSON').innerText());
    expect(policy.Statement[1].Principal.AWS).toBe(userArn('keyAdmin'));
    expect(policy.Statement[2].Principal.AWS).toBe(userArn('keyUser'));
    await tabTo(page, 'Finish');
    await page.keyboard.press('Enter');
    await h1(page, ALIAS);
    const keyId = /#\/kms\/keys\/([0-9a-f-]{36})/.exec(page.url())![1]!;

    // keyUser: Encrypt works; Schedule key deletion is denied, and "Why?" opens from the keyboard.
    await signInWithKeyboard(page, 'root', 'keyUser');
    await h1(page, keyId);
    await tabTo(page, 'Encrypt');
    await page.keyboard.press('Enter');
    await expect(tryIt(page).getByText('Encrypted 18 bytes.')).toBeVisible();
    await tabTo(page, 'Key actions', true);
    await chooseKeyAction(page, 'Schedule key deletion');
    await expect(page.getByRole('dialog', { name: 'Schedule key deletion' })).toBeVisible();
    await tabTo(page, /^Confirm you want to schedule this key for deletion/);
    await page.keyboard.press('Space');
    await tabTo(page, 'Schedule deletion');
    await page.keyboard.press('Enter');
    const denied = page.getByRole('alert').filter({ hasText: `Scheduling the deletion of key ${keyId}` });
    await expectDenied(denied, 'keyUser', 'kms:ScheduleKeyDeletion', keyId);
    await tabTo(page, 'Why?');
    await page.keyboard.press('Enter');
    await expectTrace(denied, 'keyUser', 'kms:ScheduleKeyDeletion', keyId);

    // keyAdmin: schedules the deletion and cancels it (the key comes back Disabled), enables it; Encrypt is denied.
    await signInWithKeyboard(page, 'keyUser', 'keyAdmin');
    await tabTo(page, 'Key actions');
    await chooseKeyAction(page, 'Schedule key deletion');
    await expect(page.getByRole('dialog', { name: 'Schedule key deletion' })).toBeVisible();
    expect(await focusedName(page)).toBe('Waiting period (in days)');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('7');
    await tabTo(page, /^Confirm you want to schedule this key for deletion in 7 days/);
    await page.keyboard.press('Space');
    await tabTo(page, 'Schedule deletion');
    await page.keyboard.press('Enter');
    await flash(page, new RegExp(`^Scheduled key ${keyId} for deletion on `));
    await status(page, 'Pending deletion');
    await expect(page.getByRole('button', { name: 'Key actions' })).toBeFocused();
    await chooseKeyAction(page, 'Cancel key deletion');
    await flash(page, `Cancelled the deletion of key ${keyId}.`);
    await status(page, 'Disabled');
    await chooseKeyAction(page, 'Enable');
    await flash(page, `Enabled key ${keyId}.`);
    await status(page, 'Enabled');
    await tabTo(page, 'Encrypt');
    await page.keyboard.press('Enter');
    const encryptDenied = tryIt(page).getByRole('alert').filter({ hasText: 'Encrypt failed' });
    await expectDenied(encryptDenied, 'keyAdmin', 'kms:Encrypt', keyId);
    await tabTo(page, 'Why?');
    await page.keyboard.press('Enter');
    await expectTrace(encryptDenied, 'keyAdmin', 'kms:Encrypt', keyId);

    // Event history, looked up by error code from the keyboard.
    await tabTo(page, 'Services', true);
    await page.keyboard.press('Enter');
    await tabTo(page, /^CloudTrail/);
    await page.keyboard.press('Enter');
    await h1(page, 'Event history');
    await tabTo(page, 'Lookup attributes');
    // Arrow keys, not typed letters: a select's type-ahead joins letters typed within a second of each other, which a busy
    // machine misses ("E", then "r" chose Read-only in a clean-clone run beside another).
    const lookup = page.getByLabel('Lookup attributes');
    for (let i = 0; i < 6 && (await lookup.inputValue()) !== 'errorCode'; i++) await page.keyboard.press('ArrowDown');
    await expect(lookup).toHaveValue('errorCode');
    await tabTo(page, 'Error code contains');
    await page.keyboard.type('AccessDenied');
    const rows = (await tableRows(page, /^Events/)).map((r) => [r[1]!, r[2]!.replace(/^[▸▾] /, ''), r[5]!]);
    expect(rows).toContainEqual(['keyUser', 'ScheduleKeyDeletion', 'AccessDeniedException']);
    expect(rows).toContainEqual(['keyAdmin', 'Encrypt', 'AccessDeniedException']);
    expect(rows.filter((r) => r[0] === 'root')).toEqual([]);
  });
});

/**
 * With focus on "Key actions": opens the menu (ArrowDown, on its first available item), moves to
 * the item (ArrowDown passes over unavailable ones), chooses it (Enter).
 */
async function chooseKeyAction(page: Page, item: 'Enable' | 'Disable' | 'Schedule key deletion' | 'Cancel key deletion') {
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.activeElement?.closest('[role="menu"]'));
  for (let i = 0; i < 4; i++) {
    const now = await focusedName(page);
    if (now === item) break;
    await page.keyboard.press('ArrowDown');
    // The menu moves focus just after the key (a timer), not during it.
    await expect.poll(() => focusedName(page)).not.toBe(now);
  }
  expect(await focusedName(page)).toBe(item);
  await page.keyboard.press('Enter');
}
