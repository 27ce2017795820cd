/**
 * Envelope encryption through the UI in real Chromium: a generated file (ENVELOPE_E2E_MIB, 64 MiB
 * by default: 64 one-MiB frames; `npm run bench:envelope:browser` streams 1 GiB) is encrypted with a KMS key chosen by alias, with progress shown, then decrypted;
 * the SHA-256 of the round trip matches. One flipped byte of the encrypted file gives the precise
 * error. The visualizer plays, pauses, steps and honours reduced motion. axe: no serious issues.
 */
import { createHash, randomFillSync } from 'node:crypto';
import { mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './journeys/test';
import { seriousViolations } from './journeys/axe';
import { h1, visit } from './journeys/site';

const MIB = Number(process.env.ENVELOPE_E2E_MIB ?? 64);
/** opfs (default) or memory: which output the runs choose. */
const OUTPUT = process.env.ENVELOPE_E2E_OUTPUT ?? 'opfs';
let dir = '';
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kms-lab-envelope-'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

function generate(path: string, mib: number) {
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(1 << 20);
  const hash = createHash('sha256');
  for (let i = 0; i < mib; i++) {
    randomFillSync(chunk);
    hash.update(chunk);
    writeSync(fd, chunk);
  }
  closeSync(fd);
  return hash.digest('hex');
}

/**
 * The visualizer's stage at rest: no object half faded in or out. axe measures the colours of the
 * frame it sees, and a fading label's contrast is a passing frame's, not the screen's.
 */
const stageAtRest = (page: Page) =>
  page.waitForFunction(() => [...document.querySelectorAll('.env-objects *')].every((e) => getComputedStyle(e).opacity === '1'));

const sha256File = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A key with alias/files, made in CloudShell as a learner would. */
async function createKey(page: Page) {
  await visit(page, '#/cloudshell');
  const cmd = page.getByRole('textbox', { name: 'Command' });
  await cmd.fill('aws kms create-key --query KeyMetadata.KeyId --output text');
  await cmd.press('Enter');
  const id = await page
    .getByRole('log')
    .getByText(/^[0-9a-f]{8}-[0-9a-f-]{27}$/)
    .first()
    .innerText();
  await cmd.fill(`aws kms create-alias --alias-name alias/files --target-key-id ${id.trim()}`);
  await cmd.press('Enter');
  return id.trim();
}

async function runFile(page: Page, path: string, action: 'Encrypt' | 'Decrypt') {
  await page.locator('input[type=file]').setInputFiles(path);
  if (action === 'Encrypt') await page.getByLabel('KMS key (alias)').selectOption('alias/files');
  await page.getByLabel('Output').selectOption(OUTPUT);
  const clicked = Date.now();
  await page.getByRole('button', { name: action, exact: true }).click();
  return clicked;
}

/** The speed the screen showed last (MiB/s over the worker's run). */
const shownRate = async (job: ReturnType<Page['getByTestId']>) => /([\d.]+) MiB\/s/.exec(await job.innerText())?.[1];

test.describe('envelope encryption of files', () => {
  test(`encrypts and decrypts a ${MIB} MiB file, shows progress, and names a flipped byte`, async ({ site, input }) => {
    // Its controls are the ones the cancel and visualizer journeys operate with the keyboard; the
    // minutes it spends are in the file's bytes.
    test.skip(input === 'keyboard', 'the same controls as the shorter journeys below, for a large file');
    test.setTimeout(600_000);
    const page = await site.open();
    await createKey(page);
    await visit(page, '#/envelope/files');
    await h1(page, 'Encrypt files');
    const plainPath = join(dir, 'report.pdf');
    const digest = generate(plainPath, MIB);
    expect(await seriousViolations(page)).toEqual([]);

    const started = await runFile(page, plainPath, 'Encrypt');
    const job = page.getByTestId('envelope-job').nth(0);
    await expect(job.getByRole('progressbar')).toBeVisible();
    await expect(job).toHaveText(/\d+% · [\d.]+ (B|KB|MB) of [\d.]+ MB · [\d.]+ MiB\/s · Time left/, { timeout: 10_000 });
    const encLink = job.getByRole('link', { name: 'Download report.pdf.encrypted' });
    await expect(encLink).toBeVisible({ timeout: 300_000 });
    const encSecs = (Date.now() - started) / 1000;
    const [download] = await Promise.all([page.waitForEvent('download'), encLink.click()]);
    const encPath = join(dir, 'report.pdf.encrypted');
    await download.saveAs(encPath);
    await expect(job).toContainText('100%');
    expect(await seriousViolations(page)).toEqual([]);

    const t2 = await runFile(page, encPath, 'Decrypt');
    const decJob = page.getByTestId('envelope-job').nth(1);
    const decLink = decJob.getByRole('link', { name: 'Download report.pdf' });
    await expect(decLink).toBeVisible({ timeout: 300_000 });
    const decSecs = (Date.now() - t2) / 1000;
    const [download2] = await Promise.all([page.waitForEvent('download'), decLink.click()]);
    const outPath = join(dir, 'report.pdf.out');
    await download2.saveAs(outPath);
    expect(sha256File(outPath)).toBe(digest);
    console.log(
      `envelope e2e: ${MIB} MiB, click to download link: encrypt ${encSecs.toFixed(1)} s (${(MIB / encSecs).toFixed(0)} MiB/s), decrypt ${decSecs.toFixed(1)} s (${(MIB / decSecs).toFixed(0)} MiB/s); last speed shown: encrypt ${await shownRate(job)} MiB/s, decrypt ${await shownRate(decJob)} MiB/s`,
    );

    const bytes = readFileSync(encPath);
    const at = bytes.length - (1 << 19); // inside the last regular frame's ciphertext
    bytes[at]! ^= 0x01;
    const badPath = join(dir, 'tampered.pdf.encrypted');
    writeFileSync(badPath, bytes);
    await runFile(page, badPath, 'Decrypt');
    const bad = page.getByTestId('envelope-job').nth(2);
    await expect(bad.getByRole('alert')).toHaveText(
      /^Decryption failed: Frame \d+ \(bytes \d+-\d+ of the file\) failed authentication: the file was altered or corrupted\. Nothing was kept\.$/,
      { timeout: 120_000 },
    );
    await expect(bad.getByRole('link')).toHaveCount(0);
  });
});

test.describe('cancel', () => {
  test('stops a running encryption and leaves no partial output in browser storage', async ({ site }) => {
    test.slow(); // a long journey: three times the default time
    const page = await site.open();
    await createKey(page);
    await visit(page, '#/envelope/files');
    await h1(page, 'Encrypt files');
    const path = join(dir, 'big.bin');
    generate(path, 64);
    // 4096-byte frames make the run long enough to cancel midway.
    await page.getByLabel('Frame length').selectOption('4096');
    await runFile(page, path, 'Encrypt');
    const job = page.getByTestId('envelope-job').last();
    await expect.poll(() => job.getByRole('progressbar').evaluate((e) => (e as HTMLProgressElement).value), { timeout: 30_000 }).toBeGreaterThan(0);
    await job.getByRole('button', { name: 'Cancel' }).click();
    await expect(job.getByRole('alert')).toHaveText('Cancelled: no output was kept.');
    await expect(job.getByRole('link')).toHaveCount(0);
    const leftovers = await page.evaluate(async () => {
      const names: string[] = [];
      for await (const name of ((await navigator.storage.getDirectory()) as any).keys()) names.push(name);
      return names;
    });
    expect(leftovers).toEqual([]);
  });
});

test.describe('the envelope visualizer', () => {
  async function demo(page: Page) {
    await createKey(page);
    await visit(page, '#/envelope/visualizer');
    await h1(page, 'Envelope encryption, step by step');
    await page.getByLabel('KMS key for the demo').selectOption('alias/files');
    await page.getByLabel('Demo file size').selectOption({ label: '2.5 MiB (generated)' });
    await page.getByRole('button', { name: 'Run and play' }).click();
    return page.getByTestId('env-caption');
  }

  /**
   * How many different places the data key is drawn at, frame by frame, from before `step` runs
   * until 1.6 s after it has run: sampled in the page, so the count does not depend on how fast
   * the test talks to the browser or how long a keyboard user's way to the button takes.
   */
  async function dataKeyPositions(page: Page, step: () => Promise<void>) {
    await page.evaluate(() => {
      const w = window as unknown as { xs: number[]; sampling: boolean };
      w.xs = [];
      w.sampling = true;
      const frame = () => {
        const el = document.querySelector('[data-object="data-key"]');
        if (el) w.xs.push(Math.round(el.getBoundingClientRect().x));
        if (w.sampling) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    await step();
    await page.waitForTimeout(1600);
    return page.evaluate(() => {
      const w = window as unknown as { xs: number[]; sampling: boolean };
      w.sampling = false;
      return new Set(w.xs).size;
    });
  }

  test('plays as soon as the run is made, pauses, steps, shows the tally, and is accessible', { tag: '@keyboard' }, async ({ site }) => {
    const page = await site.open();
    const caption = await demo(page);
    // It plays by itself: the first step gives way to the next with no click on Play.
    await expect(caption).toBeVisible();
    await expect(caption).not.toHaveText(/^Ask KMS for a data key\./, { useInnerText: true, timeout: 15_000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Restart' }).click();
    await expect(caption).toHaveText(/^Ask KMS for a data key\. GenerateDataKey for KMS key [0-9a-f-]{36}/, { useInnerText: true });
    await expect(page.getByTestId('env-tally')).toHaveText(
      /Sent to KMS\s+\d+ B\s+Received from KMS\s+0 B\s+Stayed local\s+0 B[\s\S]*impossible in one call[\s\S]*640 requests/,
      { useInnerText: true },
    );
    // The data key travels from KMS into the browser.
    expect(await dataKeyPositions(page, () => page.getByRole('button', { name: 'Step forward' }).click())).toBeGreaterThan(2);
    await expect(caption).toHaveText(/^KMS returns the data key twice\./, { useInnerText: true });
    await page.getByRole('button', { name: 'Step back' }).click();
    await expect(caption).toHaveText(/^Ask KMS/, { useInnerText: true });
    // At half speed a step lasts 2.8 s: the eight steps left after the next one leave time to pause
    // before the run ends by itself, also on a busy machine (Play and Pause are the same button:
    // a Pause pressed after the end would replay the run).
    await page.getByLabel('Speed').selectOption('0.5');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(caption).toHaveText(/^KMS returns/, { useInnerText: true, timeout: 15_000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toHaveAttribute('aria-pressed', 'false');
    const paused = await caption.innerText();
    await page.getByLabel('Speed').selectOption('2');
    await page.waitForTimeout(2000); // nearly three steps at 2x: nothing moves while paused
    await expect(caption).toHaveText(paused);
    await page.getByRole('group', { name: 'Envelope encryption animation' }).focus();
    await page.keyboard.press('Home');
    await expect(caption).toHaveText(/^Ask KMS/, { useInnerText: true });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(caption).toHaveText(/^Encrypt the file in your browser\./, { useInnerText: true });
    await expect(page.getByTestId('env-tally')).toHaveText(/Stayed local\s+2\.5 MB/, { useInnerText: true });
    await expect(caption).toHaveAttribute('aria-live', 'polite');
    await stageAtRest(page);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("a newcomer encrypts a file, watches that run, and reads a field of the stored file with that file's own bytes", async ({ site }) => {
    test.slow();
    const page = await site.open();
    await createKey(page);
    await visit(page, '#/envelope/files');
    await h1(page, 'Encrypt files');
    const plainPath = join(dir, 'notes.bin');
    generate(plainPath, 3);
    await runFile(page, plainPath, 'Encrypt');
    const job = page.getByTestId('envelope-job').nth(0);
    const encLink = job.getByRole('link', { name: 'Download notes.bin.encrypted' });
    await expect(encLink).toBeVisible({ timeout: 120_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), encLink.click()]);
    const encPath = join(dir, 'notes.bin.encrypted');
    await download.saveAs(encPath);

    await job.getByRole('link', { name: 'Watch this run step by step' }).click();
    await h1(page, 'Envelope encryption, step by step');
    const caption = page.getByTestId('env-caption');
    await expect(caption).toBeVisible();
    // That run plays at once: a later step takes over from the first with no click on Play.
    await expect(caption).not.toHaveText(/^Ask KMS for a data key\./, { useInnerText: true, timeout: 15_000 });
    const message = page.getByTestId('env-message');
    await expect(message.getByRole('heading', { level: 2 })).toHaveText('The file as stored: notes.bin.encrypted');

    // The encrypted data key's field opens to what it is, and its bytes are the stored file's own.
    const edk = message.locator('[data-field="edk-ciphertext"]').getByRole('button');
    await expect(edk).toHaveAttribute('aria-expanded', 'false');
    await edk.click();
    await expect(edk).toHaveAttribute('aria-expanded', 'true');
    const panel = page.locator(`[id="${await edk.getAttribute('aria-controls')}"]`);
    await expect(panel).toContainText('The CiphertextBlob KMS returned from GenerateDataKey');
    const offset = Number(/Bytes ([\d,]+) to/.exec(await panel.innerText())![1]!.replace(/,/g, ''));
    const shown = (await panel.locator('code').innerText()).trim().split(' ');
    const stored = readFileSync(encPath).subarray(offset, offset + shown.length);
    expect(shown).toEqual(Array.from(stored, (b) => b.toString(16).padStart(2, '0')));
    expect(shown.length).toBeGreaterThan(150); // a 2-byte length, then AWS's 167-byte blob for a 32-byte key
    // The last step, paused (End), its objects at rest.
    await page.getByRole('group', { name: 'Envelope encryption animation' }).focus();
    await page.keyboard.press('End');
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    await stageAtRest(page);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('changes steps without motion under prefers-reduced-motion', async ({ site }) => {
    const page = await site.open({ reducedMotion: 'reduce' });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const caption = await demo(page);
    await expect(caption).toBeVisible();
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Restart' }).click();
    // The same step, the data key drawn in one place only: no movement.
    expect(await dataKeyPositions(page, () => page.getByRole('button', { name: 'Step forward' }).click())).toBe(1);
    await expect(caption).toHaveText(/^KMS returns/, { useInnerText: true });
  });
});
