/**
 * "Your data": a learner makes a user, a key with an alias, a private CA and a certificate it
 * issued, a file in the CloudShell home directory and a ciphertext; exports everything (no private
 * key in the file); in a fresh browser profile imports the file (a truncated copy first: rejected
 * with the reason, nothing changes); is told that every key got new key material and the CA and
 * certificate new key pairs; finds the user, the alias, the certificate (same ARN, new serial) and
 * the files back, and sees the old ciphertext fail to decrypt with the AWS error. axe finds no
 * serious or critical violation on the screen.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './journeys/test';
import { seriousViolations } from './journeys/axe';
import { commandLine, openCloudShell, type } from './journeys/cloudshell';
import { h1, visit } from './journeys/site';
import { openYourDataLink, setting } from './journeys/top-bar';

/** The top bar's link, as a learner reaches the screen. */
async function openYourData(page: Page) {
  await openYourDataLink(page);
  await h1(page, 'Your data');
}

const chooseFile = (page: Page, name: string, text: string) =>
  page.getByLabel('KMS Lab export file to import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

test.describe('Your data', () => {
  test('exports everything but key material, and imports it into a fresh browser with new key material', async ({ site }) => {
    test.slow(); // a long journey: two browsers, an export and an import
    const page = await site.open();
    await openCloudShell(page);
    await type(page, 'aws iam create-user --user-name alice');
    const id = JSON.parse((await type(page, 'aws kms create-key --description "exported key"')).join('\n')).KeyMetadata.KeyId as string;
    expect(await type(page, `aws kms create-alias --alias-name alias/exported --target-key-id ${id}`)).toEqual([]);
    expect(await type(page, 'echo "my notes" > notes.txt')).toEqual([]);
    expect(
      await type(
        page,
        'aws kms encrypt --key-id alias/exported --plaintext fileb://secret.txt --output text --query CiphertextBlob | base64 --decode > encryptedsecret.txt',
      ),
    ).toEqual([]);
    expect(await type(page, 'aws kms decrypt --ciphertext-blob fileb://encryptedsecret.txt --output text --query Plaintext | base64 --decode')).toEqual([
      'Hello, Cloud Gurus. This is my secret text, protected by AWS KMS.',
    ]);
    const [ca] = await type(
      page,
      'aws acm-pca create-certificate-authority --certificate-authority-type ROOT --certificate-authority-configuration "KeyAlgorithm=EC_prime256v1,SigningAlgorithm=SHA256WITHECDSA,Subject={CommonName=Lab Root}" --query CertificateAuthorityArn --output text',
    );
    const [cert] = await type(
      page,
      `aws acm request-certificate --domain-name api.lab.example --certificate-authority-arn ${ca} --query CertificateArn --output text`,
    );
    expect(cert).toMatch(/^arn:aws:acm:us-east-1:\d{12}:certificate\//);
    const serial = `aws acm describe-certificate --certificate-arn ${cert} --query Certificate.Serial --output text`;
    const [oldSerial] = await type(page, serial);

    await openYourData(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export your data' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^kms-lab-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await readFile((await download.path())!, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'kms-lab-export', version: 1 });
    expect(text).toContain('alias/exported');
    expect(text).toContain(cert);
    for (const secret of ['"materials"', '"secretAccessKey"', '"privateKey"', 'privateKeyPem', 'PRIVATE KEY']) expect(text).not.toContain(secret);
    await expect(page.getByRole('status').filter({ hasText: 'It holds no key material, no private keys and no secret access keys.' })).toBeVisible();

    // A fresh browser profile: nothing of the first one.
    const fresh = await site.open();
    await openYourData(fresh);

    // A truncated copy: the reason, and nothing changes.
    await chooseFile(fresh, 'cut.json', text.slice(0, Math.floor(text.length / 2)));
    const alert = fresh.getByRole('alert');
    await expect(alert.filter({ hasText: 'cut.json was not imported. The file is incomplete' })).toBeVisible();
    await expect(alert).toContainText('Nothing was changed.');
    await expect(fresh.getByRole('button', { name: 'Replace my data' })).toHaveCount(0);
    await visit(fresh, '#/kms/keys/customer');
    await expect(fresh.getByText("You don't have any customer managed keys in this Region.")).toBeVisible();

    await openYourData(fresh);
    await chooseFile(fresh, download.suggestedFilename(), text);
    const pending = fresh.getByRole('region', { name: `Import ${download.suggestedFilename()}?` });
    await expect(pending).toBeVisible();
    await expect(pending).toContainText('KMS: 1 key and 1 alias in 1 Region.');
    await expect(pending).toContainText('1 key will get new key material. The lesson: KMS key material can never leave AWS');
    await expect(pending).toContainText('Certificate Manager: 1 certificate and 1 private CA.');
    expect(await seriousViolations(fresh)).toEqual([]);
    await fresh.getByRole('button', { name: 'Replace my data' }).click();
    await expect(
      fresh
        .getByRole('status')
        .filter({ hasText: `Imported ${download.suggestedFilename()}. 1 key got new key material: ciphertexts made before the export will not decrypt.` }),
    ).toBeVisible();
    await expect(fresh.getByRole('status').filter({ hasText: '1 certificate and 1 private CA got new key pairs.' })).toBeVisible();
    const changed = await fresh.getByRole('list', { name: 'What changed' }).innerText();
    expect(changed).toContain(`New key material: alias/exported (${id}, us-east-1)`);
    expect(changed).toContain(`New key pair and CA certificate: CN=Lab Root (${ca})`);
    expect(changed).toContain(`New key pair: api.lab.example (${cert})`);
    expect(await seriousViolations(fresh)).toEqual([]);
    await (await setting(fresh, 'Dark theme')).click();
    expect(await seriousViolations(fresh)).toEqual([]);
    await (await setting(fresh, 'Dark theme')).click();

    // Everything is back, but the old ciphertext no longer decrypts: the material never left.
    await visit(fresh, '#/iam/users');
    await expect(fresh.getByRole('link', { name: 'alice', exact: true })).toBeVisible();
    await visit(fresh, '#/kms/keys/customer');
    await expect(fresh.getByRole('table').getByText('exported', { exact: true }).first()).toBeVisible();
    await openCloudShell(fresh);
    expect(await type(fresh, 'cat notes.txt')).toEqual(['my notes']);
    expect(await type(fresh, 'aws kms describe-key --key-id alias/exported --query KeyMetadata.KeyId --output text')).toEqual([id]);
    // The certificate is back under its ARN, issued, with a new key pair (so a new serial).
    expect(await type(fresh, `aws acm describe-certificate --certificate-arn ${cert} --query Certificate.Status --output text`)).toEqual(['ISSUED']);
    const [newSerial] = await type(fresh, serial);
    expect(newSerial).toMatch(/^[0-9a-f]{2}(:[0-9a-f]{2}){15}$/);
    expect(newSerial).not.toBe(oldSerial);
    const failed = await type(fresh, 'aws kms decrypt --ciphertext-blob fileb://encryptedsecret.txt');
    expect(failed.join('\n')).toContain('An error occurred (InvalidCiphertextException) when calling the Decrypt operation');

    // The import went through the browser's storage like any change: a reload keeps it.
    await expect(fresh.getByText('Saved in this browser', { exact: true })).toBeVisible();
    await fresh.reload();
    await expect(fresh.getByRole('button', { name: /^Signed in as root/ })).toBeVisible();
    await expect(commandLine(fresh)).toBeVisible();
    expect(await type(fresh, 'cat notes.txt')).toEqual(['my notes']);
    expect(await type(fresh, 'aws kms describe-key --key-id alias/exported --query KeyMetadata.KeyId --output text')).toEqual([id]);
  });
});
