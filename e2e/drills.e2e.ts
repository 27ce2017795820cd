/**
 * Exam drills in real Chromium against the built site: a newcomer answers a drill card, reads why
 * each option is right or wrong, rates it and sees when it is due again (also with the keyboard
 * shortcuts), and takes a 10-question practice set to a score with a review per domain; axe finds no
 * serious or critical violation on the way, in the light and dark themes.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './journeys/axe';
import { h1, loaded, useSite } from './journeys/site';

const site = useSite();

/** Types a line in CloudShell and waits until it has run (its echo is on screen, the log not busy). */
async function inShell(page: Page, line: string) {
  const echo = `[cloudshell-user@cloudshell ~]$ ${line}`;
  await page.getByRole('textbox', { name: 'Command' }).fill(line);
  await page.keyboard.press('Enter');
  await page.waitForFunction((text) => {
    const log = document.querySelector('[role="log"]');
    return [...(log?.querySelectorAll('.terminal__line') ?? [])].some((l) => l.textContent === text) && log?.getAttribute('aria-busy') !== 'true';
  }, echo);
}

async function axe(page: Page, found: string[]) {
  await loaded(page);
  found.push(...(await seriousViolations(page)));
}

describe('exam drills', () => {
  it('answers a drill, explains every option, schedules the card with its due date', async () => {
    const page = await site.open({}, '#/drills');
    await h1(page, 'Exam drills');
    const found: string[] = [];
    await axe(page, found);
    await expect(page.getByText(/new cards left today/).textContent()).resolves.toMatch(/^10 new cards/);

    await page.getByRole('button', { name: 'Start drill' }).click();
    await page.getByText('What does AWS Key Management Service (KMS) provide?').waitFor();
    await page.getByLabel('A managed service to create and control the keys used to encrypt data').check();
    await axe(page, found);
    await page.getByRole('button', { name: 'Submit answer' }).click();
    await page.getByRole('heading', { name: 'Correct' }).waitFor();
    const why = page.getByRole('list', { name: 'Why each option is right or wrong' });
    await expect(why.getByRole('listitem').count()).resolves.toBe(4);
    await why.getByText('Wrong: that is AWS Certificate Manager (ACM).').waitFor();
    await page.getByRole('link', { name: 'KMS 101: What KMS is' }).waitFor();
    await axe(page, found);
    await page.getByRole('button', { name: /^3\. Good/ }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Scheduled:' }).first().textContent()).resolves.toMatch(
      /What does AWS Key Management Service.*is due again \w{3}, \w{3} \d+/,
    );

    // The next card, with the keyboard: a number picks an option, Enter submits, Enter rates.
    const stem = page.getByText(/^A start-up must encrypt data at rest/);
    await stem.waitFor();
    const options = await page.locator('.drill-option').allTextContents();
    const wrongAt = options.findIndex((t) => t.includes('CloudHSM cluster'));
    await page.getByRole('heading', { name: 'Question' }).focus();
    await page.keyboard.press(String(wrongAt + 1));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Incorrect' }).waitFor();
    await page.getByText('Wrong: CloudHSM gives single-tenant HSMs but you manage users, keys and high availability.').waitFor();
    await page.getByRole('heading', { name: 'Question' }).focus();
    await page.keyboard.press('Enter');
    // The status is rewritten in place: wait for the second card's line rather than reading the first card's.
    await page
      .getByRole('status')
      .filter({ hasText: /^Scheduled: “A start-up must encrypt.*is due again/ })
      .waitFor();

    await page.getByRole('button', { name: 'End session' }).click();
    await page.getByRole('heading', { name: 'Accuracy by topic' }).waitFor();
    const row = page.getByRole('row', { name: /KMS basics and API calls/ });
    await expect(row.textContent()).resolves.toContain('50%');
    await page.getByRole('heading', { name: 'Weakest facts' }).waitFor();
    await page.getByRole('heading', { name: 'Exam readiness by domain' }).waitFor();
    // Progress survives a reload (IndexedDB).
    await page.reload();
    await h1(page, 'Exam drills');
    await expect(page.getByText(/reviews so far/).textContent()).resolves.toMatch(/^2 reviews/);
    expect(found).toEqual([]);
  });

  it('takes a 10-question exam and gets a score with the pass mark and a review', async () => {
    const page = await site.open({ colorScheme: 'dark' }, '#/drills/exam');
    await h1(page, 'Practice exam');
    const found: string[] = [];
    await axe(page, found);
    await expect(page.getByLabel(/^Full exam: 65 questions, 170 minutes/).isChecked()).resolves.toBe(true);
    await page.getByLabel('Shorter practice set (all questions scored)').check();
    await expect(page.getByLabel('Time (minutes)').inputValue()).resolves.toBe('52');
    await page.getByLabel('Number of questions').fill('10');
    await expect(page.getByLabel('Time (minutes)').inputValue()).resolves.toBe('26');
    await page.getByRole('button', { name: 'Start exam' }).click();
    await page.getByRole('timer').waitFor();
    for (let i = 1; i <= 10; i++) {
      await page.getByRole('heading', { name: `Question ${i} of 10` }).waitFor();
      if (i === 1) await axe(page, found);
      // Answer whatever the format (an ordering item always has an order), so no question is left unanswered.
      const radios = page.getByRole('radio');
      const boxes = page.getByRole('checkbox');
      const selects = page.getByRole('combobox');
      if (await radios.count()) await radios.first().check();
      else if (await boxes.count()) {
        await boxes.nth(0).check();
        await boxes.nth(1).check();
      } else for (let s = 0; s < (await selects.count()); s++) await selects.nth(s).selectOption({ index: 1 });
      // No feedback during the exam.
      await expect(page.getByText(/^(Correct|Incorrect)$/).count()).resolves.toBe(0);
      if (i < 10) await page.getByRole('button', { name: 'Next' }).click();
    }
    await expect(page.getByText('10 of 10 answered').count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Submit exam' }).click();
    await page.getByRole('heading', { name: /^Your score: \d+ \/ 1000 \((Pass|Fail)\)$/ }).waitFor();
    await page.getByText(/^Pass mark: 750\./).waitFor();
    await expect(page.locator('.exam-review > li').count()).resolves.toBe(10);
    await expect(page.getByRole('table', { name: 'Scored questions and share right per exam domain' }).getByRole('row').count()).resolves.toBeGreaterThan(1);
    await axe(page, found);
    await page.getByRole('link', { name: 'Back to drills' }).click();
    await page.getByRole('heading', { name: 'Practice exams' }).waitFor();
    expect(found).toEqual([]);
  });

  it("checks a typed CLI command with the lab's own CLI, and a simulator task against the account", async () => {
    const page = await site.open({}, '#/drills/q/cli-gdk');
    await page.getByText(/Type the command that generates a 256-bit data key/).waitFor();
    const found: string[] = [];
    await axe(page, found);
    await page.getByLabel('Your command').fill('aws kms generate-data-key --key-id alias/myCMK --key-spec AES_128');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Incorrect' }).waitFor();
    await page.getByText(/parameters are not the ones asked for/).waitFor();
    await page.getByRole('button', { name: /^1\. Again/ }).click();
    await page.getByRole('status').filter({ hasText: 'Scheduled:' }).first().waitFor();

    await page.goto(`${site.url}#/drills`);
    await h1(page, 'Exam drills');
    await page.goto(`${site.url}#/drills/q/cli-gdk`);
    await page.getByLabel('Your command').fill('aws kms generate-data-key --number-of-bytes 32 --key-id $KEY_ID');
    await page.getByRole('button', { name: 'Submit answer' }).click();
    await page.getByRole('heading', { name: 'Correct' }).waitFor();
    await page.getByText('aws kms generate-data-key --key-id alias/myCMK --key-spec AES_256').waitFor();
    await axe(page, found);

    await page.goto(`${site.url}#/drills/q/task-disable-key`);
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByRole('heading', { name: 'Incorrect' }).waitFor();
    await page.getByText('No key has the alias alias/drill-disabled in us-east-1.').waitFor();

    // Do it in CloudShell, then the same card's check passes (it reads a copy of the account).
    await page.goto(`${site.url}#/cloudshell`);
    await inShell(page, 'aws kms create-alias --alias-name alias/drill-disabled --target-key-id $(aws kms create-key --query KeyMetadata.KeyId --output text)');
    await inShell(page, 'aws kms disable-key --key-id $(aws kms describe-key --key-id alias/drill-disabled --query KeyMetadata.KeyId --output text)');
    await page.goto(`${site.url}#/drills`);
    await h1(page, 'Exam drills');
    await page.goto(`${site.url}#/drills/q/task-disable-key`);
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByRole('heading', { name: 'Correct' }).waitFor();
    await page.getByText('Done: the account is configured as asked.').waitFor();
    expect(found).toEqual([]);
  });
});
