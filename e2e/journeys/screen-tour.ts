/**
 * Every screen of the console, with the states a learner reaches on it (tabs, wizard steps,
 * dialogs, the lab panel and docked CloudShell), for the layout check (layout.e2e.ts) and the
 * README's screenshots (scripts/screenshots.ts). One seeded account serves all of them: the
 * separation-of-duties scenario (two IAM users, a key with a three-statement policy), plus an
 * asymmetric signing key and a certificate requested in CloudShell.
 */
import type { Page } from '@playwright/test';

export const MODES = ['light', 'dark', 'presenter'] as const;
export type Mode = (typeof MODES)[number];

export interface Seed {
  /** The site's address with the mode's query (`?presenter=1`), before the hash. */
  base: string;
  keyId: string;
  certificateId: string;
}

export interface Screen {
  name: string;
  /** The address; a function of the seeded ids for a key's or a certificate's page. */
  hash: string | ((s: Seed) => string);
  /** Shown in the README (scripts/screenshots.ts without --all). */
  readme?: boolean;
  /** What the learner does on the screen before it is looked at (open a tab, a dialog, a panel). */
  then?: (page: Page, s: Seed) => Promise<void>;
  /** The lab panel (a lab's id) and docked CloudShell opened over the screen. */
  lab?: string;
  cloudShell?: boolean;
}

const click = async (page: Page, role: 'button' | 'tab' | 'link', name: string | RegExp) => {
  await page
    .getByRole(role, { name, exact: typeof name === 'string' })
    .first()
    .click();
};
const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();

/** The create-key wizard's steps, from Configure key; `upTo` is the step's heading. */
async function wizardTo(page: Page, upTo: string) {
  const steps = ['Configure key', 'Add labels', 'Define key administrative permissions', 'Define key usage permissions', 'Review'];
  for (const step of steps) {
    await heading(page, step);
    if (step === upTo) return;
    if (step === 'Add labels') await page.getByRole('textbox', { name: 'Alias' }).fill(`tour-${Date.now()}`);
    await click(page, 'button', 'Next');
  }
}

const key = (tab?: string) => (s: Seed) => `#/kms/keys/${s.keyId}${tab ? `?tab=${tab}` : ''}`;

