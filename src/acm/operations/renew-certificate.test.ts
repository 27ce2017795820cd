import { describe, expect, it } from 'vitest';
import { acmLab } from '@/acm/testing/harness';

describe('RenewCertificate and ResendValidationEmail', () => {
  it('renews a private certificate, refuses a public one', async () => {
    const t = acmLab();
    const ca = await t.privateCa();
    const arn = (await t.acm('RequestCertificate', { DomainName: 'a.corp.internal', CertificateAuthorityArn: ca })).CertificateArn;
    const before = await t.describe(arn);
    await t.days(10);
    await t.acm('RenewCertificate', { CertificateArn: arn });
    const after = await t.describe(arn);
    expect(after.Serial).not.toBe(before.Serial);
    expect(after.RenewalSummary.RenewalStatus).toBe('SUCCESS');
    expect(after.NotBefore.getTime()).toBe(before.NotBefore.getTime() + 10 * 86_400_000);
    const pub = await t.request('www.example.com');
    await t.expectError(
      t.acm('RenewCertificate', { CertificateArn: pub }),
      'ValidationException',
      `Certificate ${pub} is not a private certificate, so it is not eligible for the Renew Certificate API.`,
    );
  });

  it('resends validation email only for a pending EMAIL certificate', async () => {
    const t = acmLab();
    const email = await t.request('shop.example.org', { method: 'EMAIL' });
    await t.acm('ResendValidationEmail', { CertificateArn: email, Domain: 'shop.example.org', ValidationDomain: 'example.org' });
    await t.expectError(
      t.acm('ResendValidationEmail', { CertificateArn: email, Domain: 'other.example.org', ValidationDomain: 'example.org' }),
      'InvalidDomainValidationOptionsException',
      /is not a name of certificate/,
    );
    const dns = await t.request('www.example.com');
    await t.expectError(
      t.acm('ResendValidationEmail', { CertificateArn: dns, Domain: 'www.example.com', ValidationDomain: 'example.com' }),
      'InvalidStateException',
      /is not pending email validation/,
    );
  });
});
