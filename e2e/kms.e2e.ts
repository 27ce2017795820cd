/**
 * The course's KMS demos, replayed by a newcomer in real Chromium against the built site:
 * "Creating a CMK" (IAM group and users through the IAM console, then the create-key wizard:
 * symmetric, KMS key material, single Region, alias myCMK, administrator myKeyManager, user
 * myKeyUser, review, finish; the key Enabled in Customer managed keys; AWS managed keys), and
 * "Enabling and disabling key rotation" (enable, a year passes with the top bar's clock, the
 * rotation in the history, a pre-rotation ciphertext still decrypts in Try it, disable). The
 * wizard once more with the keyboard alone; a reload keeps everything; every KMS screen passes
 * axe (no serious or critical violation) in the light and dark themes.
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
const flash = (page: Page, text: string | RegExp) => page.locator('.flash').filter({ hasText: text }).first().waitFor();
const loaded = (page: Page) => page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });

async function tableRows(page: Page, name: RegExp): Promise<string[][]> {
  return page.getByRole('table', { name }).locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
}

/** An IAM user with no permissions, through the IAM console. */
async function userWithoutPolicies(page: Page, name: string) {
  await page.goto(`${server.url}#/iam/users/create`);
  await page.getByLabel('User name').fill(name);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Create user' }).click();
  await flash(page, `User ${name} created.`);
}