export const SCREENS: Screen[] = [
  { name: 'home', hash: '#/', readme: true },
  { name: 'learn', hash: '#/learn', readme: true },
  { name: 'learn-module', hash: '#/learn/kms-101' },
  { name: 'labs', hash: '#/labs' },
  { name: 'drills', hash: '#/drills', readme: true },
  {
    name: 'drill-question',
    hash: '#/drills',
    then: async (page) => {
      await click(page, 'button', 'Start drill');
      await page.getByRole('button', { name: /^(Submit answer|Check)$/ }).waitFor();
    },
  },
  { name: 'exam', hash: '#/drills/exam' },
  { name: 'iam-dashboard', hash: '#/iam' },
  { name: 'iam-users', hash: '#/iam/users', readme: true },
  { name: 'iam-user', hash: '#/iam/users/key-admin' },
  { name: 'iam-groups', hash: '#/iam/groups' },
  { name: 'iam-roles', hash: '#/iam/roles' },
  { name: 'iam-policies', hash: '#/iam/policies' },
  { name: 'iam-create-user', hash: '#/iam/users/create' },
  { name: 'kms-keys', hash: '#/kms/keys/customer', readme: true },
  { name: 'kms-keys-nav-folded', hash: '#/kms/keys/customer', then: (page) => click(page, 'button', 'Navigation') },
  { name: 'kms-aws-keys', hash: '#/kms/keys/aws' },
  { name: 'kms-key-stores', hash: '#/kms/custom-key-stores' },
  { name: 'kms-key', hash: key(), readme: true },
  { name: 'kms-key-crypto', hash: key('cryptographic-configuration') },
  { name: 'kms-key-tags', hash: key('tags') },
  { name: 'kms-key-rotation', hash: key('rotation') },
  { name: 'kms-key-aliases', hash: key('aliases') },
  {
    name: 'kms-key-delete-dialog',
    hash: key(),
    then: async (page) => {
      await click(page, 'button', 'Key actions');
      await page.getByRole('menuitem', { name: 'Schedule key deletion' }).click();
      await page.getByRole('dialog').waitFor();
    },
  },
  { name: 'kms-create-configure', hash: '#/kms/create', readme: true },
  { name: 'kms-create-labels', hash: '#/kms/create', then: (page) => wizardTo(page, 'Add labels') },
  { name: 'kms-create-admins', hash: '#/kms/create', then: (page) => wizardTo(page, 'Define key administrative permissions') },
  { name: 'kms-create-users', hash: '#/kms/create', then: (page) => wizardTo(page, 'Define key usage permissions') },
  { name: 'kms-create-review', hash: '#/kms/create', then: (page) => wizardTo(page, 'Review') },
  {
    name: 'kms-create-done',
    hash: '#/kms/create',
    then: async (page) => {
      await wizardTo(page, 'Review');
      await click(page, 'button', 'Finish');
      await page.locator('.flash').first().waitFor();
    },
  },
  { name: 'acm-list', hash: '#/acm', readme: true },
  { name: 'acm-certificate', hash: (s) => `#/acm/certificates/${s.certificateId}` },
  { name: 'acm-request', hash: '#/acm/certificates/request' },
  { name: 'acm-private-cas', hash: '#/acm/private-cas' },
  { name: 'event-history', hash: '#/cloudtrail', readme: true },
  { name: 'cloudshell', hash: '#/cloudshell', readme: true },
  { name: 'envelope-files', hash: '#/envelope/files' },
  { name: 'envelope-visualizer', hash: '#/envelope/visualizer', readme: true },
  { name: 'your-data', hash: '#/settings/data' },
  { name: 'simplified', hash: '#/about/simplified' },
  { name: 'lab-panel', hash: '#/kms/keys/customer', lab: 'create-cmk', readme: true },
  { name: 'cloudshell-docked', hash: '#/kms/keys/customer', cloudShell: true },
  { name: 'lab-and-cloudshell', hash: key(), lab: 'cli-encrypt', cloudShell: true, readme: true },
  {
    name: 'lab-and-cloudshell-tall',
    hash: key(),
    lab: 'cli-encrypt',
    cloudShell: true,
    // CloudShell's dock dragged (here: keyed) to its tallest: the screen above keeps a few lines.
    then: async (page) => {
      await page.getByRole('separator', { name: 'Resize CloudShell' }).press('End');
    },
  },
];

/** Waits until the screen shows its own heading (not the last screen's) and nothing is loading. */
async function settled(page: Page) {
  await page.locator('main h1:not([data-previous])').first().waitFor();
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });
}

async function go(page: Page, s: Seed, hash: string) {
  const url = s.base + hash;
  // The same address again: a reload, so the screen starts afresh (wizard at its first step, no dialog open).
  if (page.url() === url) await page.reload();
  else {
    // The next screen's own heading, not the last one's on its way out (a tab of the same page keeps its heading).
    const samePage = page.url().split('?tab=')[0] === url.split('?tab=')[0];
    if (!samePage) await page.evaluate(() => document.querySelectorAll('h1').forEach((e) => e.setAttribute('data-previous', '')));
    await page.goto(url);
  }
  await settled(page);
}

async function closePanels(page: Page) {
  const closeLab = page.getByRole('button', { name: 'Close lab panel' });
  if (await closeLab.count()) await closeLab.click();
  const closeShell = page.getByRole('region', { name: 'CloudShell' }).getByRole('button', { name: /^Close/ });
  if (await closeShell.count()) await closeShell.first().click();
  // The service navigation unfolded and CloudShell's docked height back to its default (both are kept in the browser).
  const folded = page.locator('.side-nav__toggle[aria-expanded="false"]');
  if (await folded.count()) await folded.click();
  await page.evaluate(() => localStorage.removeItem('kms-lab:dock-height'));
}

