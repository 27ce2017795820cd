// @vitest-environment jsdom
/**
 * "Your data" as the learner sees it: a truncated file is rejected with the reason and nothing
 * changes; a good file shows what it holds and that every key gets new key material, and the
 * confirmation lists those keys.
 */
import 'fake-indexeddb/auto';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { person, type Person } from '@/components/testing/person';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Under jsdom, @peculiar/x509 hands WebCrypto ArrayBuffers of jsdom's realm, which Node's
// SubtleCrypto rejects: new key pairs are made and checked for real in Node (src/cloud/account-config-acm.test.ts)
// and in Chromium (e2e/your-data). Here signing only stamps the fields the screen reads.
vi.mock('@/acm/crypto/x509', async (orig) => ({
  ...(await orig<typeof import('@/acm/crypto/x509')>()),
  createRootCa: async (o: { serial: string }) => ({ certificatePem: 'CA', privateKeyPem: 'KEY', serial: o.serial }),
}));
vi.mock('@/acm/model/issue', async (orig) => ({
  ...(await orig<typeof import('@/acm/model/issue')>()),
  issue: async (_acm: unknown, cert: Record<string, unknown>, _random: unknown, nowMs: number, _ca: unknown, keep?: number) =>
    Object.assign(cert, { status: 'ISSUED', notBeforeMs: nowMs, notAfterMs: keep ?? nowMs + 198 * 86400000, certificatePem: 'CERT', privateKeyPem: 'KEY' }),
}));
import { createCloud, type Cloud } from '@/cloud';
import { utf8 } from '@/core/bytes';
import { emptyProgress } from '@/quiz/progress';
import { exportLearnerFile } from '@/state/account-file';
import { attachCloud } from '@/state/console-store';
import { registerTerminalHome } from '@/state/terminal-home-slot';
import type { VfsDirData } from '@/vfs';
import { YourDataPage } from './your-data-page';

/** A person at the mouse and keyboard, new for each test. */
let user: Person;
beforeEach(() => {
  user = person();
});

let home: VfsDirData | null = { type: 'dir', mtimeMs: 0, entries: { 'mine.txt': { type: 'file', mtimeMs: 0, data: utf8('mine') } } };
let unregister: () => void;
beforeEach(() => {
  unregister = registerTerminalHome({ read: () => home, replace: (h) => void (home = h) });
});
afterEach(() => {
  unregister();
  cleanup();
});

async function sourceFile(): Promise<{ text: string; keyId: string }> {
  const cloud = createCloud();
  const { KeyMetadata } = await cloud.call({ service: 'kms', operation: 'CreateKey', input: {} });
  await cloud.call({ service: 'kms', operation: 'CreateAlias', input: { AliasName: 'alias/app', TargetKeyId: KeyMetadata.KeyId } });
  const fileHome: VfsDirData = { type: 'dir', mtimeMs: 0, entries: { 'plan.txt': { type: 'file', mtimeMs: 0, data: utf8('plan') } } };
  const text = await exportLearnerFile(new Date('2026-11-28T10:00:00Z'), {
    cloud,
    home: { read: () => fileHome, replace: () => undefined },
    progress: { readDrills: async () => emptyProgress(), writeDrills: async () => undefined, readLabs: () => ({ progress: {} }), writeLabs: () => undefined },
  });
  return { text, keyId: KeyMetadata.KeyId };
}

/** An account with a private CA, a certificate it issued, and an imported certificate of the learner's own. */
async function certificateFile() {
  const cloud = createCloud();
  const call = (service: 'acm' | 'acm-pca', operation: string, input: Record<string, unknown>) => cloud.call({ service, operation, input });
  const CertificateAuthorityConfiguration = { KeyAlgorithm: 'EC_prime256v1', SigningAlgorithm: 'SHA256WITHECDSA', Subject: { CommonName: 'Corp Root' } };
  const { CertificateAuthorityArn: ca } = await call('acm-pca', 'CreateCertificateAuthority', {
    CertificateAuthorityType: 'ROOT',
    CertificateAuthorityConfiguration,
  });
  const { CertificateArn: priv } = await call('acm', 'RequestCertificate', {
    DomainName: 'api.corp.example',
    CertificateAuthorityArn: ca,
    KeyAlgorithm: 'EC_prime256v1',
  });
  // ImportCertificate parses X.509 (not under jsdom): the imported certificate is put in place as ImportCertificate leaves it.
  const certificates = cloud.state.acm!.regions['us-east-1']!.certificates;
  const id = '0a1b2c3d-0000-4000-8000-000000000001';
  const imported = `arn:aws:acm:us-east-1:111122223333:certificate/${id}`;
  certificates[id] = {
    ...certificates[priv.split('/')[1]!]!,
    id,
    arn: imported,
    type: 'IMPORTED',
    certificateAuthorityArn: undefined,
    importedAtMs: 0,
    exportOption: 'DISABLED',
  };
  const text = await exportLearnerFile(new Date('2026-11-28T10:00:00Z'), {
    cloud,
    home: { read: () => null, replace: () => undefined },
    progress: { readDrills: async () => emptyProgress(), writeDrills: async () => undefined, readLabs: () => ({ progress: {} }), writeLabs: () => undefined },
  });
  return { text, ca, priv, imported };
}

