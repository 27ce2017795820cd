/**
 * GetCertificate: https://docs.aws.amazon.com/acm/latest/APIReference/API_GetCertificate.html
 * The PEM certificate and its chain (never the private key). Before issue: RequestInProgressException.
 */
import { AwsError, struct, arnResource } from '@/core';
import { defineAcmOperation } from '@/acm/context';
import { findCertificate } from '@/acm/model/resolve';
import { certificateArnShape } from './common-shapes';

export const getCertificate = defineAcmOperation<{ CertificateArn: string }, { Certificate?: string; CertificateChain?: string }>({
  name: 'GetCertificate',
  action: 'acm:GetCertificate',
  readOnly: true,
  summary: 'Returns the PEM certificate and its chain.',
  resources: { target: arnResource((input) => input.CertificateArn) },
  input: struct({ CertificateArn: certificateArnShape }, ['CertificateArn']),
  async run(ctx, input) {
    const c = findCertificate(ctx, input.CertificateArn);
    if (!c.certificatePem) throw new AwsError('RequestInProgressException', `Certificate ${c.arn} is not yet issued.`);
    return { Certificate: c.certificatePem.trimEnd(), CertificateChain: c.chainPem?.trimEnd() };
  },
});
