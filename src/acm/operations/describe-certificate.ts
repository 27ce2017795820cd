/**
 * DescribeCertificate: https://docs.aws.amazon.com/acm/latest/APIReference/API_DescribeCertificate.html
 * The certificate's detail: status, names, validation records, dates, keys, InUseBy, renewal.
 * Simplified: no RevocationReason/RevokedAt (the lab does not revoke), no ManagedBy.
 */
import { struct, arnResource } from '@/core';
import { defineAcmOperation } from '@/acm/context';
import { certificateDetail } from '@/acm/model/describe';
import { findCertificate } from '@/acm/model/resolve';
import { certificateArnShape } from './common-shapes';

export const describeCertificate = defineAcmOperation<{ CertificateArn: string }, { Certificate: ReturnType<typeof certificateDetail> }>({
  name: 'DescribeCertificate',
  action: 'acm:DescribeCertificate',
  readOnly: true,
  summary: 'Returns the details of a certificate: status, domains and validation records, dates, in use by.',
  resources: { target: arnResource((input) => input.CertificateArn) },
  input: struct({ CertificateArn: certificateArnShape }, ['CertificateArn']),
  async run(ctx, input) {
    return { Certificate: certificateDetail(findCertificate(ctx, input.CertificateArn)) };
  },
});
