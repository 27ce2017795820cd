import { describe, expect, it } from 'vitest';
import { acmLab } from '@/acm/testing/harness';

describe('ListCertificates', () => {
  it('lists the Region only, filters by status and key type, and pages', async () => {
    const t = acmLab();
    const a = await t.issued('a.example.com');
    const b = await t.request('b.example.com');
    const ec = await t.request('c.example.com', { keyAlgorithm: 'EC_prime256v1' });
    await t.request('eu.example.com', { region: 'eu-west-1' });
    const all = await t.acm('ListCertificates');
    // Without Includes.keyTypes, ACM lists RSA certificates only.
    expect(all.CertificateSummaryList.map((s: any) => s.CertificateArn)).toEqual([a, b]);
    expect(all.CertificateSummaryList[0]).toMatchObject({
      DomainName: 'a.example.com',
      Status: 'ISSUED',
      Type: 'AMAZON_ISSUED',
      KeyAlgorithm: 'RSA_2048',
      InUse: false,
      RenewalEligibility: 'ELIGIBLE',
    });
    expect((await t.acm('ListCertificates', { CertificateStatuses: ['PENDING_VALIDATION'] })).CertificateSummaryList.map((s: any) => s.CertificateArn)).toEqual(
      [b],
    );
    expect((await t.acm('ListCertificates', { Includes: { keyTypes: ['EC_prime256v1'] } })).CertificateSummaryList.map((s: any) => s.CertificateArn)).toEqual([
      ec,
    ]);
    const p1 = await t.acm('ListCertificates', { MaxItems: 1 });
    expect(p1.CertificateSummaryList).toHaveLength(1);
    const p2 = await t.acm('ListCertificates', { MaxItems: 1, NextToken: p1.NextToken });
    expect(p2.CertificateSummaryList[0].CertificateArn).toBe(b);
    expect(p2.NextToken).toBeUndefined();
    await t.expectError(t.acm('ListCertificates', { NextToken: 'bogus' }), 'InvalidArgsException', 'The NextToken is not valid.');
    await t.expectError(t.acm('ListCertificates', { CertificateStatuses: ['DONE'] }), 'ValidationException', /Member must satisfy enum value set/);
  });
});
