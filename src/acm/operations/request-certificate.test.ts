import { describe, expect, it } from 'vitest';
import { acmLab } from '@/acm/testing/harness';

describe('RequestCertificate', () => {
  it('starts a public DNS-validated certificate PENDING_VALIDATION with one CNAME per name', async () => {
    const t = acmLab();
    const arn = await t.request('www.example.com', { sans: ['example.com'] });
    expect(arn).toMatch(/^arn:aws:acm:us-east-1:111122223333:certificate\/[0-9a-f-]{36}$/);
    const c = await t.describe(arn);
    expect(c).toMatchObject({
      DomainName: 'www.example.com',
      SubjectAlternativeNames: ['www.example.com', 'example.com'],
      Status: 'PENDING_VALIDATION',
      Type: 'AMAZON_ISSUED',
      KeyAlgorithm: 'RSA_2048',
      InUseBy: [],
      RenewalEligibility: 'INELIGIBLE',
    });
    expect(c.DomainValidationOptions).toHaveLength(2);
    const rr = c.DomainValidationOptions[0].ResourceRecord;
    expect(rr.Type).toBe('CNAME');
    expect(rr.Name).toMatch(/^_[0-9a-f]{32}\.www\.example\.com\.$/);
    expect(rr.Value).toMatch(/^_[0-9a-f]{32}\.[0-9a-f]{10}\.acm-validations\.aws\.$/);
    expect(c.DomainValidationOptions[0]).toMatchObject({ ValidationMethod: 'DNS', ValidationStatus: 'PENDING_VALIDATION' });
    expect(c.Serial).toBeUndefined();
  });

  it('gives a wildcard and its apex the same validation record, as ACM does', async () => {
    const t = acmLab();
    const c = await t.describe(await t.request('*.example.com', { sans: ['example.com'] }));
    expect(c.DomainValidationOptions[0].ResourceRecord).toEqual(c.DomainValidationOptions[1].ResourceRecord);
    expect(c.DomainValidationOptions[0].ResourceRecord.Name).toMatch(/\.example\.com\.$/);
  });

  it('lists approval addresses for EMAIL validation', async () => {
    const t = acmLab();
    const c = await t.describe(await t.request('shop.example.org', { method: 'EMAIL' }));
    expect(c.DomainValidationOptions[0].ValidationEmails).toContain('admin@example.org');
    expect(c.DomainValidationOptions[0].ResourceRecord).toBeUndefined();
  });

  it('records the key algorithm and the export option', async () => {
    const t = acmLab();
    const c = await t.describe(await t.request('api.example.com', { keyAlgorithm: 'EC_secp384r1', exportable: true }));
    expect(c.KeyAlgorithm).toBe('EC_secp384r1');
    expect(c.Options.Export).toBe('ENABLED');
  });

  it('refuses unsupported key algorithms, bad names and export options on private certificates', async () => {
    const t = acmLab();
    await t.expectError(t.request('a.example.com', { keyAlgorithm: 'RSA_4096' }), 'ValidationException', /RSA_4096 is not supported/);
    await t.expectError(
      t.request('-bad-.example.com'),
      'ValidationException',
      /^1 validation error detected: Value '-bad-\.example\.com' at 'domainName' failed to satisfy constraint: Member must satisfy regular expression pattern/,
    );
    await t.expectError(
      t.acm('RequestCertificate', { KeyAlgorithm: 'RSA_2048' }),
      'ValidationException',
      "1 validation error detected: Value null at 'domainName' failed to satisfy constraint: Member must not be null",
    );
    const ca = await t.privateCa();
    await t.expectError(
      t.acm('RequestCertificate', { DomainName: 'x.internal.example', CertificateAuthorityArn: ca, Options: { Export: 'ENABLED' } }),
      'ValidationException',
      'One or more of the options specified in the request are not supported for PRIVATE certificate types',
    );
  });

  it('issues a private certificate at once from an ACTIVE private CA', async () => {
    const t = acmLab();
    const ca = await t.privateCa();
    const arn = (await t.acm('RequestCertificate', { DomainName: 'app.corp.internal', CertificateAuthorityArn: ca })).CertificateArn;
    const c = await t.describe(arn);
    expect(c).toMatchObject({ Status: 'ISSUED', Type: 'PRIVATE', CertificateAuthorityArn: ca, Issuer: 'Lab Root CA', RenewalEligibility: 'ELIGIBLE' });
    expect(c.DomainValidationOptions).toBeUndefined();
    expect(c.NotAfter.getTime() - c.NotBefore.getTime()).toBe(395 * 86_400_000);
  });

  it('does not find a private CA of another Region', async () => {
    const t = acmLab();
    const ca = await t.privateCa('eu-west-1');
    await t.expectError(
      t.acm('RequestCertificate', { DomainName: 'a.corp.internal', CertificateAuthorityArn: ca }),
      'ResourceNotFoundException',
      `Could not find certificate authority ${ca}.`,
    );
  });

  it('is denied to a user without acm:RequestCertificate, and recorded in the trail', async () => {
    const t = acmLab();
    const reader = await t.user('reader', ['ReadOnlyAccess']);
    await t.expectError(
      t.call('acm', 'RequestCertificate', { DomainName: 'a.example.com' }, { as: reader }),
      'AccessDeniedException',
      /acm:RequestCertificate/,
    );
    const last = t.cloud.state.trail.at(-1)!;
    expect(last).toMatchObject({ eventSource: 'acm.amazonaws.com', eventName: 'RequestCertificate', errorCode: 'AccessDeniedException' });
  });
});