/** Shows a screen in the state its entry describes, from wherever the page is. */
export async function openScreen(page: Page, screen: Screen, s: Seed) {
  await closePanels(page);
  const hash = typeof screen.hash === 'function' ? screen.hash(s) : screen.hash;
  if (screen.lab) {
    await go(page, s, `#/labs/${screen.lab}`);
    await page.getByRole('complementary').first().waitFor();
  }
  await go(page, s, hash);
  if (screen.cloudShell) {
    await click(page, 'button', /^CloudShell/);
    await page.getByRole('textbox', { name: 'Command' }).waitFor();
  }
  await screen.then?.(page, s);
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });
  // Fonts and the last layout of what just opened.
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)))));
}

async function shell(page: Page, line: string): Promise<string> {
  const input = page.getByRole('textbox', { name: 'Command' });
  const before = await page.locator('.terminal__line').count();
  await input.fill(line);
  await input.press('Enter');
  await page.waitForFunction(
    (n) => document.querySelectorAll('.terminal__line').length > n && document.querySelector('[role="log"]')?.getAttribute('aria-busy') !== 'true',
    before + 1,
  );
  const lines = await page.locator('.terminal__line').allInnerTexts();
  return lines.slice(before + 1).join('\n');
}

/**
 * A fresh visitor's account, seeded: the separation-of-duties scenario, a signing key, a DNS-validated
 * certificate request. `mode` is the theme (from the context's colour scheme) or presenter mode.
 */
export async function seedAccount(page: Page, siteUrl: string, mode: Mode): Promise<Seed> {
  const base = siteUrl + (mode === 'presenter' ? '?presenter=1' : '');
  await page.goto(`${base}#/scenario/separation-of-duties`);
  await page.getByRole('button', { name: /^Signed in as root/ }).waitFor();
  await click(page, 'button', 'Load scenario');
  await page.getByRole('dialog').getByRole('button', { name: 'Load scenario' }).click();
  await page.getByText(/Scenario .* loaded/).waitFor();
  await page.goto(`${base}#/cloudshell`);
  await page.getByRole('textbox', { name: 'Command' }).waitFor();
  await shell(page, 'aws kms create-key --key-spec RSA_2048 --key-usage SIGN_VERIFY --description "Course demo key"');
  const arn = (
    await shell(page, 'aws acm request-certificate --domain-name www.example.com --validation-method DNS --output text --query CertificateArn')
  ).trim();
  const keyId = (await shell(page, 'aws kms describe-key --key-id alias/sod-demo --output text --query KeyMetadata.KeyId')).trim();
  await shell(page, 'aws kms encrypt --key-id alias/sod-demo --plaintext aGVsbG8= --output text --query KeyId');
  return { base, keyId, certificateId: arn.split('/').pop()! };
}

/**
 * A lighter seed for the main screens (those shown in the README, which need no certificate): the
 * separation-of-duties scenario alone, its key's id read from its row's link in the key list.
 */
export async function seedScenario(page: Page, siteUrl: string): Promise<Seed> {
  await page.goto(`${siteUrl}#/scenario/separation-of-duties`);
  await page.getByRole('button', { name: /^Signed in as root/ }).waitFor();
  await click(page, 'button', 'Load scenario');
  await page.getByRole('dialog').getByRole('button', { name: 'Load scenario' }).click();
  await page.getByText(/Scenario .* loaded/).waitFor();
  await page.goto(`${siteUrl}#/kms/keys/customer`);
  const link = page.getByRole('row').filter({ hasText: 'sod-demo' }).getByRole('link').first();
  const href = (await link.getAttribute('href', { timeout: 30_000 })) ?? '';
  return { base: siteUrl, keyId: href.split('/').pop()!, certificateId: '' };
}
