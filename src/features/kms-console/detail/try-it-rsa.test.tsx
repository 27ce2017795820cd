// @vitest-environment jsdom
import { constants, createPublicKey, publicEncrypt } from 'node:crypto';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { done, lab, show } from '@/features/kms-console/testing';
import { TryRsaPanel } from './try-it-rsa';

afterEach(done);

const panel = () => screen.getByRole('region', { name: 'Try it' });
const encryptForm = () => within(panel()).getByRole('form', { name: 'Encrypt' });
const decryptForm = () => within(panel()).getByRole('form', { name: 'Decrypt' });
const encrypt = () => fireEvent.click(within(encryptForm()).getByRole('button', { name: 'Encrypt' }));
const decrypt = () => fireEvent.click(within(decryptForm()).getByRole('button', { name: 'Decrypt' }));
const ciphertext = () => (within(encryptForm()).getByLabelText('Ciphertext (base64)') as HTMLTextAreaElement).value;
const type = (label: string, value: string, form = encryptForm()) => fireEvent.change(within(form).getByLabelText(label), { target: { value } });

async function setup(spec = 'RSA_2048') {
  const t = lab();
  const meta = (await t.kms('CreateKey', { KeySpec: spec, KeyUsage: 'ENCRYPT_DECRYPT' })).KeyMetadata;
  show(<TryRsaPanel keyId={meta.KeyId} keySpec={spec as 'RSA_2048'} algorithms={meta.EncryptionAlgorithms} />);
  return { t, keyId: meta.KeyId as string };
}

describe('Try it for RSA encryption keys', () => {
  it('encrypts with the public key in the browser (KMS sees GetPublicKey only) and decrypts in KMS', async () => {
    const { t, keyId } = await setup();
    expect((within(panel()).getByLabelText('Encryption algorithm') as HTMLSelectElement).value).toBe('RSAES_OAEP_SHA_256');
    type('Plaintext', 'Hello, RSA');
    encrypt();
    await waitFor(() => expect(ciphertext()).not.toBe(''));
    expect(Buffer.from(ciphertext(), 'base64')).toHaveLength(256);
    expect(t.consoleCalls()).toEqual(['GetPublicKey']);
    expect(within(encryptForm()).getByLabelText('OpenSSL command').textContent).toContain('-pkeyopt rsa_oaep_md:sha256 -pkeyopt rsa_mgf1_md:sha256');
    // KMS itself decrypts what the page made with the public key.
    const out = await t.kms('Decrypt', { KeyId: keyId, CiphertextBlob: Buffer.from(ciphertext(), 'base64'), EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' });
    expect(new TextDecoder().decode(out.Plaintext)).toBe('Hello, RSA');
    fireEvent.click(within(encryptForm()).getByRole('button', { name: 'Decrypt it below' }));
    decrypt();
    await waitFor(() => expect(within(decryptForm()).getByText('Hello, RSA')).toBeTruthy());
    expect(within(decryptForm()).getByLabelText('CLI command').textContent).toContain('--encryption-algorithm RSAES_OAEP_SHA_256');
  });

  it('decrypts what node:crypto encrypted with the public key, and refuses it under the other algorithm', async () => {
    const { t, keyId } = await setup();
    const spki = (await t.kms('GetPublicKey', { KeyId: keyId })).PublicKey as Uint8Array;
    const key = createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' });
    const blob = publicEncrypt({ key, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' }, Buffer.from('from node'));
    fireEvent.change(within(panel()).getByLabelText('Encryption algorithm'), { target: { value: 'RSAES_OAEP_SHA_1' } });
    type('Ciphertext (base64)', blob.toString('base64'), decryptForm());
    decrypt();
    await waitFor(() => expect(within(decryptForm()).getByText('from node')).toBeTruthy());
    fireEvent.change(within(panel()).getByLabelText('Encryption algorithm'), { target: { value: 'RSAES_OAEP_SHA_256' } });
    decrypt();
    await waitFor(() => expect(within(decryptForm()).getByRole('alert').textContent).toContain('InvalidCiphertextException'));
  });

  it("holds AWS's plaintext limit: 190 bytes for RSA_2048 with SHA-256, 214 with SHA-1; KMS's Encrypt answers ValidationException", async () => {
    const { t } = await setup();
    type('Plaintext', 'x'.repeat(190));
    expect(within(encryptForm()).getByText('190 of at most 190 bytes (RSA_2048, RSAES_OAEP_SHA_256)')).toBeTruthy();
    type('Plaintext', 'x'.repeat(191));
    encrypt();
    expect(within(encryptForm()).getByText(/RSAES_OAEP_SHA_256 with RSA_2048 encrypts at most 190 bytes, and this text is 191 bytes/)).toBeTruthy();
    expect(t.consoleCalls()).toEqual([]);
    fireEvent.change(within(panel()).getByLabelText('Encryption algorithm'), { target: { value: 'RSAES_OAEP_SHA_1' } });
    expect(within(encryptForm()).getByText('191 of at most 214 bytes (RSA_2048, RSAES_OAEP_SHA_1)')).toBeTruthy();
    fireEvent.change(within(panel()).getByLabelText('Encryption algorithm'), { target: { value: 'RSAES_OAEP_SHA_256' } });
    fireEvent.click(within(encryptForm()).getByLabelText('In KMS (Encrypt)'));
    encrypt();
    await waitFor(() =>
      expect(within(encryptForm()).getByRole('alert').textContent).toContain(
        'Algorithm RSAES_OAEP_SHA_256 and key spec RSA_2048 cannot encrypt data larger than 190 bytes.',
      ),
    );
    type('Plaintext', 'in KMS');
    encrypt();
    await waitFor(() => expect(ciphertext()).not.toBe(''));
    expect(t.consoleCalls()).toEqual(['Encrypt', 'Encrypt']);
    expect(within(encryptForm()).queryByLabelText('OpenSSL command')).toBeNull();
  });

  it('knows the limits of the larger keys (RSA_4096: 446 bytes with SHA-256)', async () => {
    await setup('RSA_4096');
    expect(within(encryptForm()).getByText(/of at most 446 bytes \(RSA_4096, RSAES_OAEP_SHA_256\)/)).toBeTruthy();
  });
});