/** The course's IAM setup through the IAM console: myKMSGroup (AdministratorAccess) with myKeyManager and myKeyUser. */
async function courseIamSetup(page: Page) {
  await page.goto(`${server.url}#/iam/groups/create`);
  await page.getByLabel('User group name').fill('myKMSGroup');
  await page.getByLabel('Filter policies by name').fill('admin');
  await page.getByRole('checkbox', { name: 'AdministratorAccess' }).check();
  await page.getByRole('button', { name: 'Create user group' }).click();
  await flash(page, 'myKMSGroup user group created.');
  for (const name of ['myKeyManager', 'myKeyUser']) {
    await page.goto(`${server.url}#/iam/users/create`);
    await page.getByLabel('User name').fill(name);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('checkbox', { name: 'myKMSGroup' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Create user' }).click();
    await flash(page, `User ${name} created.`);
  }
}

/** Creating a CMK with the mouse, as the demo does; returns the key ID. */
async function createCmk(page: Page, alias = 'myCMK'): Promise<string> {
  await page.getByRole('navigation', { name: 'Key Management Service' }).getByRole('link', { name: 'Customer managed keys' }).click();
  await h1(page, 'Customer managed keys');
  await page.getByRole('link', { name: 'Create key' }).first().click();
  await h1(page, 'Configure key');
  expect(await page.getByRole('radio', { name: 'Symmetric', exact: true }).isChecked()).toBe(true);
  expect(await page.getByRole('radio', { name: 'Encrypt and decrypt', exact: true }).isChecked()).toBe(true);
  await page.getByRole('button', { name: 'Advanced options' }).click();
  expect(await page.getByRole('radio', { name: 'KMS - recommended', exact: true }).isChecked()).toBe(true);
  expect(await page.getByRole('radio', { name: 'Single-Region key', exact: true }).isChecked()).toBe(true);
  await page.getByRole('button', { name: 'Next' }).click();
  await h1(page, 'Add labels');
  await page.getByRole('textbox', { name: 'Alias' }).fill(alias);
  await page.getByRole('button', { name: 'Next' }).click();
  await h1(page, 'Define key administrative permissions');
  await page.getByRole('checkbox', { name: 'myKeyManager' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await h1(page, 'Define key usage permissions');
  await page.getByRole('checkbox', { name: 'myKeyUser' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await h1(page, 'Review');
  const policy = JSON.parse(await page.getByLabel('Key policy JSON').innerText());
  expect(policy.Statement.map((s: { Sid: string }) => s.Sid)).toEqual([
    'Enable IAM User Permissions',
    'Allow access for Key Administrators',
    'Allow use of the key',
    'Allow attachment of persistent resources',
  ]);
  expect(policy.Statement[1].Principal.AWS).toBe('arn:aws:iam::111122223333:user/myKeyManager');
  expect(policy.Statement[2].Principal.AWS).toBe('arn:aws:iam::111122223333:user/myKeyUser');
  await page.getByRole('button', { name: 'Finish' }).click();
  await h1(page, alias);
  const text = await page.locator('.flash').filter({ hasText: 'Your AWS KMS key was created' }).innerText();
  const keyId = /key ID ([0-9a-f-]{36})/.exec(text)![1]!;
  expect(text).toContain(`created with alias ${alias} and key ID ${keyId}`);
  expect(text).toContain('aws kms create-key --policy');
  expect(text).toContain(`aws kms create-alias --alias-name alias/${alias} --target-key-id ${keyId}`);
  return keyId;
}

const customerKeyRows = async (page: Page) => {
  await page.goto(`${server.url}#/kms/keys/customer`);
  await h1(page, 'Customer managed keys');
  await page.getByRole('table', { name: /^Keys/ }).waitFor();
  return (await tableRows(page, /^Keys/)).map((r) => r.slice(1));
};

const tryIt = (page: Page) => page.getByRole('region', { name: 'Try it' });

describe('the course KMS demos', () => {
  it('Creating a CMK, then enabling and disabling key rotation; a reload keeps everything', async () => {
    const page = await open();
    await courseIamSetup(page);

    await page.getByRole('button', { name: 'Services' }).click();
    await page.getByRole('navigation', { name: 'Services' }).getByRole('link', { name: /^Key Management Service/ }).click();
    await h1(page, 'Customer managed keys');
    await page.getByText("You don't have any customer managed keys in this Region.").waitFor();
    const keyId = await createCmk(page);
    expect(page.url()).toContain(`#/kms/keys/${keyId}`);
    expect(await customerKeyRows(page)).toEqual([['myCMK', keyId, 'Enabled', 'SYMMETRIC_DEFAULT', 'ENCRYPT_DECRYPT']]);

    await page.getByRole('navigation', { name: 'Key Management Service' }).getByRole('link', { name: 'AWS managed keys' }).click();
    await h1(page, 'AWS managed keys');
    await page.getByText(/creates its key the first time it is used/).waitFor();
    await page.getByText('There are no AWS managed keys in this Region yet.').waitFor();

    // Enabling and disabling key rotation.
    await page.getByRole('navigation', { name: 'Key Management Service' }).getByRole('link', { name: 'Customer managed keys' }).click();
    await page.getByRole('link', { name: keyId }).click();
    await h1(page, 'myCMK');
    await page.getByRole('tab', { name: 'Key rotation' }).click();
    expect(page.url()).toMatch(/\?tab=rotation$/);
    await page.getByRole('checkbox', { name: 'Automatic key rotation' }).check();
    expect(await page.getByLabel('Rotation period (in days)').inputValue()).toBe('365');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await flash(page, 'Automatic key rotation is enabled: AWS KMS rotates this key every 365 days.');
    await page.getByText('Next rotation date').waitFor();
    await page.getByText('This key has not been rotated yet.').waitFor();

    // A ciphertext made before the rotation.
    await tryIt(page).getByLabel('Plaintext').fill('Hello, Cloud Gurus');
    await tryIt(page).getByRole('button', { name: 'Encrypt' }).click();
    const ciphertext = tryIt(page).getByLabel('Ciphertext (base64)').first();
    await expect.poll(() => ciphertext.inputValue()).toMatch(/^AQICAH/);
    const before = await ciphertext.inputValue();

    await page.getByRole('button', { name: 'Advance time' }).click();
    await page.getByRole('button', { name: '365 days' }).click();
    await page.getByText(/^Advanced 365 days\. KMS acted: RotateKey \(1\)/).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('table', { name: 'Rotations' }).getByRole('cell', { name: 'Automatic' }).waitFor();

    const decryptForm = tryIt(page).getByRole('form', { name: 'Decrypt' });
    await decryptForm.getByLabel('Ciphertext (base64)').fill(before);
    await decryptForm.getByRole('button', { name: 'Decrypt' }).click();
    await decryptForm.getByText('Hello, Cloud Gurus', { exact: true }).waitFor();
    expect(await decryptForm.getByLabel('CLI command').innerText()).toBe('aws kms decrypt --ciphertext-blob fileb://ciphertext-blob.bin --region us-east-1');

    await page.getByRole('checkbox', { name: 'Automatic key rotation' }).uncheck();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await flash(page, 'Automatic key rotation is disabled.');

    await saved(page);
    await page.reload();
    await h1(page, 'myCMK');
    await page.getByRole('tab', { name: 'Key rotation', selected: true }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Automatic key rotation' }).isChecked()).toBe(false);
    expect((await tableRows(page, /^Rotations$/)).map((r) => r[1])).toEqual(['Automatic']);
    expect(await customerKeyRows(page)).toEqual([['myCMK', keyId, 'Enabled', 'SYMMETRIC_DEFAULT', 'ENCRYPT_DECRYPT']]);
  }, 180_000);

  it('completes the create-key wizard with the keyboard alone', async () => {
    const page = await open({}, '#/kms/keys/customer');
    await h1(page, 'Customer managed keys');
    await tabTo(page, 'Create key');
    await page.keyboard.press('Enter');
    await h1(page, 'Configure key');
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    await h1(page, 'Add labels');
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter'); // no alias yet: the console's message, focus on the field
    await page.getByText('Alias is required.').waitFor();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent)).toBe('Alias');
    await page.keyboard.type('aws/mine');
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    await page.getByText('Alias must not begin with aws/. The aws/ prefix is reserved for AWS managed keys.').waitFor();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('aws/mine');
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
    await tabTo(page, 'Key actions');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Disable');
    await page.keyboard.press('Enter');
    await page.getByText('Disabled key keyboardKey.').waitFor();
    await page.locator('.kms-status', { hasText: 'Disabled' }).first().waitFor();
  }, 120_000);
});

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${page.url().split('#')[1]} ${v.id} (${v.impact}): ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility of the KMS console', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe violations in the ${colorScheme} theme`, async () => {
      const page = await open({ colorScheme });
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
        await page.goto(server.url + hash);
        await h1(page, heading);
        await check();
      }
      await page.getByRole('button', { name: 'Create key store' }).click();
      await page.getByRole('dialog', { name: 'Create AWS CloudHSM key store' }).waitFor();
      await check();
      await page.keyboard.press('Escape');

      await courseIamSetup(page);
      await userWithoutPolicies(page, 'student');
      await page.goto(`${server.url}#/kms/create`);
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
      await page.getByRole('dialog', { name: 'Add key administrators' }).waitFor();
      await check();
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Switch to policy view' }).click();
      await page.getByRole('button', { name: 'Edit', exact: true }).click();
      await page.getByLabel('Key policy document (JSON)').fill('{ "Version": "2012-10-17", ');
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.getByText(/^JSON syntax error on line 1/).waitFor();
      await check();
      await page.getByRole('button', { name: 'Cancel' }).click();

      await page.getByRole('button', { name: /Key actions/ }).click();
      await page.getByRole('menu', { name: 'Key actions' }).waitFor();
      await check();
      await page.getByRole('menuitem', { name: 'Schedule key deletion' }).click();
      await page.getByRole('dialog', { name: 'Schedule key deletion' }).waitFor();
      await check();
      await page.keyboard.press('Escape');

      // Try it: a result; then a denial with "Why?" open.
      await tryIt(page).getByRole('button', { name: 'Encrypt' }).click();
      await tryIt(page).getByLabel('Ciphertext (base64)').first().waitFor();
      await check();
      await page.getByRole('button', { name: /^Signed in as root/ }).click();
      await page.getByRole('button', { name: /^lab-admin/ }).waitFor();
      await check();
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: /^Signed in as root/ }).click();
      await page.getByRole('button', { name: /^student/ }).click();
      // The key page itself is denied to a user without permissions, with "Why?".
      const denied = page.getByRole('alert').filter({ hasText: 'kms:DescribeKey' });
      await denied.waitFor();
      await denied.getByRole('button', { name: 'Why?' }).click();
      await check();

      // A key with imported material, its Key material tab, and a key pending deletion.
      await page.getByRole('button', { name: /^Signed in as student/ }).click();
      await page.getByRole('button', { name: /^root/ }).click();
      await page.goto(`${server.url}#/kms/create`);
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
      await page.getByText(/^This key is scheduled for deletion on /).waitFor();
      await check();
      await page.goto(`${server.url}#/kms/keys/customer`);
      await page.getByText(/^Deletion date: /).waitFor();
      await page.getByRole('checkbox', { name: 'Select key byok' }).check();
      await check();

      expect(found).toEqual([]);
    }, 300_000);
  }
});

/** Presses Tab until the focused element's accessible name matches; fails after 80 presses. */
async function tabTo(page: Page, name: string | RegExp): Promise<void> {
  const matches = (n: string) => (typeof name === 'string' ? n === name : name.test(n));
  const seen: string[] = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return '(page)';
      const labelled = el.getAttribute('aria-labelledby');
      const byId = labelled ? labelled.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : undefined;
      const label = (el as HTMLInputElement).labels?.[0]?.textContent;
      return (el.getAttribute('aria-label') ?? byId ?? label ?? el.textContent ?? '').replace(/^[▸▾] /, '').replace(/ ▾$/, '').trim();
    });
    seen.push(focused);
    if (matches(focused)) return;
  }
  throw new Error(`Tab never reached ${name}; went through: ${seen.map((n) => n.slice(0, 40)).join(' | ')}`);
}
