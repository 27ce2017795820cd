// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { done, lab, show } from '@/features/kms-console/testing';
import { KeyDetailPage } from './key-detail-page';

afterEach(done);

/** The key page's Try it: one panel, the one of the key's usage, with its forms. */
const cases: [string, Record<string, string>, string[]][] = [
  ['a symmetric key', {}, ['Encrypt', 'Decrypt']],
  ['an RSA encryption key', { KeySpec: 'RSA_3072', KeyUsage: 'ENCRYPT_DECRYPT' }, ['Encrypt', 'Decrypt']],
  ['an RSA signing key', { KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' }, ['Sign', 'Verify']],
  ['an HMAC key', { KeySpec: 'HMAC_384', KeyUsage: 'GENERATE_VERIFY_MAC' }, ['Generate MAC', 'Verify MAC']],
  ['a key agreement key', { KeySpec: 'ECC_NIST_P521', KeyUsage: 'KEY_AGREEMENT' }, ['Derive a shared secret']],
];

describe("the key page's Try it", () => {
  it.each(cases)('for %s offers its own operations', async (_, input, forms) => {
    const t = lab();
    const keyId = (await t.kms('CreateKey', input)).KeyMetadata.KeyId as string;
    show(<KeyDetailPage keyId={keyId} />);
    const panel = await screen.findByRole('region', { name: 'Try it' }, { timeout: 5000 });
    expect(
      within(panel)
        .getAllByRole('form')
        .map((f) => f.getAttribute('aria-labelledby') && document.getElementById(f.getAttribute('aria-labelledby')!)!.textContent),
    ).toEqual(forms);
    expect(screen.getAllByRole('region', { name: 'Try it' })).toHaveLength(1);
    // An RSA encryption key encrypts with its public key: no file input (4 KB is the symmetric limit).
    if (input.KeySpec === 'RSA_3072') {
      expect(within(panel).getByText(/of at most 318 bytes \(RSA_3072, RSAES_OAEP_SHA_256\)/)).toBeTruthy();
      expect(within(panel).queryByLabelText('Or a file (up to 4 KB)')).toBeNull();
    }
  });
});
