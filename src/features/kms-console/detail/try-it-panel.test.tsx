// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import { person, type Person } from '@/components/testing/person';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { done, lab, seen, show } from '@/features/kms-console/testing';
import { BASE64_MESSAGE, TryItPanel } from './try-it-panel';

/** A person at the mouse and keyboard, new for each test. */
let user: Person;
beforeEach(() => {
  user = person();
});

afterEach(done);

const panel = () => screen.getByRole('region', { name: 'Try it' });
const encryptForm = () => within(panel()).getByRole('form', { name: 'Encrypt' });
const decryptForm = () => within(panel()).getByRole('form', { name: 'Decrypt' });
const encrypt = async () => await user.click(within(encryptForm()).getByRole('button', { name: 'Encrypt' }));
const decrypt = async () => await user.click(within(decryptForm()).getByRole('button', { name: 'Decrypt' }));
const ciphertext = () => (within(encryptForm()).getByLabelText('Ciphertext (base64)') as HTMLTextAreaElement).value;

async function setup() {
  const t = lab();
  const { KeyId, Arn } = (await t.kms('CreateKey')).KeyMetadata;
  show(<TryItPanel keyId={KeyId} />);
  return { t, keyId: KeyId as string, arn: Arn as string };
}

describe('Try it panel', () => {
  it('encrypts text to a base64 ciphertext and decrypts it, with the CLI equivalents', async () => {
    const { keyId, arn } = await setup();
    await user.fill(within(encryptForm()).getByLabelText('Plaintext'), 'Hello, Cloud Gurus');
    await encrypt();
    await waitFor(() => expect(ciphertext()).toMatch(/^AQICAH/));
    expect(within(encryptForm()).getByLabelText('CLI command').textContent).toBe(
      `aws kms encrypt --key-id ${keyId} --plaintext fileb://plaintext.bin --region us-east-1`,
    );
    await user.click(within(encryptForm()).getByRole('button', { name: 'Decrypt it below' }));
    await decrypt();
    await waitFor(() => expect(within(decryptForm()).getByText('Hello, Cloud Gurus')).toBeTruthy());
    expect(within(decryptForm()).getByText(arn)).toBeTruthy();
    expect(within(decryptForm()).getByLabelText('CLI command').textContent).toBe(
      'aws kms decrypt --ciphertext-blob fileb://ciphertext-blob.bin --region us-east-1',
    );
  });

  it('shows AWS errors: disabled key, pending deletion, over 4096 bytes, bad base64, a foreign ciphertext', async () => {
    const { t, keyId, arn } = await setup();
    await act(() => t.kms('DisableKey', { KeyId: keyId }));
    await encrypt();
    let alert = await within(encryptForm()).findByRole('alert');
    expect(alert.textContent).toContain('DisabledException');
    expect(alert.textContent).toContain(`${arn} is disabled.`);

    await act(async () => {
      await t.kms('EnableKey', { KeyId: keyId });
      await t.kms('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 });
    });
    await encrypt();
    await waitFor(() => expect(within(encryptForm()).getByRole('alert').textContent).toContain(`${arn} is pending deletion.`));
    expect(within(encryptForm()).getByRole('alert').textContent).toContain('KMSInvalidStateException');

    await act(() => t.kms('CancelKeyDeletion', { KeyId: keyId }).then(() => t.kms('EnableKey', { KeyId: keyId })));
    const big = new File([new Uint8Array(4097)], 'big.bin');
    await user.upload(within(encryptForm()).getByLabelText('Or a file (up to 4 KB)'), [big]);
    await within(encryptForm()).findByText(/big\.bin: 4097 bytes/);
    await encrypt();
    await waitFor(() =>
      expect(within(encryptForm()).getByRole('alert').textContent).toContain(
        "1 validation error detected: Value at 'plaintext' failed to satisfy constraint: Member must have length less than or equal to 4096",
      ),
    );

    await user.fill(within(decryptForm()).getByLabelText('Ciphertext (base64)'), 'not base64!');
    await decrypt();
    await within(decryptForm()).findByText(BASE64_MESSAGE);

    await user.fill(within(decryptForm()).getByLabelText('Ciphertext (base64)'), 'AQICAHgAAAAAAAAAAAAAAAAAAAAA');
    await decrypt();
    alert = await within(decryptForm()).findByRole('alert');
    expect(alert.textContent).toMatch(/InvalidCiphertextException|AccessDeniedException/);
  });

  it('decrypts a ciphertext made before a rotation', async () => {
    const { t, keyId } = await setup();
    await encrypt();
    await waitFor(() => expect(ciphertext()).toMatch(/^AQICAH/));
    const before = ciphertext();
    await act(() => t.kms('RotateKeyOnDemand', { KeyId: keyId }));
    await user.fill(within(decryptForm()).getByLabelText('Ciphertext (base64)'), before);
    await decrypt();
    await seen('Hello, Cloud Gurus');
  });

  it('shows a denied Encrypt with the policy trace behind "Why?"', async () => {
    const { t } = await setup();
    await t.user('myKeyUser');
    t.signInAs('myKeyUser');
    await encrypt();
    const alert = await within(encryptForm()).findByRole('alert');
    expect(alert.textContent).toContain(
      'User: arn:aws:iam::111122223333:user/myKeyUser is not authorized to perform: kms:Encrypt on resource: arn:aws:kms:us-east-1:111122223333:key/',
    );
    const why = within(alert).getByRole('button', { name: 'Why?' });
    expect(why.getAttribute('aria-expanded')).toBe('false');
    await user.click(why);
    expect(why.getAttribute('aria-expanded')).toBe('true');
    expect(alert.textContent).toContain('No IAM policy of the principal');
    expect(alert.textContent).toContain('Statements that matched the request');
    expect(alert.textContent).toContain('Enable IAM User Permissions');
  });
});
