// @vitest-environment jsdom
import { createPublicKey } from 'node:crypto';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { done, lab, show } from '@/features/kms-console/testing';
import { PublicKeyTab, toPem } from './public-key-tab';

afterEach(done);

describe('Public key tab', () => {
  it('shows the public key as PEM that OpenSSL-compatible tools read, with spec, usage and algorithms', async () => {
    const t = lab();
    const keyId = (await t.kms('CreateKey', { KeySpec: 'ECC_NIST_P384', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata.KeyId;
    const { PublicKey } = await t.kms('GetPublicKey', { KeyId: keyId });
    show(<PublicKeyTab keyId={keyId} />);
    await waitFor(() => expect(screen.getByLabelText('Public key (PEM)').textContent).toBe(toPem(PublicKey)));
    const pem = screen.getByLabelText('Public key (PEM)').textContent!;
    expect(pem).toMatch(/^-----BEGIN PUBLIC KEY-----\n([A-Za-z0-9+/=]{64}\n)+[A-Za-z0-9+/=]{1,64}\n-----END PUBLIC KEY-----\n$/);
    expect(createPublicKey(pem).asymmetricKeyDetails).toEqual({ namedCurve: 'secp384r1' });
    expect(screen.getByText('ECDSA_SHA_384')).toBeTruthy();
    expect(screen.getByText('Sign and verify')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download' })).toBeTruthy();
  });

  it("says why a disabled key's public key cannot be shown", async () => {
    const t = lab();
    const keyId = (await t.kms('CreateKey', { KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' })).KeyMetadata.KeyId;
    await t.kms('DisableKey', { KeyId: keyId });
    show(<PublicKeyTab keyId={keyId} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Failed to get the public key');
    expect(alert.textContent).toContain('is disabled.');
  });
});
