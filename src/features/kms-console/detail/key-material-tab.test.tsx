// @vitest-environment jsdom
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { screen, waitFor } from '@testing-library/react';
import { person } from '@/components/testing/person';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { done, lab, seen, show } from '@/features/kms-console/testing';
import { KeyDetailPage } from './key-detail-page';

const downloads: { name: string; blob: Blob }[] = [];

beforeEach(() => {
  downloads.length = 0;
  let last: Blob | undefined;
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (b: Blob) => ((last = b), 'blob:x'), revokeObjectURL: () => undefined }));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: last! });
  });
});

afterEach(() => {
  done();
  vi.restoreAllMocks();
});

/** File names in a ZIP's central directory. */
async function zipNames(blob: Blob): Promise<string[]> {
  const b = new Uint8Array(await blob.arrayBuffer());
  const v = new DataView(b.buffer);
  const names: string[] = [];
  for (let i = 0; i + 46 <= b.length; i++) {
    if (v.getUint32(i, true) !== 0x02014b50) continue;
    const n = v.getUint16(i + 28, true);
    names.push(new TextDecoder().decode(b.slice(i + 46, i + 46 + n)));
  }
  return names;
}

describe('key material tab', () => {
  it('downloads ImportParameters.zip, imports wrapped key material, and deletes it', async () => {
    const user = person();
    const t = lab();
    const keyId = (await t.kms('CreateKey', { Origin: 'EXTERNAL' })).KeyMetadata.KeyId as string;
    show(<KeyDetailPage keyId={keyId} tab="key-material" />);
    await seen('No key material: the key is pending import');
    await user.click(screen.getByLabelText('RSAES_OAEP_SHA_1'));
    await user.click(screen.getByRole('button', { name: 'Download wrapping public key and import token' }));
    await seen(/^Downloaded ImportParameters\.zip/);
    expect(screen.getByLabelText('CLI command').textContent).toBe(
      `aws kms get-parameters-for-import --key-id ${keyId} --wrapping-algorithm RSAES_OAEP_SHA_1 --wrapping-key-spec RSA_2048 --region us-east-1`,
    );
    expect(downloads[0]!.name).toBe('ImportParameters.zip');
    const names = await zipNames(downloads[0]!.blob);
    expect(names.map((n) => n.replace(/_\d{10}/, '_<time>'))).toEqual([
      `wrappingKey_${keyId}_<time>`,
      `importToken_${keyId}_<time>`,
      `README_${keyId}_<time>.txt`,
    ]);

    await user.click(screen.getByRole('button', { name: 'Upload key material' }));
    await seen('Choose the wrapped key material file.');

    await user.click(screen.getByRole('button', { name: 'Generate and wrap new key material' }));
    await waitFor(() => expect(downloads.map((d) => d.name)).toEqual(['ImportParameters.zip', 'PlaintextKeyMaterial.bin', 'EncryptedKeyMaterial.bin']));
    await user.click(screen.getByRole('button', { name: 'Upload key material' }));
    await seen('Key material imported. The key is usable.');
    expect((await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata).toMatchObject({ KeyState: 'Enabled', ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE' });
    expect(screen.getByLabelText('CLI command').textContent).toContain(
      '--import-token fileb://import-token.bin --encrypted-key-material fileb://encrypted-key-material.bin --expiration-model KEY_MATERIAL_DOES_NOT_EXPIRE',
    );

    await seen('Imported');
    await user.click(screen.getByRole('button', { name: 'Delete key material' }));
    await user.click(screen.getAllByRole('button', { name: 'Delete key material' }).at(-1)!);
    await seen(/Key material deleted/);
    expect((await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata.KeyState).toBe('PendingImport');
  });

  it('an RSA signing key: only RSA_AES_KEY_WRAP is offered, the README shows the two-step OpenSSL commands, and the lab wraps a private key of the spec', async () => {
    const user = person();
    const t = lab();
    const keyId = (await t.kms('CreateKey', { Origin: 'EXTERNAL', KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata.KeyId as string;
    show(<KeyDetailPage keyId={keyId} tab="key-material" />);
    await seen('No key material: the key is pending import');
    const offered = screen.getAllByRole('radio', { name: /^RSA(ES|_AES)/ }).map((r) => r.getAttribute('id'));
    expect(offered).toEqual(['kms-alg-RSA_AES_KEY_WRAP_SHA_256', 'kms-alg-RSA_AES_KEY_WRAP_SHA_1']);
    expect((screen.getByLabelText('RSA_AES_KEY_WRAP_SHA_256') as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Download wrapping public key and import token' }));
    await screen.findByText(/^Downloaded ImportParameters\.zip/, {}, { timeout: 15_000 }); // an RSA key pair is made for it
    expect(screen.getByLabelText('CLI command').textContent).toContain('--wrapping-algorithm RSA_AES_KEY_WRAP_SHA_256');
    const readme = new TextDecoder().decode(await downloads[0]!.blob.arrayBuffer());
    expect(readme).toContain('Wrap the RSA_2048 private key, DER-encoded PKCS#8');
    expect(readme).toContain(
      `openssl enc -id-aes256-wrap-pad -K "$(xxd -p < aes-key.bin | tr -d '\\n')" -iv A65959A6 -in PrivateKey.der -out key-material-wrapped.bin`,
    );
    expect(readme).toContain('cat aes-key-wrapped.bin key-material-wrapped.bin > EncryptedKeyMaterial.bin');

    await user.click(screen.getByRole('button', { name: 'Generate and wrap new key material' }));
    await waitFor(() => expect(downloads.map((d) => d.name)).toEqual(['ImportParameters.zip', 'PrivateKey.der', 'EncryptedKeyMaterial.bin']), {
      timeout: 10_000,
    });
    const [der, wrapped] = await Promise.all([downloads[1]!.blob.arrayBuffer(), downloads[2]!.blob.arrayBuffer()]);
    // The RSA-OAEP block of the AES key (256 bytes), then the private key under AES-KWP (8 bytes more, rounded to 8).
    expect(wrapped.byteLength).toBe(256 + 8 + Math.ceil(der.byteLength / 8) * 8);
    await user.click(screen.getByRole('button', { name: 'Upload key material' }));
    await seen('Key material imported. The key is usable.');
    const { PublicKey } = await t.kms('GetPublicKey', { KeyId: keyId });
    const publicKey = createPublicKey(createPrivateKey({ key: Buffer.from(der), format: 'der', type: 'pkcs8' })).export({ format: 'der', type: 'spki' });
    expect(Buffer.from(PublicKey).equals(Buffer.from(publicKey))).toBe(true);
  }, 30_000);

  it('RSAES_OAEP with an RSA_2048 wrapping key cannot carry a P-521 private key: the page says so and offers RSA_AES_KEY_WRAP', async () => {
    const user = person();
    const t = lab();
    const keyId = (await t.kms('CreateKey', { Origin: 'EXTERNAL', KeySpec: 'ECC_NIST_P521', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata.KeyId as string;
    show(<KeyDetailPage keyId={keyId} tab="key-material" />);
    await seen('No key material: the key is pending import');
    expect((screen.getByLabelText('RSAES_OAEP_SHA_256') as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Download wrapping public key and import token' }));
    await screen.findByText(/^Downloaded ImportParameters\.zip/, {}, { timeout: 15_000 }); // an RSA key pair is made for it
    await user.click(screen.getByRole('button', { name: 'Generate and wrap new key material' }));
    expect((await screen.findByRole('alert', {}, { timeout: 10_000 })).textContent).toMatch(
      /^\d+ bytes do not fit one RSA-OAEP block of the RSA_2048 wrapping key: choose RSA_AES_KEY_WRAP_SHA_256 or a longer wrapping key\.$/,
    );
    await user.click(screen.getByLabelText('RSA_AES_KEY_WRAP_SHA_256'));
    await user.click(screen.getByRole('button', { name: 'Download wrapping public key and import token' }));
    await waitFor(() => expect(downloads.filter((d) => d.name === 'ImportParameters.zip')).toHaveLength(2), { timeout: 10_000 });
    await user.click(screen.getByRole('button', { name: 'Generate and wrap new key material' }));
    await waitFor(() => expect(downloads.at(-1)!.name).toBe('EncryptedKeyMaterial.bin'), { timeout: 10_000 });
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Upload key material' }));
    await seen('Key material imported. The key is usable.');
  }, 30_000);
});
