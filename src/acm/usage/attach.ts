/**
 * The rules every certificate-using service shares: find the certificate by ARN wherever it
 * is (the caller's service decides which Region is acceptable), check it is ISSUED and covers
 * the names, and keep the certificate's InUseBy in step with associations.
 */
import { parseArn, own } from '@/core';
import type { AcmCertificate, AcmState } from '@/acm/model/certificate';
import { nameCovers } from '@/acm/model/validation';

export function certificateByArn(acm: AcmState, arn: string | undefined): AcmCertificate | undefined {
  const p = arn ? parseArn(arn) : undefined;
  if (!p || p.service !== 'acm' || !p.resource.startsWith('certificate/')) return undefined;
  return own(own(acm.regions, p.region)?.certificates, p.resource.slice('certificate/'.length));
}

export const covers = (c: AcmCertificate, host: string) => c.sans.some((n) => nameCovers(n, host));

export function addUse(c: AcmCertificate, resourceArn: string) {
  if (!c.inUseBy.includes(resourceArn)) c.inUseBy.push(resourceArn);
}

export function removeUse(acm: AcmState, certArn: string | undefined, resourceArn: string) {
  const c = certificateByArn(acm, certArn);
  if (c) c.inUseBy = c.inUseBy.filter((a) => a !== resourceArn);
}
