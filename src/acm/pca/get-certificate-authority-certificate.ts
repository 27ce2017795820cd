/**
 * GetCertificateAuthorityCertificate: https://docs.aws.amazon.com/privateca/latest/APIReference/API_GetCertificateAuthorityCertificate.html
 * The CA's PEM certificate (a root has no chain): what `openssl verify -CAfile` needs.
 */
import { struct, arnResource } from '@/core';
import { defineAcmOperation } from '@/acm/context';
import { caArnShape } from '@/acm/operations/common-shapes';
import { findCa } from '@/acm/model/resolve';

export const getCertificateAuthorityCertificate = defineAcmOperation<{ CertificateAuthorityArn: string }, { Certificate: string; CertificateChain?: string }>({
  name: 'GetCertificateAuthorityCertificate',
  action: 'acm-pca:GetCertificateAuthorityCertificate',
  readOnly: true,
  summary: "Returns the private CA's certificate.",
  resources: { target: arnResource((input) => input.CertificateAuthorityArn) },
  input: struct({ CertificateAuthorityArn: caArnShape }, ['CertificateAuthorityArn']),
  async run(ctx, input) {
    return { Certificate: findCa(ctx, input.CertificateAuthorityArn).certificatePem.trimEnd() };
  },
});
