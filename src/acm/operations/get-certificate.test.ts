import { describe, expect, it } from 'vitest';
import { acmLab } from '@/acm/testing/harness';

describe('GetCertificate / DescribeCertificate lookups', () => {
  it('returns PEM once issued, RequestInProgressException before', async () => {
    const t = acmLab();
    const arn = await t.request('www.example.com');
    await t.expectError(t.acm('GetCertificate', { CertificateArn: arn }), 'RequestInProgressException', `Certificate ${arn} is not yet issued.`);
    await t.createValidationRecords(arn);
    const out = await t.acm('GetCertificate', { CertificateArn: arn });
    expect(out.Certificate).toMatch(/^-----BEGIN CERTIFICATE-----\n[\s\S]+-----END CERTIFICATE-----$/);
    expect(out.CertificateChain).toMatch(/^-----BEGIN CERTIFICATE-----/);
  });

  it('does not find a certificate from another Region, and validates the ARN shape', async () => {
    const t = acmLab();
    const arn = await t.request('www.example.com', { region: 'eu-west-1' });
    await t.expectError(t.acm('DescribeCertificate', { CertificateArn: arn }, 'us-east-1'), 'ResourceNotFoundException', `Could not find certificate ${arn}.`);
    await t.expectError(
      t.acm('DescribeCertificate', { CertificateArn: 'not-an-arn-at-all-xx' }),
      'ValidationException',
      /at 'certificateArn' failed to satisfy constraint: Member must satisfy regular expression pattern/,
    );
  });
});
