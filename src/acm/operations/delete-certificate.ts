/**
 * DeleteCertificate: https://docs.aws.amazon.com/acm/latest/APIReference/API_DeleteCertificate.html
 * Deletes a certificate and its private key; refused with ResourceInUseException while a
 * CloudFront distribution, a load balancer listener or an API Gateway domain uses it.
 */
import { ACCOUNT_ID, AwsError, struct, arnResource } from '@/core';
import { defineAcmOperation } from '@/acm/context';
import { findCertificate } from '@/acm/model/resolve';
import { certificateArnShape } from './common-shapes';

export const deleteCertificate = defineAcmOperation<{ CertificateArn: string }, object>({
  name: 'DeleteCertificate',
  action: 'acm:DeleteCertificate',
  summary: 'Deletes a certificate that no AWS resource uses.',
  resources: { target: arnResource((input) => input.CertificateArn) },
  input: struct({ CertificateArn: certificateArnShape }, ['CertificateArn']),
  async run(ctx, input) {
    const c = findCertificate(ctx, input.CertificateArn);
    if (c.inUseBy.length) throw new AwsError('ResourceInUseException', `Certificate ${c.arn} in account ${ACCOUNT_ID} is in use.`);
    delete ctx.regionState.certificates[c.id];
    return {};
  },
});
