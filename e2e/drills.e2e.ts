/**
 * Exam drills in real Chromium against the built site: a newcomer answers a drill card, reads why
 * each option is right or wrong, rates it and sees when it is due again (also with the keyboard
 * shortcuts), answers in two tabs at once and keeps both tabs' answers, and takes a 10-question
 * practice set to a score with a review per domain; axe finds no serious or critical violation on
 * the way, in the light and dark themes.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './journeys/test';
import { seriousViolations } from './journeys/axe';
import { h1, loaded } from './journeys/site';

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

test.describe('exam drills', () => {
  test('answers a drill, explains every option, schedules the card with its due date', { tag: '@keyboard' }, async ({ site }) => {
    const page = await site.open({}, '#/drills');
    await h1(page, 'Exam drills');
    const found: string[] = [];
    await axe(page, found);
    await expect(page.getByText(/new cards left today/)).toHaveText(/^10 new cards/);

    await page.getByRole('button', { name: 'Start drill' }).click();
    await expect(page.getByText('What does AWS Key Management Service (KMS) provide?')).toBeVisible();
    await page.getByLabel('A managed service to create and control the keys used to encrypt data').check();
    await axe(page, found);
    await page.getByRole('button', { name: 'Submit answer' }).click();
    await expect(page.getByRole('heading', { name: 'Correct' })).toBeVisible();
    const why = page.getByRole('list', { name: 'Why each option is right or wrong' });
    await expect(why.getByRole('listitem')).toHaveCount(4);
    await expect(why.getByText('Wrong: that is AWS Certificate Manager (ACM).')).toBeVisible();
    await expect(page.getByRole('link', { name: 'KMS 101: What KMS is' })).toBeVisible();
    await axe(page, found);
    await page.getByRole('button', { name: /^3\. Good/ }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Scheduled:' }).first()).toHaveText(
      /What does AWS Key Management Service.*is due again \w{3}, \w{3} \d+/,
    );

    // The next card, with the keyboard: a number picks an option, Enter submits, Enter rates.
    const stem = page.getByText(/^A start-up must encrypt data at rest/);
    await expect(stem).toBeVisible();
    const options = await page.locator('.drill-option').allTextContents();
    const wrongAt = options.findIndex((t) => t.includes('CloudHSM cluster'));
    await page.getByRole('heading', { name: 'Question' }).focus();
    await page.keyboard.press(String(wrongAt + 1));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Incorrect' })).toBeVisible();
    await expect(page.getByText('Wrong: CloudHSM gives single-tenant HSMs but you manage users, keys and high availability.')).toBeVisible();
    await page.getByRole('heading', { name: 'Question' }).focus();
    await page.keyboard.press('Enter');
    // The status is rewritten in place: wait for the second card's line rather than reading the first card's.
    await expect(page.getByRole('status').filter({ hasText: /^Scheduled: “A start-up must encrypt.*is due again/ })).toBeVisible();

    await page.getByRole('button', { name: 'End session' }).click();
    await expect(page.getByRole('heading', { name: 'Accuracy by topic' })).toBeVisible();
    const row = page.getByRole('row', { name: /KMS basics and API calls/ });
    await expect(row).toContainText('50%');
    await expect(page.getByRole('heading', { name: 'Weakest facts' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Exam readiness by domain' })).toBeVisible();
    // Progress survives a reload (IndexedDB).
    await page.reload();
    await h1(page, 'Exam drills');
    await expect(page.getByText(/reviews so far/)).toHaveText(/^2 reviews/);
    expect(found).toEqual([]);
  });

  test('answers given in two tabs of the same browser add up: neither tab replaces what the other saved', async ({ site }) => {
    const first = await site.open({}, '#/drills');
    await h1(first, 'Exam drills');
    // A second tab, opened before the first answers anything: it has read the same empty progress.
    const second = await first.context().newPage();
    await second.goto(site.url + '#/drills');
    await h1(second, 'Exam drills');
    for (const tab of [first, second]) await expect(tab.getByText(/reviews so far/)).toHaveText(/^0 reviews/);

    for (const tab of [first, second]) {
      await tab.getByRole('button', { name: 'Start drill' }).click();
      await expect(tab.getByText('What does AWS Key Management Service (KMS) provide?')).toBeVisible();
      await tab.getByLabel('A managed service to create and control the keys used to encrypt data').check();
      await tab.getByRole('button', { name: 'Submit answer' }).click();
      await expect(tab.getByRole('heading', { name: 'Correct' })).toBeVisible();
      await tab.getByRole('button', { name: /^3\. Good/ }).click();
      await expect(tab.getByRole('status').filter({ hasText: 'Scheduled:' }).first()).toHaveText(/is due again/);
    }

    // Both answers are kept, whichever tab saved last.
    for (const tab of [second, first]) {
      await tab.reload();
      await h1(tab, 'Exam drills');
      await expect(tab.getByText(/reviews so far/)).toHaveText(/^2 reviews/);
    }
  });

  test('takes a 10-question exam and gets a score with the pass mark and a review', async ({ site }) => {
    const page = await site.open({ colorScheme: 'dark' }, '#/drills/exam');
    await h1(page, 'Practice exam');
    const found: string[] = [];
    await axe(page, found);
    await expect(page.getByLabel(/^Full exam: 65 questions, 170 minutes/)).toBeChecked();
    await page.getByLabel('Shorter practice set (all questions scored)').check();
    await expect(page.getByLabel('Time (minutes)')).toHaveValue('52');
    await page.getByLabel('Number of questions').fill('10');
    await expect(page.getByLabel('Time (minutes)')).toHaveValue('26');
    await page.getByRole('button', { name: 'Start exam' }).click();
    await expect(page.getByRole('timer')).toBeVisible();
    for (let i = 1; i <= 10; i++) {
      await expect(page.getByRole('heading', { name: `Question ${i} of 10` })).toBeVisible();
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
      await expect(page.getByText(/^(Correct|Incorrect)$/)).toHaveCount(0);
      if (i < 10) await page.getByRole('button', { name: 'Next' }).click();
    }
    await expect(page.getByText('10 of 10 answered')).toHaveCount(1);
    await page.getByRole('button', { name: 'Submit exam' }).click();
    await expect(page.getByRole('heading', { name: /^Your score: \d+ \/ 1000 \((Pass|Fail)\)$/ })).toBeVisible();
    await expect(page.getByText(/^Pass mark: 750\./)).toBeVisible();
    await expect(page.locator('.exam-review > li')).toHaveCount(10);
    const domains = page.getByRole('table', { name: 'Scored questions and share right per exam domain' });
    await expect(domains).toBeVisible();
    expect(await domains.getByRole('row').count()).toBeGreaterThan(1);
    await axe(page, found);
    await page.getByRole('link', { name: 'Back to drills' }).click();
    await expect(page.getByRole('heading', { name: 'Practice exams' })).toBeVisible();
    expect(found).toEqual([]);
  });

  test("checks a typed CLI command with the lab's own CLI, and a simulator task against the account", async ({ site }) => {
    const page = await site.open({}, '#/drills/q/cli-gdk');
    await expect(page.getByText(/Type the command that generates a 256-bit data key/)).toBeVisible();
    const found: string[] = [];
    await axe(page, found);
    await page.getByLabel('Your command').fill('aws kms generate-data-key --key-id alias/myCMK --key-spec AES_128');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Incorrect' })).toBeVisible();
    await expect(page.getByText(/parameters are not the ones asked for/)).toBeVisible();
    await page.getByRole('button', { name: /^1\. Again/ }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Scheduled:' }).first()).toBeVisible();

    await page.goto(`${site.url}#/drills`);
    await h1(page, 'Exam drills');
    await page.goto(`${site.url}#/drills/q/cli-gdk`);
    await page.getByLabel('Your command').fill('aws kms generate-data-key --number-of-bytes 32 --key-id $KEY_ID');
    await page.getByRole('button', { name: 'Submit answer' }).click();
    await expect(page.getByRole('heading', { name: 'Correct' })).toBeVisible();
    await expect(page.getByText('aws kms generate-data-key --key-id alias/myCMK --key-spec AES_256')).toBeVisible();
    await axe(page, found);

    await page.goto(`${site.url}#/drills/q/task-disable-key`);
    await page.getByRole('button', { name: 'Check' }).click();
    await expect(page.getByRole('heading', { name: 'Incorrect' })).toBeVisible();
    await expect(page.getByText('No key has the alias alias/drill-disabled in us-east-1.')).toBeVisible();

    // Do it in CloudShell, then the same card's check passes (it reads a copy of the account).
    await page.goto(`${site.url}#/cloudshell`);
    await inShell(page, 'aws kms create-alias --alias-name alias/drill-disabled --target-key-id $(aws kms create-key --query KeyMetadata.KeyId --output text)');
    await inShell(page, 'aws kms disable-key --key-id $(aws kms describe-key --key-id alias/drill-disabled --query KeyMetadata.KeyId --output text)');
    await page.goto(`${site.url}#/drills`);
    await h1(page, 'Exam drills');
    await page.goto(`${site.url}#/drills/q/task-disable-key`);
    await page.getByRole('button', { name: 'Check' }).click();
    await expect(page.getByRole('heading', { name: 'Correct' })).toBeVisible();
    await expect(page.getByText('Done: the account is configured as asked.')).toBeVisible();
    expect(found).toEqual([]);
  });
});
