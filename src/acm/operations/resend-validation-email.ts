/**
 * ResendValidationEmail: https://docs.aws.amazon.com/acm/latest/APIReference/API_ResendValidationEmail.html
 * Only for a certificate PENDING_VALIDATION by EMAIL, for one of its names and the validation
 * domain. The lab has no mailbox: resending restarts nothing but is recorded. Approval is
 * the lab-only mailbox ApproveValidationEmail (usage/mailbox.ts), the simulated "I Approve" click.
 */
import { AwsError, str, struct, arnResource } from '@/core';
import { defineAcmOperation } from '@/acm/context';
import { findCertificate } from '@/acm/model/resolve';
import { certificateArnShape, domainNameShape } from './common-shapes';

export const resendValidationEmail = defineAcmOperation<{ CertificateArn: string; Domain: string; ValidationDomain: string }, object>({
  name: 'ResendValidationEmail',
  action: 'acm:ResendValidationEmail',
  summary: 'Resends the email that asks the domain owner to approve a certificate.',
  resources: { target: arnResource((input) => input.CertificateArn) },
  input: struct({ CertificateArn: certificateArnShape, Domain: domainNameShape, ValidationDomain: str({ min: 1, max: 253 }) }, [
    'CertificateArn',
    'Domain',
    'ValidationDomain',
  ]),
  async run(ctx, input) {
    const c = findCertificate(ctx, input.CertificateArn);
    if (c.status !== 'PENDING_VALIDATION' || c.validationMethod !== 'EMAIL') {
      throw new AwsError('InvalidStateException', `Certificate ${c.arn} is not pending email validation, so no validation email can be sent.`);
    }
    const v = c.validations.find((x) => x.DomainName.toLowerCase() === input.Domain.toLowerCase());
    if (!v) throw new AwsError('InvalidDomainValidationOptionsException', `The domain ${input.Domain} is not a name of certificate ${c.arn}.`);
    if (!input.ValidationDomain.toLowerCase().endsWith(v.ValidationDomain.split('.').slice(-2).join('.'))) {
      throw new AwsError('InvalidDomainValidationOptionsException', `The validation domain ${input.ValidationDomain} is not a superdomain of ${input.Domain}.`);
    }
    return {};
  },
});
