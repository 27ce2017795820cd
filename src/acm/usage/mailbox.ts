/**
 * The simulated mailbox of the domain's contacts, just what email validation needs:
 * ApproveValidationEmail, the "I Approve" click on the approval page AWS's validation email
 * links to. https://docs.aws.amazon.com/acm/latest/userguide/email-validation.html
 * This is NOT an AWS API: in AWS, ACM emails the domain's WHOIS contacts and
 * admin@/administrator@/hostmaster@/postmaster@/webmaster@ the validation domain, and whoever
 * opens the link approves (no IAM call of the account). The lab has no mailbox, so the console's
 * "Approve validation email (simulated)" calls this (service `mailbox`, never offered by the
 * CLI or the wire endpoint). Approving the last pending name issues the certificate at once.
 */
import { AwsError, struct, arnResource } from '@/core';
import { defineAcmOperation, type AcmOperation } from '@/acm/context';
import { issueValidated } from '@/acm/lifecycle';
import { approveEmail } from '@/acm/model/approve';
import { findCertificate } from '@/acm/model/resolve';
import { certificateArnShape, domainNameShape } from '@/acm/operations/common-shapes';

export const approveValidationEmail = defineAcmOperation<
  { CertificateArn: string; Domain: string },
  { CertificateArn: string; Domain: string; ValidationStatus: string; CertificateStatus: string }
>({
  name: 'ApproveValidationEmail',
  action: 'mailbox:ApproveValidationEmail',
  summary: 'Simulates the domain owner approving the ACM validation email for one name of a certificate (lab only).',
  resources: { target: arnResource((input) => input.CertificateArn) },
  input: struct({ CertificateArn: certificateArnShape, Domain: domainNameShape }, ['CertificateArn', 'Domain']),
  async run(ctx, input) {
    const c = findCertificate(ctx, input.CertificateArn);
    if (c.status !== 'PENDING_VALIDATION' || c.validationMethod !== 'EMAIL') {
      throw new AwsError('InvalidStateException', `Certificate ${c.arn} is not pending email validation, so there is no validation email to approve.`);
    }
    const v = c.validations.find((x) => x.DomainName.toLowerCase() === input.Domain.toLowerCase());
    if (!v) throw new AwsError('InvalidDomainValidationOptionsException', `The domain ${input.Domain} is not a name of certificate ${c.arn}.`);
    approveEmail(c, v.DomainName);
    await issueValidated(ctx.acm, ctx.random, ctx.clock.nowMs());
    return { CertificateArn: c.arn, Domain: v.DomainName, ValidationStatus: v.ValidationStatus, CertificateStatus: c.status };
  },
});

/** The operations by name, one row each (docs/adding-an-operation.md); `cloud.call` is typed from it. */
export const mailboxRegistry = {
  ApproveValidationEmail: approveValidationEmail,
} satisfies Record<string, AcmOperation>;

export const mailboxOperations: AcmOperation[] = Object.values(mailboxRegistry);
