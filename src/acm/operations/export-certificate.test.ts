import { describe, expect, it } from 'vitest';
import { utf8 } from '@/core';
import { acmLab } from '@/acm/testing/harness';

describe('ExportCertificate', () => {
  it('exports an exportable public certificate, refuses a default one', async () => {
    const t = acmLab();
    const plain = await t.issued('www.example.com');
    await t.expectError(
      t.acm('ExportCertificate', { CertificateArn: plain, Passphrase: utf8('secret') }),
      'ValidationException',
      `Certificate ${plain} is not a private certificate and was not requested as exportable, so it cannot be exported.`,
    );
    const exp = await t.issued('shop.example.com', { exportable: true });
    const out = await t.acm('ExportCertificate', { CertificateArn: exp, Passphrase: utf8('secret') });
    expect(out.PrivateKey).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----/);
    expect(JSON.stringify(t.cloud.state.trail.at(-1))).not.toContain('ENCRYPTED PRIVATE KEY');
  });

  it('needs the certificate issued and a passphrase of 4 to 128 bytes', async () => {
    const t = acmLab();
    const pending = await t.request('x.example.com', { exportable: true });
    await t.expectError(
      t.acm('ExportCertificate', { CertificateArn: pending, Passphrase: utf8('secret') }),
      'RequestInProgressException',
      `Certificate ${pending} is not yet issued.`,
    );
    await t.expectError(
      t.acm('ExportCertificate', { CertificateArn: pending, Passphrase: utf8('abc') }),
      'ValidationException',
      "1 validation error detected: Value at 'passphrase' failed to satisfy constraint: Member must have length greater than or equal to 4",
    );
  });
});
