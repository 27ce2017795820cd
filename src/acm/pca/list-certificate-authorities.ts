/** ListCertificateAuthorities: https://docs.aws.amazon.com/privateca/latest/APIReference/API_ListCertificateAuthorities.html (no paging in the lab). */
import { ACCOUNT_ID, struct } from '@/core';
import { defineAcmOperation } from '@/acm/context';

export const listCertificateAuthorities = defineAcmOperation<object, { CertificateAuthorities: Record<string, unknown>[] }>({
  name: 'ListCertificateAuthorities',
  action: 'acm-pca:ListCertificateAuthorities',
  readOnly: true,
  summary: 'Lists the private CAs of the Region.',
  input: struct({}),
  async run(ctx) {
    return {
      CertificateAuthorities: Object.values(ctx.regionState.cas)
        .filter((ca) => ca.status !== 'DELETED')
        .map((ca) => ({
          Arn: ca.arn,
          OwnerAccount: ACCOUNT_ID,
          CreatedAt: new Date(ca.createdAtMs),
          Type: 'ROOT',
          Status: ca.status,
          NotBefore: new Date(ca.notBeforeMs),
          NotAfter: new Date(ca.notAfterMs),
          CertificateAuthorityConfiguration: { KeyAlgorithm: ca.keyAlgorithm, SigningAlgorithm: ca.signingAlgorithm, Subject: { ...ca.subject } },
        })),
    };
  },
});
