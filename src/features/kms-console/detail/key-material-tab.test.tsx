// @vitest-environment jsdom
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
});
