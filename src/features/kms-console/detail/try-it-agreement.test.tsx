// @vitest-environment jsdom
import { createPublicKey, diffieHellman, generateKeyPairSync } from 'node:crypto';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { done, lab, show } from '@/features/kms-console/testing';
import { TryAgreementPanel } from './try-it-agreement';

afterEach(done);

const panel = () => screen.getByRole('region', { name: 'Try it' });
const peerBox = () => within(panel()).getByLabelText('Peer public key (PEM or base64 DER)') as HTMLTextAreaElement;
const derive = () => fireEvent.click(within(panel()).getByRole('button', { name: 'Derive shared secret' }));
const shown = (term: RegExp) => within(panel()).getByText(term).nextElementSibling!.textContent!;

async function setup(spec = 'ECC_NIST_P256') {
  const t = lab();
  const keyId = (await t.kms('CreateKey', { KeySpec: spec, KeyUsage: 'KEY_AGREEMENT' })).KeyMetadata.KeyId as string;
  show(<TryAgreementPanel keyId={keyId} keySpec={spec as 'ECC_NIST_P256'} />);
  return { t, keyId };
}

describe('Try it for key agreement keys', () => {
  it('generates a peer key pair in the page; KMS and the peer compute the same secret', async () => {
    const { t } = await setup('ECC_NIST_P384');
    fireEvent.click(within(panel()).getByRole('button', { name: 'Generate a peer key pair here' }));
    await waitFor(() => expect(peerBox().value).toMatch(/^-----BEGIN PUBLIC KEY-----\n/));
    derive();
    const verdict = await within(panel()).findByText(/^Both sides computed the same 48-byte secret/);
    expect(verdict.getAttribute('role')).toBe('status');
    expect(shown(/^Shared secret from KMS/)).toBe(shown(/^Shared secret computed by the peer/));
    expect(t.consoleCalls()).toEqual(['DeriveSharedSecret', 'GetPublicKey']);
  });

  it("derives with a pasted peer key the secret node:crypto computes on the peer's side", async () => {
    const { t, keyId } = await setup();
    const peer = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    fireEvent.change(peerBox(), { target: { value: peer.publicKey.export({ type: 'spki', format: 'pem' }) } });
    derive();
    await waitFor(() => expect(within(panel()).getByLabelText('Peer side with OpenSSL')).toBeTruthy());
    const kmsPublic = createPublicKey({ key: Buffer.from((await t.kms('GetPublicKey', { KeyId: keyId })).PublicKey), format: 'der', type: 'spki' });
    expect(shown(/^Shared secret from KMS/)).toBe(diffieHellman({ privateKey: peer.privateKey, publicKey: kmsPublic }).toString('base64'));
    expect(within(panel()).queryByText(/^Shared secret computed by the peer/)).toBeNull();
    // Base64 DER works as well as PEM.
    fireEvent.change(peerBox(), { target: { value: peer.publicKey.export({ type: 'spki', format: 'der' }).toString('base64') } });
    derive();
    await waitFor(() => expect(t.consoleCalls()).toEqual(['DeriveSharedSecret', 'DeriveSharedSecret']));
  });

  it('a generated key pair no longer counts once its public key is edited; wrong curves and private keys are refused', async () => {
    const { t } = await setup();
    fireEvent.click(within(panel()).getByRole('button', { name: 'Generate a peer key pair here' }));
    await waitFor(() => expect(peerBox().value).toMatch(/BEGIN PUBLIC KEY/));
    const other = generateKeyPairSync('ec', { namedCurve: 'secp384r1' });
    fireEvent.change(peerBox(), { target: { value: other.publicKey.export({ type: 'spki', format: 'pem' }) } });
    derive();
    await waitFor(() =>
      expect(within(panel()).getByRole('alert').textContent).toContain('PublicKey must be a DER-encoded SubjectPublicKeyInfo of a P-256 public key'),
    );
    expect(within(panel()).queryByText(/^Both sides|differ/)).toBeNull();
    fireEvent.change(peerBox(), { target: { value: other.privateKey.export({ type: 'pkcs8', format: 'pem' }) } });
    derive();
    expect(within(panel()).getByText(/This is a private key/)).toBeTruthy();
    fireEvent.change(peerBox(), { target: { value: 'not a key!' } });
    derive();
    expect(within(panel()).getByText(/neither PEM nor base64/)).toBeTruthy();
    expect(t.consoleCalls()).toEqual(['DeriveSharedSecret']);
  });
});
