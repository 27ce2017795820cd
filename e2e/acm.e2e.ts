/**
 * The course's last lab as a newcomer does it in real Chromium: get a certificate onto a
 * CloudFront distribution. First try with a certificate requested in Europe (Ireland)
 * eu-west-1: CloudFront refuses it with AWS's error. Then request it in US East (N. Virginia)
 * us-east-1, validate it with "Create records in Route 53", and associate it: the certificate
 * shows the distribution under "In use". axe finds no serious or critical violation on the
 * Certificate Manager screens.
 */
import type { Page } from '@playwright/test';
import { seriousViolations } from './journeys/axe';
import { expect, test } from './journeys/test';
import { flash, h1, openService, saved } from './journeys/site';

const CLOUDFRONT_ERROR = "The specified SSL certificate doesn't exist, isn't in us-east-1 region, isn't valid, or doesn't include a valid certificate chain.";

const acmNav = (page: Page, name: string) => page.getByRole('navigation', { name: 'AWS Certificate Manager' }).getByRole('link', { name, exact: true }).click();

/** Requests a public DNS-validated certificate in the top bar's Region and validates it through Route 53. */
async function requestAndValidate(page: Page, domain: string, checkA11y = false): Promise<string> {
  await acmNav(page, 'Request certificate');
  await h1(page, 'Request certificate');
  await page.getByRole('radio', { name: 'Request a public certificate' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'Request public certificate' })).toBeVisible();
  if (checkA11y) expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel('Fully qualified domain name').fill(domain);
  await page.getByRole('button', { name: 'Request', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Certificate status' })).toBeVisible();
  const id = decodeURIComponent(page.url().split('/').pop()!);
  await expect(page.getByText('Pending validation', { exact: true }).first()).toBeVisible();
  if (checkA11y) expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Create records in Route 53' }).click();
  await flash(page, /Successfully created DNS records in Route 53/);
  // The flash is compact: its CLI equivalent opens on demand.
  await page
    .locator('.flash')
    .filter({ hasText: /Successfully created DNS records/ })
    .getByText('CLI equivalent', { exact: true })
    .click();
  await expect(page.locator('.flash').getByText(/aws route53 change-resource-record-sets/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Certificate status' }).getByText('Issued', { exact: true })).toBeVisible();
  return id;
}

async function tryCloudFront(page: Page, domain: string, certificateId: string) {
  await acmNav(page, 'CloudFront distribution');
  await h1(page, 'Create distribution');
  await page.getByLabel('Alternate domain name (CNAME) - optional').fill(domain);
  const picker = page.getByLabel('Custom SSL certificate - optional');
  await expect(picker.locator('option', { hasText: certificateId })).toBeAttached();
  const value = await picker.locator('option', { hasText: certificateId }).getAttribute('value');
  await picker.selectOption(value!);
  await page.getByRole('button', { name: 'Create distribution' }).click();
}

test.describe('Certificate Manager: a certificate for CloudFront', () => {
  test("fails from eu-west-1 with AWS's error, works from us-east-1 after DNS validation", { tag: '@keyboard' }, async ({ site }) => {
    const page = await site.open();
    const loadedScripts = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((n) => n.endsWith('.js')),
      );
    // @peculiar/x509 is loaded only when a certificate is made or read, never by the first screen.
    expect((await loadedScripts()).filter((n) => /x509/.test(n))).toEqual([]);
    await openService(page, /^Certificate Manager/);
    await h1(page, 'Certificates');
    expect(await seriousViolations(page)).toEqual([]);

    // First attempt: the top bar says Europe (Ireland).
    await page.getByLabel('Region', { exact: true }).selectOption('eu-west-1');
    await expect(page.getByText(/No certificates in eu-west-1/)).toBeVisible();
    const euId = await requestAndValidate(page, 'www.example.com', true);
    expect((await loadedScripts()).filter((n) => /x509/.test(n))).toHaveLength(1);
    await tryCloudFront(page, 'www.example.com', euId);
    const alert = page.getByRole('alert').filter({ hasText: 'Failed to create distribution' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(CLOUDFRONT_ERROR);
    await expect(alert).toContainText('InvalidViewerCertificate');
    await expect(page.getByText(/aws cloudfront create-distribution/)).toBeVisible();

    // Second attempt: request it where CloudFront looks, US East (N. Virginia).
    await page.getByLabel('Region', { exact: true }).selectOption('us-east-1');
    const usId = await requestAndValidate(page, 'www.example.com');
    await tryCloudFront(page, 'www.example.com', usId);
    await flash(page, /Successfully created distribution E[0-9A-F]+/);

    // The certificate is now in use by the distribution, and cannot be deleted.
    await acmNav(page, 'List certificates');
    await h1(page, 'Certificates');
    await page.getByRole('link', { name: usId }).click();
    await expect(page.getByText(/^arn:aws:cloudfront::111122223333:distribution\/E/)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await acmNav(page, 'List certificates');
    await expect(page.getByRole('cell', { name: 'Yes' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    // A reload restores the certificates, their keys and the association from IndexedDB.
    await saved(page);
    await page.reload();
    await page.getByRole('link', { name: usId }).click();
    await expect(page.getByRole('region', { name: 'Certificate status' }).getByText('Issued', { exact: true })).toBeVisible();
    await expect(page.getByText(/^arn:aws:cloudfront::111122223333:distribution\/E/)).toBeVisible();
  });

  test('has no serious axe violations on the other Certificate Manager screens in the light and dark themes', async ({ site, input }) => {
    test.skip(input === 'keyboard', 'an axe sweep: its findings do not depend on the input device (journeys/axe.ts)');
    const page = await site.open({ colorScheme: 'dark' }, '#/acm/certificates/list');
    await h1(page, 'Certificates');
    expect(await seriousViolations(page)).toEqual([]);
    for (const [link, title] of [
      ['Import certificate', 'Import certificate'],
      ['AWS Private CA', 'Private certificate authorities'],
      ['Load balancer listener', 'Create Application Load Balancer'],
      ['API Gateway custom domain', 'Create custom domain name'],
    ]) {
      await acmNav(page, link!);
      await h1(page, title!);
      expect(await seriousViolations(page), title).toEqual([]);
    }
  });
});
