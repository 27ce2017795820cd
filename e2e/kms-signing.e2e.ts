/**
 * An asymmetric key as a newcomer meets it: the create-key wizard makes an ECC signing key
 * (Asymmetric, Sign and verify, ECC_NIST_P256), Try it signs a message and verifies it (and a
 * changed message fails with KMS's own error), and the Public key tab downloads the PEM, with which
 * software the lab did not write (node:crypto) verifies the signature KMS made. axe: no serious issues.
 */
import { createPublicKey, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { seriousViolations } from './journeys/axe';
import { flash, h1, visit } from './journeys/site';
import { expect, test } from './journeys/test';

test.describe('an ECC signing key', () => {
  test('is made in the wizard, signs and verifies in Try it, and its downloaded public key verifies the signature', async ({ site }) => {
    test.slow();
    const page = await site.open();
    await visit(page, '#/kms/keys/customer');
    await h1(page, 'Customer managed keys');
    await page.getByRole('link', { name: 'Create key' }).first().click();
    await h1(page, 'Configure key');
    await page.getByRole('radio', { name: 'Asymmetric', exact: true }).check();
    await page.getByRole('radio', { name: 'Sign and verify', exact: true }).check();
    await page.getByRole('radio', { name: 'ECC_NIST_P256', exact: true }).check();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Next' }).click();
    await h1(page, 'Add labels');
    await page.getByRole('textbox', { name: 'Alias' }).fill('signer');
    for (const step of ['Define key administrative permissions', 'Define key usage permissions', 'Review']) {
      await page.getByRole('button', { name: 'Next' }).click();
      await h1(page, step);
    }
    await expect(page.getByLabel('CLI commands')).toContainText('--key-usage SIGN_VERIFY --key-spec ECC_NIST_P256');
    await page.getByRole('button', { name: 'Finish' }).click();
    await h1(page, 'signer');
    await flash(page, 'Your AWS KMS key was created');
    const keyId = /#\/kms\/keys\/([0-9a-f-]{36})/.exec(page.url())![1]!;

    const tryIt = page.getByRole('region', { name: 'Try it' });
    const signForm = tryIt.getByRole('form', { name: 'Sign' });
    await signForm.getByLabel('Message', { exact: true }).fill('Hello, Cloud Gurus');
    await signForm.getByRole('button', { name: 'Sign' }).click();
    const signatureField = signForm.getByLabel('Signature (base64)');
    await expect(signatureField).toHaveValue(/^ME[QUY]/);
    const signature = Buffer.from(await signatureField.inputValue(), 'base64');
    const verifyForm = tryIt.getByRole('form', { name: 'Verify' });
    await verifyForm.getByRole('button', { name: 'Verify' }).click();
    await expect(verifyForm.getByText('The signature is valid for this message.')).toBeVisible();
    await verifyForm.getByLabel('Message to verify').fill('Hello, Cloud Guru');
    await verifyForm.getByRole('button', { name: 'Verify' }).click();
    await expect(verifyForm.getByRole('alert')).toContainText('KMSInvalidSignatureException');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('tab', { name: 'Public key' }).click();
    await expect(page.getByLabel('Public key (PEM)')).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download' }).click()]);
    expect(download.suggestedFilename()).toBe(`${keyId}_public_key.pem`);
    const pem = readFileSync((await download.path())!, 'utf8');
    expect(pem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    await expect(page.getByLabel('Public key (PEM)')).toContainText(pem.trim().split('\n')[1]!);
    // ECDSA_SHA_256 over the message, DER-encoded as KMS returns it: node:crypto agrees.
    const publicKey = createPublicKey(pem);
    expect(publicKey.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
    expect(verify('sha256', Buffer.from('Hello, Cloud Gurus'), publicKey, signature)).toBe(true);
    expect(verify('sha256', Buffer.from('Hello, Cloud Guru'), publicKey, signature)).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
