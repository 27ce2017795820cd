/**
 * The lab panel as a learner meets it in real Chromium, with lab 3 in CloudShell: the open lab
 * and its chosen step come back after a reload; Reset lab names what it will delete (files the
 * learner made or changed) and gives CloudShell's home back its starting files; a likely wrong
 * attempt (the ciphertext saved as base64 text, without | base64 --decode) is named as such, and
 * missed checks are not drill answers (no review counted, no new card of the day used).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './journeys/test';
import { type } from './journeys/cloudshell';
import { h1, openService, saved, visit } from './journeys/site';

const LAB = 'Encrypt, decrypt and re-encrypt a file with the CLI';
const panel = (page: Page) => page.getByRole('complementary', { name: LAB });

/** Opens lab 3 from its address, resets it to its starting state and opens CloudShell beside it. */
async function startLab3(page: Page) {
  await h1(page, LAB);
  await panel(page).getByRole('button', { name: 'Reset lab' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset lab' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await openService(page, /^CloudShell/);
  await h1(page, 'CloudShell');
  await expect(panel(page)).toBeVisible();
}

test.describe('the lab panel', () => {
  test('comes back after a reload with the lab and the step the learner chose', async ({ site }) => {
    const page = await site.open({}, '#/labs/cli-encrypt');
    await startLab3(page);
    await panel(page)
      .getByRole('button', { name: /Decrypt it back into decryptedsecret\.txt/ })
      .click();
    await expect(panel(page).getByRole('heading', { name: 'Step 2: Decrypt it back into decryptedsecret.txt' })).toBeVisible();
    await saved(page);
    await page.reload();
    await h1(page, 'CloudShell');
    await expect(panel(page).getByRole('heading', { name: 'Step 2: Decrypt it back into decryptedsecret.txt' })).toBeVisible();
    await expect(panel(page).getByRole('button', { name: /Decrypt it back into decryptedsecret\.txt/ })).toHaveAttribute('aria-current', 'step');
  });

  test("Reset lab names the files it will delete or overwrite, then gives CloudShell's home its starting files", async ({ site }) => {
    const page = await site.open({}, '#/labs/cli-encrypt');
    await startLab3(page);
    await type(page, 'echo mine > notes.txt');
    await type(page, 'echo changed > secret.txt');
    await panel(page).getByRole('button', { name: 'Reset lab' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reset lab 3?' });
    await expect(dialog.getByText('notes.txt, secret.txt', { exact: true })).toBeVisible();
    await expect(dialog).toContainText('Your progress in this lab starts over. This cannot be undone.');
    await dialog.getByRole('button', { name: 'Reset lab' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(await type(page, 'ls')).toEqual(['secret.txt']);
    expect(await type(page, 'cat secret.txt')).not.toContain('changed');
  });

  test('names a likely mistake: the ciphertext saved as base64 text, without | base64 --decode', async ({ site }) => {
    const page = await site.open({}, '#/labs/cli-encrypt');
    await startLab3(page);
    await type(page, 'aws kms encrypt --key-id alias/myCMK --plaintext fileb://secret.txt --output text --query CiphertextBlob > encryptedsecret.txt');
    await panel(page).getByRole('button', { name: 'Check my progress' }).click();
    const result = panel(page).getByRole('status');
    await expect(result).toContainText('Not yet.');
    await expect(result).toContainText(/encryptedsecret\.txt holds base64 text .* \| base64 --decode/);
    await expect(result).toBeInViewport();

    // A missed check is not an answer: another miss, and the drills count no review and keep every new card of the day.
    await panel(page).getByRole('button', { name: 'Check my progress' }).click();
    await expect(result).toContainText('Not yet.');
    await visit(page, '#/drills');
    await expect(page.getByText(/reviews so far/)).toHaveText('0 reviews so far');
    await expect(page.getByText(/new cards left today/)).toHaveText('10 new cards left today (of 10 a day)');
  });
});
