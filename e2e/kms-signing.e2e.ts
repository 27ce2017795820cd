/**
 * Asymmetric keys as a newcomer meets them: the create-key wizard makes an ECC signing key
 * (Asymmetric, Sign and verify, ECC_NIST_P256), Try it signs a message and verifies it (and a
 * changed message fails with KMS's own error), and the Public key tab downloads the PEM, with which
 * software the lab did not write (node:crypto) verifies the signature KMS made. Then an RSA
 * encryption key and a key agreement key: Try it encrypts with the public key in the page and KMS
 * decrypts it, KMS decrypts what node:crypto encrypted with the key's PEM, and DeriveSharedSecret
 * gives the secret that node:crypto's ECDH computes as the peer (a peer made in the page is the
 * component test's, try-it-agreement.test.tsx). axe: no serious issues.
 */
import { constants, createECDH, createPublicKey, publicEncrypt, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { seriousViolations } from './journeys/axe';
import { finishWizard } from './journeys/create-key';
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

/** Create key in the wizard with the console's defaults but for the key type, usage and spec; returns the key ID. */
async function createAsymmetricKey(page: Page, usage: string, spec: string, alias: string): Promise<string> {
  await visit(page, '#/kms/create');
  await h1(page, 'Configure key');
  await page.getByRole('radio', { name: 'Asymmetric', exact: true }).check();
  await page.getByRole('radio', { name: usage, exact: true }).check();
  await page.getByRole('radio', { name: spec, exact: true }).check();
  return finishWizard(page, alias);
}

/** The key's public key as the Public key tab shows it (PEM). */
async function publicKeyPem(page: Page): Promise<string> {
  await page.getByRole('tab', { name: 'Public key' }).click();
  const pem = (await page.getByLabel('Public key (PEM)').innerText()).trim();
  expect(pem).toMatch(/^-----BEGIN PUBLIC KEY-----\n[\s\S]+\n-----END PUBLIC KEY-----$/);
  return `${pem}\n`;
}

test.describe('an RSA encryption key and a key agreement key', () => {
  test('Try it encrypts with the public key for KMS to decrypt, and derives the secret the peer computes', async ({ site }) => {
    test.slow();
    const page = await site.open();
    await createAsymmetricKey(page, 'Encrypt and decrypt', 'RSA_2048', 'rsa-inbox');
    const tryIt = page.getByRole('region', { name: 'Try it' });
    const encryptForm = tryIt.getByRole('form', { name: 'Encrypt' });
    const decryptForm = tryIt.getByRole('form', { name: 'Decrypt' });
    await expect(tryIt.getByLabel('Encryption algorithm')).toHaveValue('RSAES_OAEP_SHA_256');
    await encryptForm.getByLabel('Plaintext').fill('For the key holder only');
    await expect(encryptForm.getByText('23 of at most 190 bytes (RSA_2048, RSAES_OAEP_SHA_256)')).toBeVisible();
    await encryptForm.getByRole('button', { name: 'Encrypt' }).click();
    await expect(encryptForm.getByLabel('Ciphertext (base64)')).toHaveValue(/^[A-Za-z0-9+/]{342}==$/); // 256 bytes
    await encryptForm.getByRole('button', { name: 'Decrypt it below' }).click();
    await decryptForm.getByRole('button', { name: 'Decrypt' }).click();
    await expect(decryptForm.getByText('For the key holder only')).toBeVisible();
    // Software the lab did not write encrypts with the key's PEM; KMS decrypts it.
    const rsaPem = await publicKeyPem(page);
    const fromNode = publicEncrypt(
      { key: createPublicKey(rsaPem), padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' },
      Buffer.from('Sent by node'),
    );
    await page.getByRole('tab', { name: 'Cryptographic configuration' }).click();
    await decryptForm.getByLabel('Ciphertext (base64)').fill(fromNode.toString('base64'));
    await decryptForm.getByRole('button', { name: 'Decrypt' }).click();
    await expect(decryptForm.getByText('Sent by node')).toBeVisible();

    await createAsymmetricKey(page, 'Key agreement', 'ECC_NIST_P256', 'ecdh-peer');
    const agreementPem = await publicKeyPem(page);
    const derive = page.getByRole('region', { name: 'Try it' }).getByRole('form', { name: 'Derive a shared secret' });
    // The peer is node:crypto: its public key goes in, its own ECDH with KMS's public key must match.
    const peer = createECDH('prime256v1');
    peer.generateKeys();
    const peerSpki = createPublicKey({ key: { kty: 'EC', crv: 'P-256', ...xy(peer.getPublicKey()) }, format: 'jwk' }).export({ format: 'der', type: 'spki' });
    await derive.getByLabel('Peer public key (PEM or base64 DER)').fill(peerSpki.toString('base64'));
    await derive.getByRole('button', { name: 'Derive shared secret' }).click();
    const kmsSecret = derive.getByText('Shared secret from KMS (DeriveSharedSecret, base64)').locator('xpath=following-sibling::dd');
    const kmsPoint = createPublicKey(agreementPem).export({ format: 'jwk' });
    const expected = peer.computeSecret(Buffer.concat([Buffer.of(4), Buffer.from(kmsPoint.x!, 'base64url'), Buffer.from(kmsPoint.y!, 'base64url')]));
    await expect(kmsSecret).toHaveText(expected.toString('base64'));
    expect(await seriousViolations(page)).toEqual([]);
  });
});

/** The x and y of an uncompressed P-256 point, as JWK members. */
const xy = (point: Buffer) => ({ x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33, 65).toString('base64url') });
