import { describe, expect, it } from 'vitest';
import { acmLab } from '@/acm/testing/harness';

describe('mailbox ApproveValidationEmail (simulated email approval)', () => {
  it('approves one name at a time and issues the certificate once every name is approved', async () => {
    const t = acmLab();
    const arn = await t.request('shop.example.org', { method: 'EMAIL', sans: ['www.example.org'] });
    const first = await t.call('mailbox', 'ApproveValidationEmail', { CertificateArn: arn, Domain: 'SHOP.example.org' });
    expect(first).toEqual({ CertificateArn: arn, Domain: 'shop.example.org', ValidationStatus: 'SUCCESS', CertificateStatus: 'PENDING_VALIDATION' });
    const pending = await t.describe(arn);
    expect(pending.DomainValidationOptions.map((v: any) => v.ValidationStatus)).toEqual(['SUCCESS', 'PENDING_VALIDATION']);
    const last = await t.call('mailbox', 'ApproveValidationEmail', { CertificateArn: arn, Domain: 'www.example.org' });
    expect(last.CertificateStatus).toBe('ISSUED');
    const e = t.cloud.state.trail.at(-1)!;
    expect([e.eventName, e.eventSource]).toEqual(['ApproveValidationEmail', 'mailbox.kmslab.simulated']);
    expect((await t.describe(arn)).Status).toBe('ISSUED');
  });

  it('refuses a DNS-validated or already issued certificate, a name it does not cover, and another Region', async () => {
    const t = acmLab();
    const dns = await t.request('www.example.com');
    await t.expectError(
      t.call('mailbox', 'ApproveValidationEmail', { CertificateArn: dns, Domain: 'www.example.com' }),
      'InvalidStateException',
      `Certificate ${dns} is not pending email validation, so there is no validation email to approve.`,
    );
    const mail = await t.request('shop.example.org', { method: 'EMAIL' });
    await t.expectError(
      t.call('mailbox', 'ApproveValidationEmail', { CertificateArn: mail, Domain: 'other.example.org' }),
      'InvalidDomainValidationOptionsException',
      `The domain other.example.org is not a name of certificate ${mail}.`,
    );
    await t.expectError(
      t.call('mailbox', 'ApproveValidationEmail', { CertificateArn: mail, Domain: 'shop.example.org' }, { region: 'eu-west-1' }),
      'ResourceNotFoundException',
      `Could not find certificate ${mail}.`,
    );
    await t.call('mailbox', 'ApproveValidationEmail', { CertificateArn: mail, Domain: 'shop.example.org' });
    await t.expectError(t.call('mailbox', 'ApproveValidationEmail', { CertificateArn: mail, Domain: 'shop.example.org' }), 'InvalidStateException');
    await t.expectError(t.call('mailbox', 'ApproveValidationEmail', { CertificateArn: mail, Domain: 'bad..name' }), 'ValidationException');
  });
});
