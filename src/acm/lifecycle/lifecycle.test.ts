import { describe, expect, it } from 'vitest';
import { approveEmail } from '@/acm/model/approve';
import { acmLab } from '@/acm/testing/harness';
import { HOSTED_ZONE_ID } from '@/acm/usage/route53';

describe('ACM validation and renewal on the simulated clock', () => {
  it('issues a DNS certificate once its CNAME records are in the hosted zone', async () => {
    const t = acmLab();
    const arn = await t.request('www.example.com', { sans: ['example.com'] });
    const change = await t.createValidationRecords(arn);
    expect(change.ChangeInfo.Status).toBe('INSYNC');
    const c = await t.describe(arn);
    expect(c).toMatchObject({ Status: 'ISSUED', Issuer: 'Amazon', RenewalEligibility: 'ELIGIBLE', Subject: 'CN=www.example.com' });
    expect(c.DomainValidationOptions.every((v: any) => v.ValidationStatus === 'SUCCESS')).toBe(true);
    expect(c.Serial).toMatch(/^([0-9a-f]{2}:){15}[0-9a-f]{2}$/);
    expect(c.NotAfter.getTime() - c.NotBefore.getTime()).toBe(198 * 86_400_000);
    expect(t.cloud.state.trail.map((e) => e.eventName)).toEqual([
      'RequestCertificate',
      'DescribeCertificate',
      'ChangeResourceRecordSets',
      'DescribeCertificate',
    ]);
  });

  it('does not issue when the record value is wrong', async () => {
    const t = acmLab();
    const arn = await t.request('www.example.com');
    const rr = (await t.describe(arn)).DomainValidationOptions[0].ResourceRecord;
    await t.call('route53', 'ChangeResourceRecordSets', {
      HostedZoneId: HOSTED_ZONE_ID,
      ChangeBatch: {
        Changes: [{ Action: 'CREATE', ResourceRecordSet: { Name: rr.Name, Type: 'CNAME', TTL: 300, ResourceRecords: [{ Value: 'wrong.example.net.' }] } }],
      },
    });
    expect((await t.describe(arn)).Status).toBe('PENDING_VALIDATION');
    await t.expectError(
      t.call('route53', 'ChangeResourceRecordSets', {
        HostedZoneId: HOSTED_ZONE_ID,
        ChangeBatch: { Changes: [{ Action: 'CREATE', ResourceRecordSet: { Name: rr.Name, Type: 'CNAME', TTL: 300, ResourceRecords: [{ Value: rr.Value }] } }] },
      }),
      'InvalidChangeBatch',
      `[Tried to create resource record set [name='${rr.Name}', type='CNAME'] but it already exists]`,
    );
    await t.expectError(t.call('route53', 'ListResourceRecordSets', { HostedZoneId: 'ZNOPE' }), 'NoSuchHostedZone', 'No hosted zone found with ID: ZNOPE');
  });

  it('times out a request not validated within 72 hours', async () => {
    const t = acmLab();
    const arn = await t.request('late.example.com');
    await t.hours(71);
    expect((await t.describe(arn)).Status).toBe('PENDING_VALIDATION');
    await t.hours(1);
    const c = await t.describe(arn);
    expect(c.Status).toBe('VALIDATION_TIMED_OUT');
    expect(c.DomainValidationOptions[0].ValidationStatus).toBe('FAILED');
    expect(t.cloud.state.trail.some((e) => e.eventName === 'CertificateValidationTimedOut' && e.eventType === 'AwsServiceEvent')).toBe(true);
    // Creating the record afterwards is too late.
    await t.createValidationRecords(arn);
    expect((await t.describe(arn)).Status).toBe('VALIDATION_TIMED_OUT');
  });

  it('renews 60 days before expiry while the DNS record stays in place', async () => {
    const t = acmLab();
    const arn = await t.issued('www.example.com');
    const first = await t.describe(arn);
    await t.days(140);
    const c = await t.describe(arn);
    expect(c.Status).toBe('ISSUED');
    expect(c.RenewalSummary.RenewalStatus).toBe('SUCCESS');
    expect(c.Serial).not.toBe(first.Serial);
    expect(c.NotAfter.getTime()).toBe(first.NotAfter.getTime() - 60 * 86_400_000 + 198 * 86_400_000);
  });

  it('cannot renew without the record, and expires at NotAfter', async () => {
    const t = acmLab();
    const arn = await t.issued('www.example.com');
    const rr = (await t.describe(arn)).DomainValidationOptions[0].ResourceRecord;
    await t.call('route53', 'ChangeResourceRecordSets', {
      HostedZoneId: HOSTED_ZONE_ID,
      ChangeBatch: { Changes: [{ Action: 'DELETE', ResourceRecordSet: { Name: rr.Name, Type: 'CNAME', TTL: 300, ResourceRecords: [{ Value: rr.Value }] } }] },
    });
    await t.days(140);
    expect((await t.describe(arn)).RenewalSummary.RenewalStatus).toBe('PENDING_VALIDATION');
    await t.days(60);
    const c = await t.describe(arn);
    expect(c.Status).toBe('EXPIRED');
    expect(c.RenewalSummary.RenewalStatus).toBe('FAILED');
  });

  it('issues an EMAIL certificate once every name is approved', async () => {
    const t = acmLab();
    const arn = await t.request('shop.example.org', { method: 'EMAIL' });
    const cert = Object.values(t.cloud.state.acm!.regions['us-east-1']!.certificates)[0]!;
    expect(approveEmail(cert, 'shop.example.org')).toBe(true);
    await t.hours(1);
    expect((await t.describe(arn)).Status).toBe('ISSUED');
  });
});
