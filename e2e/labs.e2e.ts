/**
 * Guided labs in real Chromium: a newcomer opens lab 2 from its link, resets to its starting
 * state, checks too early (and reads why), creates the key in the console wizard with the side
 * panel open, and passes; then lab 3 in CloudShell, checking after each command, to completion.
 * The panel follows them across screens; axe finds nothing serious on the learning path, a
 * module page with diagrams, and the panel.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './journeys/test';
import { seriousViolations } from './journeys/axe';
import { type } from './journeys/cloudshell';
import { h1, openService, visit } from './journeys/site';

const panel = (page: Page, title: string | RegExp) => page.getByRole('complementary', { name: title });

async function resetLab(page: Page, title: string) {
  await panel(page, title).getByRole('button', { name: 'Reset lab' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset lab' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

/** Presses "Check my progress" and returns the announced result once it contains `expected`. */
async function check(page: Page, title: string, expected: string | RegExp): Promise<string> {
  const p = panel(page, title);
  await p.getByRole('button', { name: 'Check my progress' }).click();
  const result = p.locator('.lab-panel__result');
  await expect(result.filter({ hasText: expected })).toBeVisible();
  return result.innerText();
}

test.describe('guided labs', () => {
  test('lab 2 in the console: a failed check with its reason, then the wizard, then a pass', { tag: '@keyboard' }, async ({ site }) => {
    const LAB = 'Create a CMK with alias, description, administrators and users';
    const page = await site.open({}, '#/labs/create-cmk');
    await h1(page, LAB);
    await expect(panel(page, LAB).getByText(/Goal:/)).toBeVisible();
    await resetLab(page, LAB);

    const early = await check(page, LAB, 'Not yet.');
    expect(early).toContain('There is no alias alias/myCMK in us-east-1 yet');

    // The panel stays open while the learner works in the console.
    await openService(page, /^Key Management Service/);
    await h1(page, 'Customer managed keys');
    await expect(panel(page, LAB)).toBeVisible();
    await page.getByRole('link', { name: 'Create key' }).first().click();
    await h1(page, 'Configure key');
    await page.getByRole('button', { name: 'Next' }).click();
    await h1(page, 'Add labels');
    await page.getByRole('textbox', { name: 'Alias' }).fill('myCMK');
    await page.getByRole('textbox', { name: 'Description' }).fill('Protects the course secrets');
    await page.getByRole('button', { name: 'Next' }).click();
    await h1(page, 'Define key administrative permissions');
    await page.getByRole('checkbox', { name: 'myKeyManager', exact: true }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await h1(page, 'Define key usage permissions');
    // Halfway: the administrator is chosen but the key does not exist yet.
    expect(await check(page, LAB, 'Not yet.')).toContain('There is no alias alias/myCMK');
    await page.getByRole('checkbox', { name: 'myKeyUser', exact: true }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await h1(page, 'Review');
    await page.getByRole('button', { name: 'Finish' }).click();
    await h1(page, 'myCMK');

    const done = await check(page, LAB, 'is complete');
    expect(done).toContain('Passed. All 3 steps pass');
    await visit(page, '#/learn');
    await h1(page, 'Learning path');
    await expect(page.getByText('Lab 2: Create a CMK with alias, description, administrators and users')).toBeVisible();
    expect(
      await page
        .getByRole('listitem')
        .filter({ hasText: /^Lab 2: Create a CMK/ })
        .innerText(),
    ).toContain('Complete');
    await expect(page.getByRole('link', { name: /Continue where I left off: lab 2/ })).toBeVisible();
  });

  test('lab 3 in CloudShell, checked after each command', async ({ site }) => {
    const LAB = 'Encrypt, decrypt and re-encrypt a file with the CLI';
    const page = await site.open({}, '#/labs/cli-encrypt');
    await h1(page, LAB);
    await resetLab(page, LAB);
    await openService(page, /^CloudShell/);
    await h1(page, 'CloudShell');
    await expect(panel(page, LAB)).toBeVisible();

    // Encrypted, but the ciphertext was not saved: the check looks at the home directory too.
    await type(page, 'aws kms encrypt --key-id alias/myCMK --plaintext fileb://secret.txt');
    expect(await check(page, LAB, 'Not yet.')).toContain('encryptedsecret.txt is not in your home directory');
    await type(
      page,
      'aws kms encrypt --key-id alias/myCMK --plaintext fileb://secret.txt --output text --query CiphertextBlob | base64 --decode > encryptedsecret.txt',
    );
    expect(await check(page, LAB, 'Not yet.')).toContain('No successful Decrypt of a ciphertext of alias/myCMK');
    await type(page, 'aws kms decrypt --ciphertext-blob fileb://encryptedsecret.txt --output text --query Plaintext | base64 --decode > decryptedsecret.txt');
    expect(await check(page, LAB, 'Not yet.')).toContain('No successful ReEncrypt');
    await type(page, 'aws kms re-encrypt --destination-key-id alias/myOtherCMK --ciphertext-blob fileb://encryptedsecret.txt | base64 > newencryption.txt');
    expect(await check(page, LAB, 'is complete')).toContain('Passed. All 3 steps pass');
  });

  test('a step link opens that step; hints and the solution work with the keyboard; axe finds nothing serious', async ({ site }) => {
    const LAB = 'Automatic key rotation';
    const page = await site.open({}, '#/labs/rotation/decrypt-old');
    const p = panel(page, LAB);
    await expect(p.getByRole('heading', { name: 'Step 4: Decrypt the old ciphertext' })).toBeVisible();
    await p.getByRole('button', { name: 'Show a hint (1 of 3)' }).focus();
    await page.keyboard.press('Enter');
    await expect(p.getByText(/the ciphertext carries its key and material id/)).toBeVisible();
    await p.getByRole('button', { name: 'Show solution' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Show solution' }).click();
    await expect(
      p.getByText('aws kms decrypt --ciphertext-blob fileb://old-secret.bin --output text --query Plaintext | base64 --decode').first(),
    ).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await visit(page, '#/learn');
    await h1(page, 'Learning path');
    expect(await seriousViolations(page)).toEqual([]);
    await visit(page, '#/learn/envelope-encryption');
    await h1(page, 'Envelope encryption');
    await expect(page.getByRole('img', { name: /Envelope encryption/ })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
