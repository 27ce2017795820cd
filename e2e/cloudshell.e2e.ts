/**
 * CloudShell journeys: a newcomer creates a key with the CLI, opens CloudShell and types the
 * course's commands exactly (encrypt, decrypt, re-encrypt, rotation, data keys), checks the
 * files, uses history and Tab completion with the keyboard, uploads and downloads files, reloads
 * (the home directory and history stay), then uses the panel docked over the KMS keys screen as
 * another identity. And axe finds no serious or critical violation in light and dark themes.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from './journeys/test';
import { seriousViolations } from './journeys/axe';
import { PROMPT, commandLine, openCloudShell, screenLines, type } from './journeys/cloudshell';
import { h1, loaded, visit } from './journeys/site';
import { signInAs } from './journeys/top-bar';

const SECRET = 'Hello, Cloud Gurus. This is my secret text, protected by AWS KMS.';

test.describe('CloudShell', () => {
  test('does not load the CLI until wanted: pointing at or reaching the CloudShell button starts it', async ({ site }) => {
    const page = await site.open({}, '#/kms/keys');
    const cli: string[] = [];
    page.on('request', (r) => /\/assets\/cli-[^/]*\.js$/.test(r.url()) && cli.push(r.url()));
    await h1(page, 'Customer managed keys');
    await page.waitForTimeout(2500); // idle time after the screen: CloudShell used to start here
    expect(cli).toEqual([]);
    await page.getByRole('button', { name: 'CloudShell' }).focus();
    await expect.poll(() => cli.length, { timeout: 10_000 }).toBe(1);
    await expect(page.getByRole('button', { name: 'CloudShell' })).toHaveAttribute('aria-pressed', 'false');
  });

  test('runs the course commands, byte for byte, and keeps the home directory across a reload', async ({ site }) => {
    test.slow(); // a long journey: three times the default time
    const page = await site.open();
    await openCloudShell(page);
    expect(await type(page, 'ls', 'keys')).toEqual(['secret.txt']);
    expect(await type(page, 'cat secret.txt', 'keys')).toEqual([SECRET]);

    // Create the course's key from the CLI, and name it.
    const created = JSON.parse((await type(page, 'aws kms create-key --description "my first CMK"')).join('\n'));
    const id = created.KeyMetadata.KeyId as string;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await type(page, `aws kms create-alias --alias-name alias/myCMK --target-key-id ${id}`)).toEqual([]);

    // The course's commands, exactly.
    expect(
      await type(
        page,
        `aws kms encrypt --key-id ${id} --plaintext fileb://secret.txt --output text --query CiphertextBlob | base64 --decode > encryptedsecret.txt`,
      ),
    ).toEqual([]);
    expect(await type(page, 'ls')).toEqual(['encryptedsecret.txt  secret.txt']);
    expect(
      await type(page, 'aws kms decrypt --ciphertext-blob fileb://encryptedsecret.txt --output text --query Plaintext | base64 --decode > decryptedsecret.txt'),
    ).toEqual([]);
    expect(await type(page, 'cmp secret.txt decryptedsecret.txt')).toEqual([]);
    expect(await type(page, 'echo $?')).toEqual(['0']);
    expect(await type(page, 'cat decryptedsecret.txt')).toEqual([SECRET]);
    expect(
      await type(page, `aws kms re-encrypt --destination-key-id ${id} --ciphertext-blob fileb://encryptedsecret.txt | base64 > newencryption.txt`),
    ).toEqual([]);
    expect((await type(page, 'wc -l newencryption.txt'))[0]).toMatch(/^\d+ newencryption\.txt$/);
    expect(await type(page, `aws kms enable-key-rotation --key-id ${id}`)).toEqual([]);
    const status = await type(page, `aws kms get-key-rotation-status --key-id ${id}`);
    expect(status).toContain('    "KeyRotationEnabled": true,');
    const dataKey = JSON.parse((await type(page, `aws kms generate-data-key --key-id ${id} --key-spec AES_256`)).join('\n'));
    expect(Object.keys(dataKey)).toEqual(['CiphertextBlob', 'Plaintext', 'KeyId', 'KeyMaterialId']);
    expect(atob(dataKey.Plaintext)).toHaveLength(32);
    expect(dataKey.KeyId).toBe(created.KeyMetadata.Arn);
    const size = Number((await type(page, 'wc -c encryptedsecret.txt'))[0]!.split(' ')[0]);
    expect(size).toBeGreaterThan(100);

    // History with the arrow keys, completion with Tab.
    await commandLine(page).focus();
    await page.keyboard.press('ArrowUp');
    await expect(commandLine(page)).toHaveValue('wc -c encryptedsecret.txt');
    await page.keyboard.press('ArrowUp');
    await expect(commandLine(page)).toHaveValue(`aws kms generate-data-key --key-id ${id} --key-spec AES_256`);
    await page.keyboard.press('Control+U');
    await page.keyboard.type('aws kms enc');
    await page.keyboard.press('Tab');
    await expect(commandLine(page)).toHaveValue('aws kms encrypt ');
    await page.keyboard.type('--plaintext fileb://enc');
    await page.keyboard.press('Tab');
    await expect(commandLine(page)).toHaveValue('aws kms encrypt --plaintext fileb://encryptedsecret.txt ');
    await page.keyboard.press('Control+C');
    await expect(commandLine(page)).toHaveValue('');
    expect((await screenLines(page)).at(-1)).toBe(`${PROMPT}aws kms encrypt --plaintext fileb://encryptedsecret.txt ^C`);

    // Download encryptedsecret.txt from the Actions menu: the same bytes `wc -c` counted.
    await page.getByRole('button', { name: 'Actions' }).click();
    await page.getByRole('button', { name: 'Download file' }).click();
    const dialog = page.getByRole('dialog', { name: 'Download file' });
    await dialog.getByRole('textbox', { name: 'Individual file path' }).fill('encryptedsecret.txt');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
    expect(download.suggestedFilename()).toBe('encryptedsecret.txt');
    const bytes = await readFile((await download.path())!);
    expect(bytes.length).toBe(size);

    // Upload it back under another name (the file picker, any bytes): it decrypts to the secret.
    await page.getByRole('button', { name: 'Actions' }).click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Upload file' }).click()]);
    await chooser.setFiles({ name: 'downloaded.bin', mimeType: 'application/octet-stream', buffer: bytes });
    await expect(
      page.getByRole('status').filter({ hasText: `Uploaded downloaded.bin to /home/cloudshell-user/downloaded.bin (${size} bytes).` }),
    ).toBeVisible();
    expect(await type(page, 'aws kms decrypt --ciphertext-blob fileb://downloaded.bin --output text --query Plaintext | base64 --decode')).toEqual([SECRET]);

    // Reload: the files and the history are still there.
    await expect(page.getByText('Home directory saved in this browser')).toBeVisible();
    await page.reload();
    await expect(commandLine(page)).toBeVisible();
    expect(await type(page, 'ls')).toEqual(['decryptedsecret.txt  downloaded.bin  encryptedsecret.txt  newencryption.txt  secret.txt']);
    expect(await type(page, 'cmp downloaded.bin encryptedsecret.txt && echo same')).toEqual(['same']);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(commandLine(page)).toHaveValue('ls');
    await page.keyboard.press('ArrowUp');
    await expect(commandLine(page)).toHaveValue('aws kms decrypt --ciphertext-blob fileb://downloaded.bin --output text --query Plaintext | base64 --decode');
  });

  test('docks under the KMS keys screen, calls as the identity and in the Region of the top bar', { tag: '@keyboard' }, async ({ site, input }) => {
    test.slow(); // a long journey: three times the default time
    const page = await site.open();
    await visit(page, '#/kms/keys/customer');
    await h1(page, 'Customer managed keys');
    const toggle = page.getByRole('button', { name: 'CloudShell', exact: true });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const panel = page.getByRole('region', { name: 'CloudShell' });
    await expect(commandLine(page)).toBeFocused();
    await expect(panel.getByText('Calling as').locator('..')).toHaveText('Calling as root');

    await page.keyboard.type('aws kms create-key --query KeyMetadata.KeyId --output text');
    await page.keyboard.press('Enter');
    const handle = await page.waitForFunction(() => {
      const last = [...document.querySelectorAll('[role="log"] .terminal__line')].at(-1)?.textContent ?? '';
      return /^[0-9a-f-]{36}$/.test(last) && last;
    });
    const id = String(await handle.jsonValue());
    // The console screen behind sees the key the CLI made.
    await expect(page.getByRole('link', { name: id })).toBeVisible();

    // The dock's top edge resizes it, with the keys (Up: taller) and by dragging; the screen above keeps the rest.
    const edge = page.getByRole('separator', { name: 'Resize CloudShell' });
    const height = async () => Math.round((await panel.boundingBox())!.height);
    const before = await height();
    await expect(edge).toHaveAttribute('aria-valuenow', String(before));
    await edge.focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(edge).toHaveAttribute('aria-valuenow', String(before + 40));
    expect(await height()).toBe(before + 40);
    if (input === 'mouse') {
      const grip = (await edge.boundingBox())!;
      await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
      await page.mouse.down();
      await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2 + 100, { steps: 4 });
      await page.mouse.up();
    } else {
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
    }
    await expect(edge).toHaveAttribute('aria-valuenow', String(before - 60));
    expect(await height()).toBe(before - 60);
    const main = (await page.locator('#main').boundingBox())!;
    expect(Math.round(main.y + main.height)).toBeLessThanOrEqual(Math.round((await panel.boundingBox())!.y) + 1);
    // The service navigation folds away with its button (the docked CloudShell stays).
    const fold = page.getByRole('button', { name: 'Navigation' });
    await fold.click();
    await expect(fold).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('navigation', { name: 'Key Management Service' })).toBeHidden();
    await commandLine(page).focus();

    await signInAs(page, 'root', 'lab-admin');
    await expect(panel.getByText('Calling as').locator('..')).toHaveText('Calling as lab-admin');
    expect(await type(page, 'aws sts get-caller-identity --query Arn --output text')).toEqual(['arn:aws:iam::111122223333:user/lab-admin']);
    // KMS Lab's own `why` (listed by help) explains the last call: the key policy lets IAM decide, AdministratorAccess allows.
    expect(await type(page, `aws kms describe-key --key-id ${id} --query KeyMetadata.KeyState --output text`)).toEqual(['Enabled']);
    const why = (await type(page, 'why')).join(' ').replace(/\s+/g, ' ');
    expect(why).toContain('why: a KMS Lab command, not part of AWS CloudShell or the AWS CLI.');
    expect(why).toContain(`ALLOWED kms:DescribeKey on arn:aws:kms:us-east-1:111122223333:key/${id}`);
    expect(why).toContain('Allow in Key policy, statement "Enable IAM User Permissions": allows the account');
    expect(why).toContain('Allow in AdministratorAccess (AWS managed, attached to user lab-admin), statement 1');
    expect((await type(page, 'help')).join('\n')).toMatch(
      / {2}why +explain why the last API call from this shell was allowed or denied \(KMS Lab only, not part of AWS\)/,
    );
    await page.getByLabel('Region', { exact: true }).selectOption('eu-west-1');
    // The key is regional: from eu-west-1 it does not exist (the CLI prints a blank line first).
    expect(await type(page, `aws kms describe-key --key-id ${id}`)).toEqual([
      '',
      `An error occurred (NotFoundException) when calling the DescribeKey operation: Key 'arn:aws:kms:eu-west-1:111122223333:key/${id}' does not exist`,
    ]);
    expect(await type(page, 'echo $AWS_REGION $?')).toEqual(['eu-west-1 254']);

    // Full screen shows the same session; the panel's Close gives focus back to the top bar.
    await panel.getByRole('link', { name: 'Full screen' }).click();
    await h1(page, 'CloudShell');
    expect(await screenLines(page)).toContain(`${PROMPT}echo $AWS_REGION $?`);
    await page.goBack();
    await h1(page, 'Customer managed keys');
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(panel).toHaveCount(0);
    await expect(toggle).toBeFocused();
  });

  test('has no serious or critical axe violations in the light and dark themes', async ({ site, input }) => {
    test.skip(input === 'keyboard', 'an axe sweep: its findings do not depend on the input device (journeys/axe.ts)');
    const page = await site.open({}, '#/cloudshell');
    await h1(page, 'CloudShell');
    const found: string[] = [];
    const check = async () => {
      await loaded(page);
      found.push(...(await seriousViolations(page)));
    };
    await type(page, 'cat missing.txt');
    await type(page, "printf 'bin\\x00\\xff\\n'");
    await commandLine(page).focus();
    await page.keyboard.type('aws kms de');
    await page.keyboard.press('Tab');
    await check();
    await page.getByRole('button', { name: 'Actions' }).click();
    await check();
    await page.getByRole('button', { name: 'Download file' }).click();
    await page.getByRole('dialog', { name: 'Download file' }).getByRole('button', { name: 'Download' }).click();
    await expect(page.getByText('Enter the path of a file.')).toBeVisible();
    await check();
    await page.keyboard.press('Escape');
    await visit(page, '#/kms/keys/customer');
    await h1(page, 'Customer managed keys');
    await page.getByRole('button', { name: 'CloudShell', exact: true }).click();
    await expect(commandLine(page)).toBeVisible();
    await check();
    expect(found).toEqual([]);
  });
});
