// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { done, lab, show } from '@/features/kms-console/testing';
import { TrySignPanel } from './try-it-sign';

afterEach(done);

const panel = () => screen.getByRole('region', { name: 'Try it' });
const form = (name: string) => within(panel()).getByRole('form', { name });

describe('Try it for signing and HMAC keys', () => {
  it('signs a message, verifies the signature, and refuses it for a changed message as AWS does', async () => {
    const t = lab();
    const keyId = (await t.kms('CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata.KeyId;
    show(<TrySignPanel keyId={keyId} usage="SIGN_VERIFY" algorithms={['ECDSA_SHA_256']} />);
    fireEvent.click(within(form('Sign')).getByRole('button', { name: 'Sign' }));
    await waitFor(() => expect((within(form('Sign')).getByLabelText('Signature (base64)') as HTMLTextAreaElement).value).toMatch(/^MEU|^MEQ|^MEY/));
    fireEvent.click(within(form('Verify')).getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(within(form('Verify')).getByText('The signature is valid for this message.')).toBeTruthy());
    fireEvent.change(within(form('Verify')).getByLabelText('Message to verify'), { target: { value: 'Hello, Cloud Guru' } });
    fireEvent.click(within(form('Verify')).getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(within(form('Verify')).getByRole('alert').textContent).toContain('KMSInvalidSignatureException'));
  });

  it('generates and verifies an HMAC', async () => {
    const t = lab();
    const keyId = (await t.kms('CreateKey', { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' })).KeyMetadata.KeyId;
    show(<TrySignPanel keyId={keyId} usage="GENERATE_VERIFY_MAC" algorithms={['HMAC_SHA_256']} />);
    fireEvent.click(within(form('Generate MAC')).getByRole('button', { name: 'Generate MAC' }));
    await waitFor(() => expect((within(form('Generate MAC')).getByLabelText('MAC (base64)') as HTMLTextAreaElement).value).toHaveLength(44));
    fireEvent.click(within(form('Verify MAC')).getByRole('button', { name: 'Verify MAC' }));
    await waitFor(() => expect(within(form('Verify MAC')).getByText('The MAC is valid for this message.')).toBeTruthy());
  });
});