const choose = (text: string, name: string) =>
  user.upload(screen.getByLabelText('KMS Lab export file to import'), [new File([text], name, { type: 'application/json' })]);

async function currentAccount(): Promise<Cloud> {
  const cloud = createCloud();
  await cloud.call({ service: 'kms', operation: 'CreateKey', input: { Description: 'current' } });
  attachCloud(cloud);
  return cloud;
}

describe('YourDataPage', () => {
  it('rejects a truncated file with the reason, and changes nothing', async () => {
    const cloud = await currentAccount();
    const before = JSON.stringify(Object.keys(cloud.state.kms['us-east-1']!.keys));
    render(<YourDataPage />);
    const { text } = await sourceFile();
    await choose(text.slice(0, 500), 'kms-lab-2026-11-28.json');
    expect((await screen.findByRole('alert')).textContent).toContain(
      'kms-lab-2026-11-28.json was not imported. The file is incomplete: it ends before its JSON does (after 500 characters). It was probably cut off while downloading or copying; export it again. Nothing was changed.',
    );
    expect(screen.queryByRole('button', { name: 'Replace my data' })).toBeNull();
    expect(JSON.stringify(Object.keys(cloud.state.kms['us-east-1']!.keys))).toBe(before);
    expect(home?.entries['mine.txt']).toBeDefined();
  });

  it('shows what the file holds and what will happen, then confirms with the keys that got new material', async () => {
    const cloud = await currentAccount();
    render(<YourDataPage />);
    const { text, keyId } = await sourceFile();
    await choose(text, 'kms-lab-2026-11-28.json');
    const heading = await screen.findByRole('heading', { name: 'Import kms-lab-2026-11-28.json?' });
    const panel = heading.closest('section')!;
    expect(panel.textContent).toContain('KMS: 1 key and 1 alias in 1 Region.');
    expect(panel.textContent).toContain('CloudShell home directory: 1 file.');
    expect(panel.textContent).toContain("Your current account, CloudShell home directory and progress will be replaced by the file's.");
    expect(panel.textContent).toContain(
      '1 key will get new key material. The lesson: KMS key material can never leave AWS, so ciphertexts made before the export will not decrypt (InvalidCiphertextException).',
    );
    // Nothing is applied before the learner confirms.
    expect(cloud.state.kms['us-east-1']!.keys[keyId]).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Replace my data' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain(
        'Imported kms-lab-2026-11-28.json. 1 key got new key material: ciphertexts made before the export will not decrypt.',
      ),
    );
    expect(screen.getByRole('list', { name: 'What changed' }).textContent).toContain(`New key material: alias/app (${keyId}, us-east-1)`);
    expect(Object.keys(cloud.state.kms['us-east-1']!.keys)).toEqual([keyId]);
    expect(Object.keys(home?.entries ?? {})).toEqual(['plan.txt']);
  });

  it('says which certificates and private CAs get new key pairs, and which certificate to import again', async () => {
    const cloud = await currentAccount();
    render(<YourDataPage />);
    const { text, ca, priv, imported } = await certificateFile();
    await choose(text, 'certs.json');
    const panel = (await screen.findByRole('heading', { name: 'Import certs.json?' })).closest('section')!;
    expect(panel.textContent).toContain('Certificate Manager: 2 certificates (1 imported) and 1 private CA.');
    expect(panel.textContent).toContain('1 private CA (CN=Corp Root) got a new key pair and a new self-signed CA certificate');
    expect(panel.textContent).toContain(`1 imported certificate (api.corp.example (${imported})) was not recreated: its private key is yours`);
    await user.click(screen.getByRole('button', { name: 'Replace my data' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Imported certs.json. 1 certificate and 1 private CA got new key pairs.'));
    const changed = screen.getByRole('list', { name: 'What changed' }).textContent;
    expect(changed).toContain(`New key pair and CA certificate: CN=Corp Root (${ca})`);
    expect(changed).toContain(`New key pair: api.corp.example (${priv})`);
    expect(changed).toContain(`Import again: api.corp.example (${imported})`);
    expect(changed).toContain('the public key changed, so clients pinning the old key will reject it');
    expect(Object.keys(cloud.state.acm!.regions['us-east-1']!.certificates)).toEqual([priv.split('/')[1]]);
  });
});
