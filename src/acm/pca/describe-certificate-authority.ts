/** DescribeCertificateAuthority: https://docs.aws.amazon.com/privateca/latest/APIReference/API_DescribeCertificateAuthority.html */
import { ACCOUNT_ID, struct, arnResource } from '@/core';
import { defineAcmOperation } from '@/acm/context';
import { caArnShape } from '@/acm/operations/common-shapes';
import { findCa } from '@/acm/model/resolve';

export const describeCertificateAuthority = defineAcmOperation<{ CertificateAuthorityArn: string }, { CertificateAuthority: Record<string, unknown> }>({
  name: 'DescribeCertificateAuthority',
  action: 'acm-pca:DescribeCertificateAuthority',
  readOnly: true,
  summary: 'Returns the configuration and status of a private CA.',
  resources: { target: arnResource((input) => input.CertificateAuthorityArn) },
  input: struct({ CertificateAuthorityArn: caArnShape }, ['CertificateAuthorityArn']),
  async run(ctx, input) {
    const ca = findCa(ctx, input.CertificateAuthorityArn);
    return {
      CertificateAuthority: {
        Arn: ca.arn,
        OwnerAccount: ACCOUNT_ID,
        CreatedAt: new Date(ca.createdAtMs),
        LastStateChangeAt: new Date(ca.createdAtMs),
        Type: 'ROOT',
        Serial: ca.serial,
        Status: ca.status,
        NotBefore: new Date(ca.notBeforeMs),
        NotAfter: new Date(ca.notAfterMs),
        CertificateAuthorityConfiguration: { KeyAlgorithm: ca.keyAlgorithm, SigningAlgorithm: ca.signingAlgorithm, Subject: { ...ca.subject } },
        KeyStorageSecurityStandard: 'FIPS_140_2_LEVEL_3_OR_HIGHER',
        UsageMode: 'GENERAL_PURPOSE',
      },
    };
  },
});
