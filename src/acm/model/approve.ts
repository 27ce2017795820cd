/**
 * The simulated "I Approve" click of an ACM validation email: the lab has no mailbox, so the
 * console's approval page calls this (through the lab's own operation, mailbox ApproveValidationEmail in usage/mailbox.ts).
 */
import type { AcmCertificate } from './certificate';

export function approveEmail(c: AcmCertificate, domain: string): boolean {
  const v = c.validations.find((x) => x.ValidationMethod === 'EMAIL' && x.DomainName.toLowerCase() === domain.toLowerCase());
  if (!v) return false;
  v.ValidationStatus = 'SUCCESS';
  return c.validations.every((x) => x.ValidationStatus === 'SUCCESS');
}
